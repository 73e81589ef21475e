// Fuzz: the four other elements fed thousands of mutated slices of the seed article through their
// properties. For every case: no uncaught exception or unhandled rejection, no script executed,
// nothing outside the element changed, a DOM bounded by the input's size, and no JavaScript value leaking into the
// text ("[object Object]", "undefined", "NaN"). speech-block validates its input, so an invalid
// speech must also show its error state and name the field in the console.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { validateSpeech } from '../src/model/validate.js';
import type { EventArticle } from '../src/model/types.js';
import { mutate, random } from './fuzz/generator.js';
import { watchPage } from './fuzz/harness.js';
import { loadSeed, recordConsole, setLocale } from './helpers.js';

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

interface Target {
  tag: string;
  /** The valid value to mutate, from the seed. */
  valid: (seed: EventArticle) => unknown;
  set: (element: HTMLElement, value: unknown) => void;
  /** Extra check per case (beyond the shared invariants). */
  check?: (element: HTMLElement, value: unknown, messages: string[], where: string) => void;
}

const targets: Target[] = [
  {
    tag: 'speech-block',
    valid: (seed) => seed.speeches![2],
    set: (element, value) => ((element as HTMLElement & { speech: unknown }).speech = value),
    check(element, value, messages, where) {
      if (value === undefined || value === null) return;
      if (!validateSpeech(value).ok) {
        expect(element.shadowRoot!.querySelector('[role="alert"]'), `${where}: error state`).to.exist;
        expect(messages.some((m) => m.startsWith('<speech-block>: speech')), `${where}: console names the field`).to.equal(true);
      }
    },
  },
  {
    tag: 'photo-credit',
    valid: (seed) => seed.credits,
    set: (element, value) => ((element as HTMLElement & { credits: unknown }).credits = value),
  },
  {
    tag: 'group-photo',
    valid: (seed) => seed.photos!.find((photo) => photo.group),
    set: (element, value) => ((element as HTMLElement & { photo: unknown }).photo = value),
  },
  {
    // Far below the viewport, so the lazy map is never drawn: this fuzzes the inputs and the list.
    tag: 'participant-country-map',
    valid: (seed) => ({ participants: seed.seminars[0]!.participants, visits: seed.seminars[0]!.visits }),
    set: (element, value) => {
      const map = element as HTMLElement & { participants: unknown; visits: unknown };
      const input = value as { participants?: unknown; visits?: unknown } | null | undefined;
      map.participants = input?.participants;
      map.visits = input?.visits;
    },
  },
];

describe('content elements and map under fuzzing', function () {
  this.timeout(180_000);
  before(async () => setLocale('en'));
  after(async () => setLocale(null));

  for (const [index, target] of targets.entries()) {
    it(`${target.tag} survives ${CASES} mutated inputs`, async () => {
      const seed = await loadSeed();
      const rng = random(0xf00d + index);
      const page = watchPage();
      const holder = document.createElement('div');
      holder.style.cssText = 'position: absolute; top: 40000px; width: 600px';
      document.body.append(holder);
      page.settle();
      let element = document.createElement(target.tag);
      holder.append(element);
      try {
        for (let i = 0; i < CASES; i++) {
          if (i % 100 === 0) {
            element.remove();
            element = document.createElement(target.tag);
            holder.append(element);
          }
          const value = mutate(target.valid(seed), rng);
          const log = recordConsole();
          try {
            target.set(element, value);
            await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          } finally {
            log.restore();
          }
          const where = `${target.tag} case ${i}`;
          const root = element.shadowRoot!;
          // Bounded by the input: a few elements per value given (a list of 5,000 names renders 5,000 names).
          expect(root.querySelectorAll('*').length, `${where}: DOM size`).to.be.at.most(300 + 3 * sizeOf(value));
          expect(LEAKS.exec(root.textContent ?? '')?.[0], `${where}: no JavaScript value in the text`).to.equal(undefined);
          page.check(where);
          target.check?.(element, value, log.messages, where);
        }
        expect(page.uncaught).to.deep.equal([]);
      } finally {
        page.stop();
        holder.remove();
      }
    });
  }
});
