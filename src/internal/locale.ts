/**
 * The reader's language, for the whole page.
 *
 * @lit/localize keeps one active locale per page (per copy of the module). The library follows
 * `<html lang>` and its changes, unless the page pins a locale with `setLocale()`.
 *
 * Sharing @lit/localize with the host page: `configureLocalization` may be called once per page.
 * - The bundle carries its own copy of @lit/localize, so it never collides.
 * - With the npm modules, a host that uses @lit/localize itself calls `useHostLocalization()`
 *   before our elements connect, and merges `loadEventHighlightsTemplates(locale)` into its own
 *   `loadLocale`. If the host configured first without saying so, we detect it, warn once and
 *   follow the host's locale (our strings then come from the host's loader).
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

/** Maps any BCP 47 tag to the closest supported locale: `es-MX` → `es`, `pt` → `pt-BR`, `zh-CN` → `zh-Hans`. */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const exact = supportedLocales.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return supportedLocales.find((locale) => locale.split('-')[0]!.toLowerCase() === language) ?? sourceLocale;
}

const loadTemplates = (locale: string) => import(`../generated/locales/${locale}.js`);

/** Our translations for one locale, for hosts that run @lit/localize themselves. */
export async function loadEventHighlightsTemplates(locale: string): Promise<Record<string, unknown>> {
  const target = matchLocale(locale);
  return target === sourceLocale ? {} : (await loadTemplates(target)).templates;
}

/**
 * How long an element's first render waits for its language, in ms. A page in Chinese (say)
 * loads the bundle's Chinese chunk as the first element connects; elements render once it is
 * there, so that the reader never sees English first. If it takes longer than this (a slow or
 * failing network), they render in English and switch when it comes.
 */
export const FIRST_RENDER_WAIT = 2000;

/** Settles when the language being loaded is ready (or failed), or after FIRST_RENDER_WAIT; undefined when none is loading. */
let arrival: Promise<void> | undefined;

/**
 * While our translations for the page's language are loading, a promise that settles when they
 * are there (at most FIRST_RENDER_WAIT ms); otherwise undefined. Elements wait for it before their
 * first render (base-element.ts).
 */
export function localeArrival(): Promise<void> | undefined {
  return arrival;
}

let controls: ReturnType<typeof configureLocalization> | undefined;
let hostManaged = false;
let pinned: SupportedLocale | undefined;
let hostLocale: SupportedLocale = sourceLocale;

/** The last load of translations, settled (failed or not): what localeReady() gives. */
let ready: Promise<void> = Promise.resolve();

/**
 * Switches @lit/localize to `wanted`, loading its translations. Every switch goes through here,
 * whoever asked (`<html lang>` or `setLocale()`), so that both waits follow it: localeReady() for
 * server-rendered elements, localeArrival() (bounded by FIRST_RENDER_WAIT) for the others.
 */
function load(wanted: SupportedLocale): Promise<void> {
  const loading = controls!.setLocale(wanted);
  const settled = loading.then(
    () => undefined,
    () => undefined,
  );
  ready = settled;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bounded: Promise<void> = Promise.race([settled, new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_RENDER_WAIT)))]).then(() => {
    clearTimeout(timer);
    if (arrival === bounded) arrival = undefined;
  });
  arrival = bounded;
  return loading;
}

function apply(): void {
  if (!controls) return;
  const wanted = pinned ?? matchLocale(document.documentElement.lang);
  if (wanted !== controls.getLocale()) {
    load(wanted).catch((error: unknown) => {
      console.error(`event-highlights: could not load the "${wanted}" translations: ${String(error)}`);
    });
  }
}

/**
 * Resolves once the translations of the page's language are loaded (at once when nothing loads).
 * A server-rendered element waits for it before its first render (see base-element.ts).
 */
export function localeReady(): Promise<void> {
  return ready;
}

function followHost(): void {
  hostManaged = true;
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') hostLocale = matchLocale(event.detail.readyLocale);
  });
}

/** Called by every element when it connects; sets localization up once per page. */
export function startLocalization(): void {
  if (controls || hostManaged) return;
  try {
    controls = configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTemplates });
  } catch {
    console.warn(
      "event-highlights: @lit/localize was already configured by this page; following the page's locale. " +
        'Call useHostLocalization() before our elements load and merge loadEventHighlightsTemplates() into your loadLocale.',
    );
    followHost();
    return;
  }
  // Never disconnected: it follows <html lang> for the page's lifetime (the observed element keeps it alive).
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  apply();
}

/** The locale elements render in now (strings and Intl formats agree). */
export function currentLocale(): SupportedLocale {
  if (controls) return controls.getLocale() as SupportedLocale;
  return hostLocale;
}

/**
 * Pins the library to a locale whatever `<html lang>` says; `null` follows `<html lang>` again.
 * Resolves when the translations are loaded and the elements have been told.
 */
export async function setLocale(locale: string | null): Promise<void> {
  pinned = locale === null ? undefined : matchLocale(locale);
  startLocalization();
  if (!controls) return;
  const wanted = pinned ?? matchLocale(document.documentElement.lang);
  if (wanted !== controls.getLocale()) await load(wanted);
}

/** Declares that the page runs @lit/localize itself and loads our templates through its own loader. */
export function useHostLocalization(initialLocale: string = document.documentElement.lang): void {
  if (controls) {
    console.warn('event-highlights: useHostLocalization() came after our elements configured @lit/localize; call it before they load.');
    return;
  }
  if (!hostManaged) followHost();
  hostLocale = matchLocale(initialLocale);
}

/**
 * Server rendering (event-highlights/ssr): makes the elements render in `locale` in a process
 * with no page (no `<html lang>` to follow, no observer). @lit/localize announces each change on
 * `window`, which Node lacks: an event target stands in while the translations load, then goes.
 */
export async function useServerLocale(locale: string): Promise<SupportedLocale> {
  controls ??= configureLocalization({ sourceLocale, targetLocales, loadLocale: loadTemplates });
  const wanted = (pinned = matchLocale(locale));
  if (wanted === controls.getLocale()) return wanted;
  const scope = globalThis as { window?: unknown };
  const standIn = scope.window === undefined;
  if (standIn) scope.window = new EventTarget();
  try {
    await controls.setLocale(wanted);
  } finally {
    if (standIn) delete scope.window;
  }
  return wanted;
}
