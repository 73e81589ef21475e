/**
 * The bundle's loader: each element's code is a chunk beside the main file, requested the first
 * time its tag is found in the page, and registered under its tag when it arrives (its define.ts).
 *
 * Until then the element is an unknown element: what the page wrote inside it (a hand-written
 * card, a speech's text) shows, as before any script runs, and properties set on it meanwhile
 * (`card.event = …`) are kept and applied when it upgrades (Lit reads them on upgrade). Code that
 * needs the element working waits for `customElements.whenDefined(tag)`, as for any custom
 * element, or for `loadElement(tag)`.
 *
 * The page's language is requested together with the first element (startLocalization), so a page
 * in Chinese loads its chunk in parallel with the element's code, not after it; the chunks an
 * element chunk imports (the validator, say) are requested with it too (`parallelChunks` in
 * vite.config.ts), so a card costs one round trip after the main file, not a chain of them.
 *
 * The page is watched with a MutationObserver until every element has been requested. Shadow roots
 * are not watched (no observer sees into them): a page whose own components put our elements in
 * their shadow roots calls `discover(shadowRoot)` or `loadElement(tag)`.
 */
import type { EventHighlightsElement } from '../internal/base-element.js';
import { describeError, describeValue } from '../model/describe.js';
import { startLocalization } from '../internal/locale.js';

/** The tag of one of the library's elements: every tag whose element is one of ours. */
export type ElementTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends EventHighlightsElement ? K : never;
}[keyof HTMLElementTagNameMap];
/** The class of the element registered under `T` (`EventCard` for `event-card`). */
export type ElementClass<T extends ElementTag> = typeof EventHighlightsElement & (new () => HTMLElementTagNameMap[T]);

/**
 * Each element's chunk, found rather than listed: every src/<tag>/define.ts (Vite turns the glob
 * into one `import()` per file). Importing one registers the element and exports its class.
 */
const modules = import.meta.glob<Record<string, unknown>>('../*-*/define.ts');
const chunks = new Map(Object.entries(modules).map(([path, load]) => [path.split('/')[1]!, load]));
const tags = [...chunks.keys()] as ElementTag[];
/** `event-card` → `EventCard`, the name its module exports the class under. */
const className = (tag: string) => tag.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
const requested = new Map<string, Promise<unknown>>();

/** Whether `tag` names one of the elements this bundle has. */
export function isElementTag(tag: string): tag is ElementTag {
  return chunks.has(tag);
}

/**
 * Loads one element's code and registers it under its tag, if that was not done yet; resolves
 * with its class (for `EventCard.define('eh-event-card')` on a page whose own `<event-card>` took
 * the name). Rejects when its file cannot be loaded, which the console says once.
 */
export function loadElement<T extends ElementTag>(tag: T): Promise<ElementClass<T>> {
  if (typeof tag !== 'string' || !isElementTag(tag)) {
    return Promise.reject(new TypeError(`event-highlights: loadElement(): expected one of ${tags.join(', ')}, received ${describeValue(tag)}`));
  }
  let loading = requested.get(tag);
  if (!loading) {
    startLocalization();
    loading = chunks.get(tag)!().then((module) => module[className(tag)]);
    requested.set(tag, loading);
    loading.catch((error: unknown) => {
      console.error(
        `<${tag}>: its code could not be loaded (${describeError(error)}); the page shows what it wrote inside the element. ` +
          'Keep the files of dist/bundle/ together, beside event-highlights.js.',
      );
    });
  }
  return loading as Promise<ElementClass<T>>;
}

/** Every tag of ours in `root`, or `root` itself, not requested yet. */
function tagsIn(root: ParentNode): ElementTag[] {
  return tags.filter((tag) => !requested.has(tag) && ((root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null));
}

/**
 * Loads the elements used in `root` (the document by default): for our elements inside a shadow
 * root the page's own components made, which the loader does not see. Resolves when they are
 * registered; rejects if one of them cannot be loaded.
 */
export async function discover(root: ParentNode = document): Promise<void> {
  await Promise.all(tagsIn(root).map((tag) => loadElement(tag)));
}

/** The model (`validateEvent`, `toJsonLd`, `LIMITS`…), a chunk of its own in the bundle. */
export function loadModel(): Promise<typeof import('../model/index.js')> {
  return import('../model/index.js');
}

/** Quiet: a failure was reported by loadElement already. */
const settle = (promise: Promise<unknown>) => void promise.catch(() => undefined);

/** At the main file's evaluation: the elements in the page now, then those added later. */
export function discoverPage(): void {
  settle(discover(document));
  if (requested.size === tags.length) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Only elements can be or hold ours; text and comments are most of what a page adds.
        if (node.nodeType === 1) settle(discover(node as Element));
      }
    }
    if (requested.size === tags.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
