/**
 * The demo's language switcher and its own words. The chosen language comes from `?lang=` (so a
 * link can choose it), else from the reader's last choice (localStorage), else the page's
 * `<html lang>`; it survives a reload. Changing it sets `<html lang>`, which every element
 * follows at once, translates the page's own words (`data-t="key"` for the text,
 * `data-t-label="key"` for `aria-label`) and tells the page's listeners.
 */
import { isKey, t, toLocale, type Locale } from './i18n.js';

const STORAGE_KEY = 'event-highlights-demo:lang';
const listeners: ((locale: Locale) => void)[] = [];
let current: Locale = toLocale(document.documentElement.lang);

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy settings): the URL still carries the choice.
    return null;
  }
}

/** The language the page is shown in now. */
export function pageLocale(): Locale {
  return current;
}

/** Runs `listener` now and after every change of language. */
export function onLocaleChange(listener: (locale: Locale) => void): void {
  listeners.push(listener);
  listener(current);
}

/** Translates the page's own words under `root`. */
export function translate(root: ParentNode = document): void {
  // Only what changes is written: the page is laid out again only where its words changed.
  for (const element of root.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = element.dataset['t']!;
    const value = isKey(key) ? t(key, current) : undefined;
    if (value !== undefined && element.textContent !== value) element.textContent = value;
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-t-label]')) {
    const key = element.dataset['tLabel']!;
    const value = isKey(key) ? t(key, current) : undefined;
    if (value !== undefined && element.getAttribute('aria-label') !== value) element.setAttribute('aria-label', value);
  }
}

/** Links to the other demo pages (`data-keep-lang`: `<a>`, `<event-card>`) carry the language, which then works without storage too. */
export function keepLanguage(root: ParentNode): void {
  for (const link of root.querySelectorAll('[data-keep-lang][href]')) {
    const target = new URL(link.getAttribute('href')!, location.href);
    if (target.origin !== location.origin) continue;
    target.searchParams.set('lang', current);
    const href = target.pathname.split('/').pop()! + target.search + target.hash;
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
  }
}

function choose(locale: Locale, remember: boolean): void {
  current = locale;
  document.documentElement.lang = locale;
  const select = document.querySelector<HTMLSelectElement>('#language');
  if (select) select.value = locale;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // See stored().
    }
  }
  const url = new URL(location.href);
  if (url.searchParams.get('lang') !== locale) {
    url.searchParams.set('lang', locale);
    history.replaceState(history.state, '', url);
  }
  // Links to the other demo pages keep the language (and work without storage).
  keepLanguage(document);
  translate();
  for (const listener of listeners) listener(locale);
}

/**
 * Applies the reader's language and wires the switcher. Called by each page's script (not on
 * import: package.json's `sideEffects` lets the build drop modules imported for effect only).
 */
export function startLanguageSwitcher(): void {
  const fromUrl = new URL(location.href).searchParams.get('lang');
  choose(toLocale(fromUrl ?? stored() ?? document.documentElement.lang), fromUrl !== null);
  document.querySelector<HTMLSelectElement>('#language')?.addEventListener('change', (event) => {
    choose(toLocale((event.target as HTMLSelectElement).value), true);
  });
}
