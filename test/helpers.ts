import { emulateMedia } from '@web/test-runner-commands';
import { setLocale as setLibraryLocale } from '../src/internal/locale.js';
import type { EventArticle } from '../src/model/types.js';

export const SEED_URL = '/demo/data/seed-2023-06-29-opening.json';

let seed: EventArticle | undefined;
/**
 * The seed article as data (a fresh copy each time, so tests can change it), with its relative
 * image URLs made absolute as a page that passes `.event` would do.
 */
export async function loadSeed(): Promise<EventArticle> {
  seed ??= (await (await fetch(SEED_URL)).json()) as EventArticle;
  const copy = structuredClone(seed);
  const base = new URL(SEED_URL, location.href);
  for (const photo of [...(copy.photos ?? []), ...(copy.speeches ?? []).map((speech) => speech.photo)]) {
    if (photo) photo.src = new URL(photo.src, base).href;
  }
  return copy;
}

/** Records console.warn and console.error from now until `restore()` (for work that is awaited in between). */
export function recordConsole(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => Object.assign(console, original) };
}

/** Collects console messages while `run` runs. */
export async function captureConsole<T>(run: () => Promise<T> | T): Promise<{ result: T; messages: string[] }> {
  const log = recordConsole();
  try {
    return { result: await run(), messages: log.messages };
  } finally {
    log.restore();
  }
}

let pinned = false;
/** Pins the library's locale (`null` follows `<html lang>`) for the running test: reset after it. */
export async function setLocale(locale: string | null): Promise<void> {
  pinned = locale !== null;
  await setLibraryLocale(locale);
}

/** For a describe block: every one of its tests starts in `locale` (and the reset below undoes it). */
export function useLocale(locale: string): void {
  beforeEach(() => setLocale(locale));
}

// One reset for every test file (each imports this module): a test that pinned a locale leaves
// the next one, in whatever file, following <html lang> again. Only then, so that a test of a page
// running @lit/localize itself is not configured behind its back.
afterEach(async () => {
  if (!pinned) return;
  pinned = false;
  await setLibraryLocale(null);
});

type Media = Parameters<typeof emulateMedia>[0];
const NO_CDP = /CDP support is required/;

/**
 * Emulates a media feature (print, reduced motion, forced colours). @web/test-runner does this
 * through the Chrome DevTools Protocol, which Firefox, driven over WebDriver BiDi, does not offer:
 * there, and only there, the test is skipped, for that reason.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (NO_CDP.test(String(error))) test.skip();
    throw error;
  }
}

/** Puts a media feature back after `emulateMediaOrSkip` (nothing to undo where it was skipped). */
export async function resetMedia(media: Media): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (!NO_CDP.test(String(error))) throw error;
  }
}

/** The page's own fetch, kept before any test patches it: a test's own requests (releasing a held answer) are not counted. */
export const pageFetch: typeof window.fetch = window.fetch.bind(window);

/** One request an element made through `window.fetch` while a spy was on. */
export interface FetchCall {
  url: string;
  signal: AbortSignal | undefined;
}

/**
 * Answers a request instead of the network: a Response (or a promise of one, e.g. a `deferred`
 * the test resolves when it wants), or `undefined` to let the request go to the test server.
 */
export type FetchHandler = (call: FetchCall, init: RequestInit | undefined) => Response | Promise<Response> | undefined;

/**
 * The one `window.fetch` patch of the tests: records every call (URL, signal, how many are under
 * way at once) and lets `handler` answer the ones it wants, until `restore()`.
 */
export function spyFetch(handler?: FetchHandler) {
  const spy = {
    /** The URLs requested, in order. */
    calls: [] as string[],
    /** The same requests with the signal each was given. */
    requests: [] as FetchCall[],
    running: 0,
    most: 0,
    restore: () => (window.fetch = original),
  };
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), signal: init?.signal ?? undefined };
    spy.calls.push(call.url);
    spy.requests.push(call);
    spy.running += 1;
    spy.most = Math.max(spy.most, spy.running);
    try {
      return await (handler?.(call, init) ?? original(input, init));
    } finally {
      spy.running -= 1;
    }
  };
  return spy;
}

/** A promise the test settles when it wants (a late answer, released after the newer one has shown). */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

let gates = 0;
/**
 * An answer held at the test server (for requests no `window.fetch` stub sees: images, and
 * requests whose abort the browser must carry out): `url` waits until `release()`, then
 * redirects to `to` (test/server/embed-pages.mjs).
 */
export function held(to: string): { url: string; release: () => Promise<void>; asked: () => Promise<boolean> } {
  const key = `held-${Date.now()}-${++gates}`;
  return {
    url: `/__fixtures__/gate/${key}?to=${encodeURIComponent(to)}`,
    release: async () => void (await pageFetch(`/__fixtures__/release/${key}`)),
    /** Whether the request reached the server (an image started loading). */
    asked: async () => ((await (await pageFetch(`/__fixtures__/asked/${key}`)).json()) as number) > 0,
  };
}

/** The element in `el`'s shadow root with the part `name` (parts are the elements' public styling surface). */
export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null => el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** Text as a reader sees it: white space collapsed and trimmed. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** `url` resolved against the test page (as `img.src` and the fetch spy report it). */
export const absolute = (url: string) => new URL(url, location.href).href;

let serial = 0;
/** A key no earlier test used. */
export const unique = () => `${Date.now()}-${++serial}`;
/** A URL no earlier test used (so no cache answers for the server), with the given query. */
export const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}t=${unique()}`;

/** Resolves after `n` animation frames (for layout, never for a network or timer outcome). */
export const frames = (n = 2) =>
  new Promise<void>((done) => {
    const step = () => (n-- <= 0 ? done() : requestAnimationFrame(step));
    step();
  });

/**
 * Resolves once a late answer the test has just released (a `deferred` resolved, a `held` answer
 * let go) would have been handled, had the element kept it: a round trip to the test server with
 * a JSON body read and parsed, two more tasks, then `el`'s update. The order is set by the test: the
 * late answer is already there before this starts, so a slow machine cannot let the bug pass.
 */
export async function afterLateAnswer(el?: Element): Promise<void> {
  await (await pageFetch(SEED_URL)).json();
  for (let i = 0; i < 2; i++) await new Promise((done) => setTimeout(done));
  await (el as (Element & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
}

/**
 * Resolves after a timer of `ms` that an element set before this call has run: HTML runs timers
 * with an earlier or equal end time first, so this wait ends after the element's own timer (a
 * timeout left running by a removed element, say), however slow the machine. Not for networks.
 */
export const afterTimer = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Waits `ms`: only to give something that must NOT happen (a request, a report) the chance to
 * show, where there is no event to wait for. Never to wait for an answer or a timer (use
 * `held`, `deferred`, `afterLateAnswer`, `afterTimer` or `waitUntil`).
 */
export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
