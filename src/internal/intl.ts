/** Cached Intl formatters: building one costs far more than using it, and cards come in hundreds. */
const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** `key` names the options in the cache ("ymd", "clock"): cheaper than serializing them for every date of a listing. */
export const dateFormat = (locale: string, key: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${key}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));

export const numberFormat = (locale: string) => cached(`n|${locale}`, () => new Intl.NumberFormat(locale));

export const pluralRules = (locale: string) => cached(`p|${locale}`, () => new Intl.PluralRules(locale));

export const listFormat = (locale: string) =>
  cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));

const regionNames = (locale: string) =>
  cached(`r|${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));

const countryNames = new Map<string, string>();

/** Localized country name; the code itself when the browser has no name for it. Cached: a listing asks for the same few names again and again. */
export function countryName(code: string, locale: string): string {
  const key = `${locale}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    try {
      name = regionNames(locale).of(code) ?? code;
    } catch {
      name = code;
    }
    // Bounded: codes come from validated data (ISO 3166-1), but the cache must not grow without end.
    if (countryNames.size >= 2000) countryNames.clear();
    countryNames.set(key, name);
  }
  return name;
}
