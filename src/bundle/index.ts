/**
 * The single-file bundle's entry (dist/bundle/event-highlights.js, for a `<script type="module">`
 * in a CMS page or an import map). Since #18 it is one main file plus chunks beside it, each
 * requested when the page needs it:
 * - the main file: Lit, @lit/localize, the shared internals, English, and the loader below;
 * - one chunk per element, requested when its tag appears in the page (see autoload.ts);
 * - the model's validator (valibot and the schema), requested with the first element;
 * - one chunk per language other than English, and the map's drawing code and geometry (as before).
 *
 * The npm modules (`event-highlights`, `event-highlights/<tag>`) are unchanged: a page's bundler
 * decides their chunks. The bundle's API is the index's language API and events, plus
 * `loadElement()`, `loadModel()` and `discover()` in place of the element classes and the model.
 */
export { setLocale, currentLocale, matchLocale, supportedLocales, useHostLocalization, loadEventHighlightsTemplates } from '../internal/locale.js';
export type { SupportedLocale } from '../internal/locale.js';
export { safeUrl } from '../internal/safe-url.js';
export {
  HighlightsEvent,
  CardOpenEvent,
  CountryEvent,
  CountryFocusEvent,
  CountrySelectEvent,
  LoadErrorEvent,
  PhotoToggleEvent,
  SpeechToggleEvent,
} from '../internal/events.js';
export type { LoadErrorKind } from '../internal/events.js';
export { discover, loadElement, loadModel } from './autoload.js';
export type { ElementTag, ElementClass } from './autoload.js';
export type * from '../model/types.js';

import '../internal/base-element.js';
import { discoverPage } from './autoload.js';

discoverPage();
