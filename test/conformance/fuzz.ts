// Fuzz: the element fed thousands of mutated slices of the seed article through its data
// property. For every case: no uncaught exception or unhandled rejection, no script executed,
// nothing outside the element changed, a DOM bounded by the input's size, and no JavaScript value
// leaking into the text ("[object Object]", "undefined", "NaN"); plus the element's own check (an
// element that validates its input shows its error state and names the field in the console) and,
// for an element that draws (the map), a share of the cases drawn on screen and checked by its
// fixtures. Part of the conformance suite (./index.ts).
import { expect } from '@open-wc/testing';
import type { EventArticle } from '../../src/model/types.js';
import { mutate, random } from '../fuzz/generator.js';
import { watchPage } from '../fuzz/harness.js';
import { loadSeed, recordConsole, useLocale } from '../helpers.js';

const CASES = 2000;

/** Values in an input (objects, arrays and primitives), counted up to a limit. */
function sizeOf(value: unknown, limit = 100_000): number {
  let count = 0;
  const walk = (item: unknown, depth: number) => {
    if (count >= limit || depth > 1000) return;
    count += 1;
    if (item && typeof item === 'object') for (const key of Object.keys(item)) walk((item as Record<string, unknown>)[key], depth + 1);
  };
  walk(value, 0);
  return count;
}
const LEAKS = /\[object Object\]|\bundefined\b|\bNaN\b/;

export interface FuzzFixtures {
  /** The valid value to mutate, from the seed. */
  valid: (seed: EventArticle) => unknown;
  set: (element: HTMLElement, value: unknown) => void;
  /** Extra check per case (beyond the shared invariants). */
  check?: (element: HTMLElement, value: unknown, messages: string[], where: string) => void;
  /** Every `every`th case runs on screen instead (a deterministic subset), where the element draws. */
  onScreen?: {
    every: number;
    /** Sets the screen's width and the element's settings for the `n`th on-screen case. */
    prepare: (screen: HTMLElement, element: HTMLElement, n: number) => void;
    /** Resolves when the element has drawn its first valid input. */
    ready: (element: HTMLElement) => Promise<void>;
    /** Resolves when the element has drawn this case (or has nothing to draw). */
    settle: (element: HTMLElement, where: string) => Promise<void>;
    /** Checks the drawing; false when there was nothing to draw. */
    check: (element: HTMLElement, where: string) => boolean;
  };
}

/** A seed for the generator from the tag: each element its own sequence, the same every run. */
const seedOf = (tag: string) => [...tag].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0, 0xf00d);

/** The fuzz case for one element. */
export function fuzzSuite(tag: string, target: FuzzFixtures): void {
  describe('under fuzzing', function () {
    this.timeout(180_000);
    useLocale('en');

    it(`${tag} survives ${CASES} mutated inputs`, async () => {
      const seed = await loadSeed();
      const rng = random(seedOf(tag));
      const page = watchPage();
      const holder = document.createElement('div');
      holder.style.cssText = 'position: absolute; top: 40000px; width: 600px';
      document.body.append(holder);
      const onScreen = target.onScreen;
      const screen = document.createElement('div');
      screen.style.cssText = 'position: fixed; top: 0; left: 0; background: Canvas';
      if (onScreen) document.body.append(screen);
      page.settle();
      let element = document.createElement(tag);
      holder.append(element);
      const shown = document.createElement(tag);
      let drawn = 0;
      let onScreenMs = 0;
      if (onScreen) {
        screen.append(shown);
        target.set(shown, target.valid(seed));
        await onScreen.ready(shown);
      }
      try {
        for (let i = 0; i < CASES; i++) {
          if (i % 100 === 0) {
            element.remove();
            element = document.createElement(tag);
            holder.append(element);
          }
          const visible = onScreen !== undefined && i % onScreen.every === 0;
          const subject = visible ? shown : element;
          const value = mutate(target.valid(seed), rng);
          const started = performance.now();
          const log = recordConsole();
          try {
            if (visible) onScreen.prepare(screen, subject, i / onScreen.every);
            target.set(subject, value);
            await (subject as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
            if (visible) await onScreen.settle(subject, `${tag} case ${i}`);
          } finally {
            log.restore();
          }
          const where = `${tag} case ${i}${visible ? ' (on screen)' : ''}`;
          const root = subject.shadowRoot!;
          // Bounded by the input: a few elements per value given (a list of 5,000 names renders 5,000 names).
          expect(root.querySelectorAll('*').length, `${where}: DOM size`).to.be.at.most(300 + 3 * sizeOf(value));
          expect(LEAKS.exec(root.textContent ?? '')?.[0], `${where}: no JavaScript value in the text`).to.equal(undefined);
          page.check(where);
          target.check?.(subject, value, log.messages, where);
          if (visible && onScreen.check(subject, where)) drawn += 1;
          if (visible) onScreenMs += performance.now() - started;
        }
        expect(page.uncaught).to.deep.equal([]);
        if (onScreen) {
          console.log(`${tag}: ${drawn} of ${CASES / onScreen.every} on-screen cases drawn, in ${(onScreenMs / 1000).toFixed(1)} s`);
          // Most mutations keep some valid country or city: a fuzz that never draws would prove nothing.
          expect(drawn, 'on-screen cases that drew a map').to.be.at.least(CASES / onScreen.every / 4);
        }
      } finally {
        page.stop();
        holder.remove();
        screen.remove();
      }
    });
  });
}
