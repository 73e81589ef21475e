// Memory: creating and removing 1,000 instances of the element, with data, leaves the JS heap where
// it was, and every removed instance is collected: nothing a removed element leaves behind (page
// listeners, observers, caches keyed by element) keeps it alive. The figures are printed in the
// test output. Chromium only: see the skip below. Part of the conformance suite (./index.ts).
import { expect, waitUntil } from '@open-wc/testing';
import type { EventArticle } from '../../src/model/types.js';
import { loadSeed, sleep, useLocale } from '../helpers.js';
import type { Fixtures, Props } from './index.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const COUNT = 1000;
const WARM_UP = 100;
/** Maps drawn one after another (each builds its own scene: tens of milliseconds each). */
const DRAWN = 10;
/** Growth allowed (bytes): a removed element kept alive holds 5 to 20 KB, so 1,000 of them would be megabytes. */
const TOLERANCE = 256 * 1024;
/**
 * Removed elements allowed to be still alive after collection: a leak keeps a share of the 1,000
 * (every element, or one in two); the browser holds a few for a moment by their image requests in
 * flight (3 of 1,000 seen from a fresh clone under coverage with a 190 MB page heap).
 */
const STRAGGLERS = 5;

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** The JS heap after full collections (the later ones free what the first ones only finalized). */
async function heap(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    window.gc!();
    // A task between collections: finalizers and weak references are cleared between tasks.
    await sleep(10);
  }
  return performance.memory!.usedJSHeapSize;
}

const report = (what: string, count: number, before: number, after: number, alive: number, ms: number) =>
  console.log(
    `heap ${what.padEnd(32)} before ${(before / 1048576).toFixed(2)} MB, after ${count} created and removed ${(after / 1048576).toFixed(2)} MB, ` +
      `growth ${((after - before) / 1024).toFixed(1)} KB, ${alive} of ${count} still alive (${Math.round(ms)} ms)`,
  );

/**
 * Creates, renders (`drawn`: waits for it) and removes `count` elements one at a time, each with its
 * own copy of the data; returns weak references to them.
 */
async function churn(
  subject: Fixtures,
  count: number,
  seed: EventArticle,
  stage: HTMLElement,
  drawn?: (element: Element) => boolean,
): Promise<WeakRef<Element>[]> {
  const refs: WeakRef<Element>[] = [];
  for (let i = 0; i < count; i++) {
    const element = document.createElement(subject.tag) as Lit;
    subject.give(element as Props, structuredClone(seed));
    stage.append(element);
    await element.updateComplete;
    for (const inner of element.shadowRoot!.querySelectorAll('*')) if ('updateComplete' in inner) await (inner as Lit).updateComplete;
    if (drawn) await waitUntil(() => drawn(element), `<${subject.tag}> drawn`, { timeout: 8000 });
    element.remove();
    refs.push(new WeakRef(element));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return refs;
}

/** The memory cases for one element: 1,000 rendered, and for an element that draws, 10 drawn. */
export function memorySuite(subject: Fixtures): void {
  describe('memory', function () {
    // Time is not what these cases measure: two rounds of 1,000 under coverage, beside the other
    // lane of npm test, can take a minute.
    this.timeout(150_000);
    useLocale('en');

    const { tag } = subject;
    const cases: [string, number, ((element: Element) => boolean) | undefined][] = [
      [tag, COUNT, undefined],
      ...(subject.drawn ? [[`${tag} (drawn)`, DRAWN, subject.drawn] as [string, number, (element: Element) => boolean]] : []),
    ];
    for (const [name, count, drawn] of cases) {
      it(`${name}: creating and removing ${count} instances leaves no growth in the heap and none alive`, async function () {
        if (navigator.userAgent.includes('Firefox')) {
          // Firefox gives pages no way to force a garbage collection (no window.gc) and no heap size
          // (no performance.memory): there is nothing to measure from the page.
          this.skip();
        }
        expect(window.gc, 'window.gc (Chromium flag --js-flags=--expose-gc, scripts/browsers.mjs)').to.be.a('function');
        const seed = await loadSeed();
        const stage = document.createElement('div');
        stage.style.cssText = 'inline-size: 700px';
        document.body.prepend(stage);
        try {
          // Warm-up: compiled code, template and Intl caches, the map's geometry.
          await churn(subject, drawn ? 3 : WARM_UP, seed, stage, drawn);
          // Rounds: the first still pays one-time costs (code optimized and compiled again under
          // load, coverage counters, style caches: a fixed amount whatever the count, about 270 KB
          // for the card under coverage); the next shows what each instance leaves behind, which a
          // leak multiplies by the count (a kept element holds 5 to 20 KB). A one-time cost can
          // still land in that round on a loaded machine (286 KB once, from a fresh clone beside
          // other browser tests, where 35-95 KB is usual): then one more round is measured. A leak
          // grows the heap in every round; a one-time cost does not come twice.
          let earlier = await churn(subject, count, seed, stage, drawn);
          let kept = 0;
          let growth = Infinity;
          for (let round = 0; round < 2 && kept <= STRAGGLERS && growth >= TOLERANCE; round++) {
            const before = await heap();
            const start = performance.now();
            const refs = await churn(subject, count, seed, stage, drawn);
            const ms = performance.now() - start;
            // An image request still in flight holds its element for a moment (on a busy machine,
            // many of them): wait for the browser to let go, a few seconds at most; a leak never does.
            kept = Infinity;
            for (let tries = 0; tries < 20; tries++) {
              await heap();
              kept = [...earlier, ...refs].filter((ref) => ref.deref() !== undefined).length;
              if (kept <= STRAGGLERS) break;
              await new Promise((resolve) => setTimeout(resolve, 250));
            }
            // The weak references themselves (1,000 small objects) are not what is measured.
            earlier = [];
            refs.length = 0;
            const after = await heap();
            growth = after - before;
            report(name, count, before, after, kept, ms);
          }
          expect(kept, `removed <${tag}> elements still alive after garbage collection`).to.be.at.most(STRAGGLERS);
          expect(growth, `heap growth in bytes after ${count} <${tag}> (a round after the first)`).to.be.below(TOLERANCE);
        } finally {
          stage.remove();
        }
      });
    }
  });
}
