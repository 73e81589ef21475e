/**
 * Where the map's geometry comes from. In the element's own module (not the lazy drawing code), so
 * that the geometry's request starts together with the drawing code's, not after it (#18: the first
 * map waited for one request, then the other).
 */
import { safeUrl } from '../internal/safe-url.js';
import { pinShared } from '../internal/fetch-json.js';

const DEFAULT_URL = new URL('./world.topo.json?no-inline', import.meta.url).href;
// The default geometry stays in the page's cache when no map shows it: the next map needs it.
pinShared(DEFAULT_URL);

/** The URL of the geometry to fetch: `src` when it is a safe URL, else the default file beside the module. */
export function geometryUrl(src: string | undefined): string {
  return (src && safeUrl(src, 'fetch')) || DEFAULT_URL;
}
