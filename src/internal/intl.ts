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

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));

export const numberFormat = (locale: string) => cached(`n|${locale}`, () => new Intl.NumberFormat(locale));

export const pluralRules = (locale: string) => cached(`p|${locale}`, () => new Intl.PluralRules(locale));

export const listFormat = (locale: string) =>
  cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));

const regionNames = (locale: string) =>
  cached(`r|${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));

/** Localized country name; the code itself when the browser has no name for it. */
export function countryName(code: string, locale: string): string {
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}
