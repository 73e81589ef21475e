import type { LoadFailure } from './fetch-json.js';

/**
 * The library's public events: one class per event, every name starting with `eh-` and saying what
 * happened. They bubble and are composed, so a page can listen on `document` (or any ancestor,
 * across shadow roots) and count what readers do, for its own analytics; the library sends
 * nothing anywhere itself. They are not cancelable: they report, they do not ask.
 *
 * Names renamed in 0.2 are still dispatched under their old name for one release (see
 * CHANGELOG.md), as a second event of the same class right after the new one.
 */
export abstract class HighlightsEvent extends Event {
  constructor(type: string) {
    super(type, { bubbles: true, composed: true });
  }
}

/** A map event about one country. */
export abstract class CountryEvent extends HighlightsEvent {
  /** @param code ISO 3166-1 alpha-2 code of the country. */
  constructor(
    type: string,
    readonly code: string,
  ) {
    super(type);
  }
}

/** `eh-country-focus`: a country of the map got the keyboard focus or the pointer. */
export class CountryFocusEvent extends CountryEvent {
  constructor(code: string, type = 'eh-country-focus') {
    super(type, code);
  }
}

/** `eh-country-select`: a country of the map was chosen (Enter, Space or a click). */
export class CountrySelectEvent extends CountryEvent {
  constructor(code: string, type = 'eh-country-select') {
    super(type, code);
  }
}

/** `eh-photo-open` / `eh-photo-close`: a group photo's lightbox opened, or closed. */
export class PhotoToggleEvent extends HighlightsEvent {
  /**
   * @param open Whether the lightbox is now open.
   * @param src URL of the photo.
   */
  constructor(
    readonly open: boolean,
    readonly src: string,
    type = open ? 'eh-photo-open' : 'eh-photo-close',
  ) {
    super(type);
  }
}

/**
 * `eh-card-open`: the reader followed a card's link to the article (a click, Enter, or a middle
 * click that opens it in another tab). Fired before the browser follows the link.
 */
export class CardOpenEvent extends HighlightsEvent {
  /** @param href The article's URL, resolved against the page. */
  constructor(readonly href: string) {
    super('eh-card-open');
  }
}

/** `eh-speech-expand` / `eh-speech-collapse`: the reader opened a long speech, or collapsed it again. */
export class SpeechToggleEvent extends HighlightsEvent {
  /** @param expanded Whether the speech is now shown whole. */
  constructor(readonly expanded: boolean) {
    super(expanded ? 'eh-speech-expand' : 'eh-speech-collapse');
  }
}

/** Why a load failed: a failed request (see `fetchJson`), or data that came but cannot be shown (`invalid`). */
export type LoadErrorKind = LoadFailure | 'invalid';

/**
 * `eh-load-error`: an element could not load what it shows (a card's `src`, the map's geometry).
 * The element shows its error state and logs the details to the console as well.
 */
export class LoadErrorEvent extends HighlightsEvent {
  /**
   * @param element The element that failed (the same as `target` outside its shadow root).
   * @param url The URL asked for.
   * @param failure What went wrong: `http`, `network`, `timeout`, `content-type`, `json`, `too-large`, `charset`, `geometry` or `invalid`.
   * @param httpStatus The HTTP status, for `http`.
   */
  constructor(
    readonly element: HTMLElement,
    readonly url: string,
    readonly failure: LoadErrorKind,
    readonly httpStatus?: number,
  ) {
    super('eh-load-error');
  }
}

/**
 * Dispatches `make()` on `target`, then, for a renamed event, the same event again under its old
 * name (deprecated, removed in the next release).
 */
export function fire<E extends Event>(target: EventTarget, make: (type?: string) => E, deprecatedName?: string): void {
  target.dispatchEvent(make());
  if (deprecatedName) target.dispatchEvent(make(deprecatedName));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eh-country-focus': CountryFocusEvent;
    'eh-country-select': CountrySelectEvent;
    'eh-photo-open': PhotoToggleEvent;
    'eh-photo-close': PhotoToggleEvent;
    'eh-card-open': CardOpenEvent;
    'eh-speech-expand': SpeechToggleEvent;
    'eh-speech-collapse': SpeechToggleEvent;
    'eh-load-error': LoadErrorEvent;
    /** @deprecated Use `eh-country-focus`. */
    'country-focus': CountryFocusEvent;
    /** @deprecated Use `eh-country-select`. */
    'country-select': CountrySelectEvent;
    /** @deprecated Use `eh-photo-open`. */
    'group-photo-open': PhotoToggleEvent;
    /** @deprecated Use `eh-photo-close`. */
    'group-photo-close': PhotoToggleEvent;
  }
}
