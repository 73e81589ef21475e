// The conformance suite: what every element of the library must do, run by each element's own test
// file (test/<tag>.test.ts) with that element's fixtures, as Lion's shared suites are. A new element
// inherits the whole contract with one call; scripts/check-elements.mjs fails when an element's test
// file does not make it.
//
//   await conformance({ tag: 'my-element', define: () => import('../src/my-element/define.js'), ... });
//
// The call must come before anything defines the element: it makes the instances a page writes
// before the library's script arrives, then loads `define`.
import type { EventArticle } from '../../src/model/types.js';
import { loadSeed } from '../helpers.js';
import { fuzzSuite, type FuzzFixtures } from './fuzz.js';
import { lifecycleSuite } from './lifecycle.js';
import { memorySuite } from './memory.js';
import { ssrSuite } from './ssr.js';
import { unreadableSuite } from './unreadable.js';

export type Props = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };

export interface Fixtures {
  tag: string;
  /** Loads the element's registration module (called once the early instances exist). */
  define: () => Promise<unknown>;
  /** Gives the element its data through properties; returns the value given. */
  give: (element: Props, seed: EventArticle) => unknown;
  /** The property `give` sets, checked to be the element's own reactive property after an upgrade. */
  property: string;
  /** The same kind of content written as attributes (and light DOM), as a CMS writes it. */
  markup: string;
  /** Text shown both from the data and from the markup, once rendered. */
  expected: string;
  /** A change made while detached, and how to see it applied. */
  change: (element: Props) => void;
  changed: (element: Props) => boolean;
  /** Holds page-level work while connected (observers): checked to be released when detached. */
  observes: boolean;
  /** For an element that draws after it renders (the map): true once drawn. */
  drawn?: (element: Element) => boolean;
  /** The least width (px) it needs to be readable inside content-sized parents; default 240. */
  minWidth?: number;
  /** Extra checks of the element made with `give` and of the one made from `markup`. */
  checkByProperty?: (element: Props, seed: EventArticle) => void;
  checkByMarkup?: (element: Props) => void;
  /** What this element keeps across moves and detachment, beyond the shared cases: [name, test]. */
  stateful?: [string, (seed: EventArticle) => Promise<void>][];
  /** Fuzzing of its data property: a valid value to mutate and how to set it. */
  fuzz: FuzzFixtures;
}

/** The element's instances made before its definition loaded. */
export interface Early {
  holder: HTMLElement;
  byProperty: Props;
  byMarkup: Props;
  given: unknown;
  undefinedAtFirst: boolean;
}

/** Registers the conformance suite for one element: lifecycle, locale change, memory, fuzz, unreadable data, server render. */
export async function conformance(subject: Fixtures): Promise<void> {
  // Made before the library loads: one with properties, one from markup.
  const seed = await loadSeed();
  const undefinedAtFirst = !customElements.get(subject.tag);
  const holder = document.createElement('div');
  holder.style.cssText = 'inline-size: 700px';
  document.body.append(holder);
  const byProperty = document.createElement(subject.tag) as unknown as Props;
  const given = subject.give(byProperty, seed);
  holder.append(byProperty);
  holder.insertAdjacentHTML('beforeend', subject.markup);
  const early: Early = { holder, byProperty, byMarkup: holder.lastElementChild as Props, given, undefinedAtFirst };
  await subject.define();

  describe(`<${subject.tag}> conformance`, () => {
    lifecycleSuite(subject, seed, early);
    memorySuite(subject);
    fuzzSuite(subject.tag, subject.fuzz);
    unreadableSuite(subject, seed);
    ssrSuite(subject, seed);
  });
}
