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

export const listFormat = (locale: string) => cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));

/**
 * The punctuation the elements put around and between pieces of data they compose themselves
 * (a time zone after the date, states after their country, values of one fact): Chinese takes
 * the full-width forms, without spaces ("21天；14天", "（北京时间）"); other languages the ASCII
 * ones. Joins of whole lists are Intl.ListFormat's, and punctuation inside a sentence is the
 * translator's (locales/*.xlf).
 */
export interface Punctuation {
  /** Before a parenthesis: " (" or "（". */
  open: string;
  close: string;
  /** Between values of one item: "; " or "；". */
  separator: string;
  /** Between a name and what is said of it: ": " or "：". */
  colon: string;
}
const ASCII: Punctuation = { open: ' (', close: ')', separator: '; ', colon: ': ' };
const FULL_WIDTH: Punctuation = { open: '（', close: '）', separator: '；', colon: '：' };
export const punctuation = (locale: string): Punctuation => (/^(zh|ja)\b/i.test(locale) ? FULL_WIDTH : ASCII);

const regionNames = (locale: string) => cached(`r|${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));

const countryNames = new Map<string, string>();

/**
 * Names a news article uses where CLDR's standard name carries a qualifier or an abbreviation
 * that reads badly in prose ("Congo - Kinshasa", "Myanmar (Burma)", "Trinidad & Tobago",
 * "Hong Kong SAR China"). Only those few codes, per language; every other name is CLDR's, through
 * `Intl.DisplayNames`. The two Congos keep the long official forms, which tell them apart without
 * naming a capital; Chinese keeps 刚果（金）/刚果（布）, the usual form in Chinese news.
 */
const PROSE_NAMES: Record<string, Record<string, string>> = {
  en: {
    AG: 'Antigua and Barbuda',
    BA: 'Bosnia and Herzegovina',
    CD: 'Democratic Republic of the Congo',
    CG: 'Republic of the Congo',
    HK: 'Hong Kong, China',
    KN: 'Saint Kitts and Nevis',
    MM: 'Myanmar',
    MO: 'Macao, China',
    PS: 'Palestine',
    ST: 'São Tomé and Príncipe',
    TC: 'Turks and Caicos Islands',
    TT: 'Trinidad and Tobago',
    VC: 'Saint Vincent and the Grenadines',
  },
  es: { HK: 'Hong Kong (China)', MM: 'Myanmar', MO: 'Macao (China)', PS: 'Palestina' },
  'pt-BR': { CD: 'República Democrática do Congo', HK: 'Hong Kong (China)', MM: 'Mianmar', MO: 'Macau (China)', PS: 'Palestina' },
  'zh-Hans': { HK: '中国香港', MO: '中国澳门', PS: '巴勒斯坦' },
  fr: { CD: 'République démocratique du Congo', CG: 'République du Congo', HK: 'Hong Kong (Chine)', MM: 'Myanmar', MO: 'Macao (Chine)', PS: 'Palestine' },
};

/**
 * Localized country name as a news article writes it; the code itself when the browser has no
 * name for it. Cached: a listing asks for the same few names again and again.
 */
export function countryName(code: string, locale: string): string {
  const key = `${locale}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    try {
      name =
        (Object.hasOwn(PROSE_NAMES, locale) && Object.hasOwn(PROSE_NAMES[locale]!, code) ? PROSE_NAMES[locale]![code] : undefined) ??
        regionNames(locale).of(code) ??
        code;
    } catch {
      name = code;
    }
    // Bounded: codes come from validated data (ISO 3166-1), but the cache must not grow without end.
    if (countryNames.size >= 2000) countryNames.clear();
    countryNames.set(key, name);
  }
  return name;
}

const collator = (locale: string) => cached(`c|${locale}`, () => new Intl.Collator(locale));

/** Country codes in the reader's alphabetical order of their names (pinyin order in Chinese). */
export function byCountryName(codes: readonly string[], locale: string): string[] {
  const compare = collator(locale).compare;
  return [...codes].sort((a, b) => compare(countryName(a, locale), countryName(b, locale)));
}

const warmed = new Set<string>();

/**
 * Builds the formatters of `locale` in the browser's next idle moment, once per locale (#18): the
 * first use of each Intl service loads its data for the locale, which cost 35–65 ms inside the
 * archive's one long task (cards that render their fetched documents). Called after an element's
 * first render: a card that waits for its `src` meets formatters that are ready. Only what a card's
 * first render uses (the map's collator is left to the map). Nothing is drawn differently; a
 * browser without requestIdleCallback (Safari) gets a timer.
 */
export function warmIntl(locale: string): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const warm = () => {
    try {
      dateFormat(locale, 'warm', { dateStyle: 'long' }).format(0);
      numberFormat(locale).format(1);
      pluralRules(locale).select(1);
      listFormat(locale).format(['1', '2']);
      regionNames(locale).of('CN');
    } catch {
      // A locale the browser lacks: the elements fall back as they always did.
    }
  };
  // No deadline: when the page is never idle before the data comes, the data's render builds them
  // as it always did, and the warm-up finds them built (it must not become a long task of its own).
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else setTimeout(warm, 1);
}
