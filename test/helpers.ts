import { emulateMedia } from '@web/test-runner-commands';
import { setLocale } from '../src/internal/locale.js';
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

/** Waits until `predicate` holds, polling every 20 ms (animation frames stall in background pages) (fails after `ms`). */
export async function until(predicate: () => boolean, ms = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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

export { setLocale };

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

/** Records `window.fetch` calls, and how many are under way at once, until `restore()`. */
export function spyFetch() {
  const original = window.fetch;
  const spy = { calls: [] as string[], running: 0, most: 0, restore: () => (window.fetch = original) };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    spy.calls.push(String(input));
    spy.running += 1;
    spy.most = Math.max(spy.most, spy.running);
    try {
      return await original(input, init);
    } finally {
      spy.running -= 1;
    }
  };
  return spy;
}
