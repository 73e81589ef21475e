/**
 * The stories' event documents: the real seed article and the sample documents in demo/data.
 *
 * Storybook serves demo/data at `/data` (staticDirs in .storybook/main.ts), so from iframe.html
 * the files are at `data/…`. The tests serve the project root instead and set
 * `globalThis.EH_STORY_DATA_BASE = '/demo/data/'` before importing the stories.
 *
 * The documents are fetched (not imported as JSON modules) so that the same story files run in
 * Storybook (Vite) and in Web Test Runner, which cannot import JSON without a plugin.
 */
import type { EventArticle, Photo } from '../../src/model/types.js';

declare global {
  var EH_STORY_DATA_BASE: string | undefined;
}

/** Where demo/data is served, relative to the page (ends with "/"). */
export const DATA_BASE: string = globalThis.EH_STORY_DATA_BASE ?? 'data/';

/** URL of a file of demo/data, as the stories use it (relative to the page in Storybook). */
export const dataUrl = (path: string): string => `${DATA_BASE}${path}`;

const ABSOLUTE = /^([a-z][a-z\d+.-]*:|\/)/i;

/**
 * A document passed as the `event` property resolves its relative image URLs against the page,
 * not against the JSON file it came from (that only happens with `src`). Rebase them onto the
 * folder the document was read from, so the images load in both cases.
 */
export function withImagesFrom(event: EventArticle, folder: string): EventArticle {
  const rebase = (photo: Photo | undefined): Photo | undefined => (photo && !ABSOLUTE.test(photo.src) ? { ...photo, src: `${folder}${photo.src}` } : photo);
  return {
    ...event,
    photos: event.photos?.map((photo) => rebase(photo)!),
    speeches: event.speeches?.map((speech) => (speech.photo ? { ...speech, photo: rebase(speech.photo) } : speech)),
  };
}

async function loadEvent(path: string): Promise<EventArticle> {
  const url = dataUrl(path);
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Story data ${url}: HTTP ${response.status}. Is demo/data served at ${DATA_BASE}?`);
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  return withImagesFrom((await response.json()) as EventArticle, dataUrl(folder));
}

export const SEED_PATH = 'seed-2023-06-29-opening.json';
export const ONLINE_SAMPLE_PATH = 'samples/sample-2021-11-16-online-opening.json';
export const TWO_SEMINARS_SAMPLE_PATH = 'samples/sample-2023-12-08-two-seminars-closing.json';

const [seedDocument, onlineDocument, twoSeminarsDocument] = await Promise.all(
  [SEED_PATH, ONLINE_SAMPLE_PATH, TWO_SEMINARS_SAMPLE_PATH].map((path) => loadEvent(path)),
);

/** The real seed article (2023-06-29 opening ceremony, in person, 10 Latin American countries). */
export const seed: EventArticle = seedDocument!;
/** Sample data: an online opening ceremony (2021, participants given only as a region, GMT+8). */
export const onlineCeremony: EventArticle = onlineDocument!;
/** Sample data: one article reporting the closing of two seminars (Pacific and Caribbean island states). */
export const twoSeminars: EventArticle = twoSeminarsDocument!;
