// Fuzz: the four other elements fed thousands of mutated slices of the seed article through their
// properties. For every case: no uncaught exception or unhandled rejection, no script executed,
// nothing outside the element changed, a DOM bounded by the input's size, and no JavaScript value leaking into the
// text ("[object Object]", "undefined", "NaN"). speech-block validates its input, so an invalid
// speech must also show its error state and name the field in the console. Every tenth map case
// is drawn on screen (geometry loaded, three widths, three layouts): no NaN or Infinity in any SVG
// attribute, path data of numbers only, markers, cities and labels inside the viewBox.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { validateSpeech } from '../src/model/validate.js';
import type { EventArticle } from '../src/model/types.js';
import { mutate, random } from './fuzz/generator.js';
import { watchPage } from './fuzz/harness.js';
import { loadSeed, recordConsole, setLocale, until } from './helpers.js';

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

/** A value no drawing may carry in an attribute. */
const NOT_A_NUMBER = /NaN|Infinity|undefined|null|\[object/;
/** SVG path data: commands and numbers only. */
const PATH_DATA = /^[MLHVCSQTAZ\d\s.,eE+-]*$/i;
const LAYOUTS = ['auto', 'world', 'regions'];
const WIDTHS = [375, 600, 1000];

/**
 * The map's drawing invariants: every attribute a number where a number goes, path data only
 * numbers and commands, the drawing as wide as the element, markers, cities and labels inside it.
 */
function checkMapDrawing(map: HTMLElement, where: string): boolean {
  const root = map.shadowRoot!;
  if (!root.querySelector('[part="map"]')) return false;
  const svg = root.querySelector('svg.map');
  expect(svg, `${where}: the map is drawn`).to.exist;
  const [x0, y0, width, height] = svg!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  expect([x0, y0], `${where}: viewBox origin`).to.deep.equal([0, 0]);
  expect(width, `${where}: as wide as the element`).to.equal(Math.round(map.getBoundingClientRect().width));
  expect(height, `${where}: height`).to.be.greaterThan(0);
  for (const node of svg!.querySelectorAll('*')) {
    for (const { name, value } of node.attributes) expect(NOT_A_NUMBER.test(value), `${where}: <${node.localName} ${name}="${value.slice(0, 60)}">`).to.equal(false);
    if (node.localName === 'path') expect(PATH_DATA.test(node.getAttribute('d') ?? ''), `${where}: path data`).to.equal(true);
  }
  const inside = (x: number, y: number, what: string) => {
    expect(Number.isFinite(x) && Number.isFinite(y), `${where}: ${what} at finite coordinates`).to.equal(true);
    expect(x >= 0 && x <= width && y >= 0 && y <= height, `${where}: ${what} at ${x},${y} inside 0 0 ${width} ${height}`).to.equal(true);
  };
  for (const dot of svg!.querySelectorAll('.marker .dot, .city .dot')) inside(Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy')), `${dot.parentElement!.getAttribute('class')} ${dot.parentElement!.getAttribute('data-code') ?? ''}`);
  for (const label of svg!.querySelectorAll('text.label')) inside(Number(label.getAttribute('x')), Number(label.getAttribute('y')), `label "${label.textContent}"`);
  for (const marker of svg!.querySelectorAll('[data-code]')) expect(marker.getAttribute('data-code'), `${where}: a country code`).to.match(/^[A-Z]{2}$/);
  return true;
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
    // Far below the viewport, where the lazy map is never drawn: this fuzzes the inputs and the
    // list. Every tenth case runs on screen, in one of three layouts at one of three widths, and is drawn.
    tag: 'participant-country-map',
    valid: (seed) => ({ participants: seed.seminars[0]!.participants, visits: seed.seminars[0]!.visits }),
    set: (element, value) => {
      const map = element as HTMLElement & { participants: unknown; visits: unknown };
      const input = value as { participants?: unknown; visits?: unknown } | null | undefined;
      map.participants = input?.participants;
      map.visits = input?.visits;
    },
    onScreen: {
      every: 10,
      // The layout changes every case, the width every 20 cases (a new width waits for a frame).
      prepare(screen, element, n) {
        screen.style.width = `${WIDTHS[Math.floor(n / 20) % WIDTHS.length]}px`;
        element.setAttribute('layout', LAYOUTS[n % LAYOUTS.length]!);
      },
      ready: (element) => until(() => !!element.shadowRoot?.querySelector('svg.map'), 8000, 'the on-screen map drawn'),
      // The new width reaches the map through its ResizeObserver, after a layout, and is drawn in the next frame.
      settle: (element, where) =>
        until(
          () =>
            !element.shadowRoot!.querySelector('[part="map"]') ||
            element.shadowRoot!.querySelector('svg.map')?.getAttribute('viewBox')?.split(' ')[2] === String(Math.round(element.getBoundingClientRect().width)),
          4000,
          `${where}: the map drawn at its width`,
        ),
      check: checkMapDrawing,
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
      const onScreen = target.onScreen;
      const screen = document.createElement('div');
      screen.style.cssText = 'position: fixed; top: 0; left: 0; background: Canvas';
      if (onScreen) document.body.append(screen);
      page.settle();
      let element = document.createElement(target.tag);
      holder.append(element);
      const shown = document.createElement(target.tag);
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
            element = document.createElement(target.tag);
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
            if (visible) await onScreen.settle(subject, `${target.tag} case ${i}`);
          } finally {
            log.restore();
          }
          const where = `${target.tag} case ${i}${visible ? ' (on screen)' : ''}`;
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
          console.log(`${target.tag}: ${drawn} of ${CASES / onScreen.every} on-screen cases drawn, in ${(onScreenMs / 1000).toFixed(1)} s`);
          // Most mutations keep some valid country or city: a fuzz that never draws would prove nothing.
          expect(drawn, 'on-screen cases that drew a map').to.be.at.least(CASES / onScreen.every / 4);
        }
      } finally {
        page.stop();
        holder.remove();
        screen.remove();
      }
    });
  }
});
