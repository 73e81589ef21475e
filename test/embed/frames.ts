// Helpers for tests that load whole host pages (test/embed/*.html, the built demo) in iframes.

import { waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../elements.js';

/** The elements of the library (found from src/, sorted): each embed page has one of each. */
export const TAGS = ELEMENT_TAGS;

/**
 * Loads `url` in an iframe of `width` x `height` CSS pixels. The frame is drawn scaled down at
 * the top left, so that all of it is inside the test page's viewport: lazy images and the map's
 * IntersectionObserver see the whole page as visible (6000 px: the hostile page is long), as a reader scrolling through it would,
 * while the page inside still lays out at its full size.
 */
export function openFrame(
  url: string,
  { width = 760, height = 6000, left = 0, wait = 'load' }: { width?: number; height?: number; left?: number; wait?: 'load' | 'parsed' } = {},
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText =
    `position: fixed; top: 0; left: ${left}px; width: ${width}px; height: ${height}px;` +
    ` border: 0; transform: scale(0.1); transform-origin: 0 0; background: #fff`;
  const loaded = new Promise<HTMLIFrameElement>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out loading ${url}`)), 15_000);
    const done = () => {
      clearTimeout(timer);
      resolve(frame);
    };
    if (wait === 'load') frame.addEventListener('load', done, { once: true });
    else {
      // With its script held back the page never fires `load`: wait until it is parsed.
      waitUntil(() => frame.contentDocument?.readyState === 'interactive' && !!frame.contentDocument.getElementById('after'), `${url} parsed`, {
        timeout: 14_000,
      }).then(done, reject);
    }
  });
  frame.src = url;
  document.body.append(frame);
  return loaded;
}

/** Resolves when every stylesheet the page links has loaded and its fonts are ready. */
export async function stylesReady(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  await waitUntil(() => links.every((link) => !!link.sheet), 'stylesheets', { timeout: 10_000 });
  // Not `document.fonts.ready`: it waits for the load event, which a page whose script is held
  // back never reaches (Firefox keeps `fonts.status` "loading" until then as well). The pages use
  // installed fonts only, so a short wait for the status is enough, and its end is not an error.
  await waitUntil(() => doc.fonts.status === 'loaded', 'fonts', { timeout: 1500 }).catch(() => undefined);
}

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown>; load?: () => Promise<void> };

/** Resolves when every element of the page has upgraded and shows its data: card loaded, map drawn, photo decoded. */
export async function elementsReady(frame: HTMLIFrameElement, ms = 10_000): Promise<void> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  await waitUntil(() => TAGS.every((tag) => !!win.customElements.get(tag)), 'the bundle to define the elements', { timeout: ms });
  const all = [...doc.querySelectorAll<Upgraded>(TAGS.join(','))];
  await Promise.all(all.map((el) => el.updateComplete));
  const shadow = (selector: string) => all.filter((el) => el.matches(selector)).map((el) => el.shadowRoot!);
  await waitUntil(() => shadow('event-card[src]').every((root) => !!root.querySelector('[part~="title"]')), 'the cards to load', { timeout: ms });
  await waitUntil(() => shadow('participant-country-map').every((root) => !!root.querySelector('svg')), 'the maps to be drawn', { timeout: ms });
  await waitUntil(
    () => shadow('group-photo').every((root) => [...root.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0)),
    'the photos to load',
    { timeout: ms },
  );
  await waitUntil(() => doc.fonts.status === 'loaded', 'fonts', { timeout: ms });
}

/** Waits until `snapshot` gives the same answer twice, 150 ms apart (transitions and late layout settled). */
export async function stable<T>(snapshot: () => T, ms = 5000): Promise<T> {
  const start = performance.now();
  let last = JSON.stringify(snapshot());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const value = snapshot();
    const json = JSON.stringify(value);
    if (json === last || performance.now() - start > ms) return value;
    last = json;
  }
}
