import { addDays } from './calendar.js';
import { leadPhoto, organizationsIn } from './summary.js';
import { resolveText } from './text.js';
import type { EventArticle, Organization, Text } from './types.js';

type JsonLd = Record<string, unknown>;

const ATTENDANCE: Record<string, string> = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/** ISO 8601 only: a date printed without its year ("--06-29") cannot be given to search engines. */
const isoDate = (value: string | undefined) => (value && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : undefined);

/** Drops undefined fields so the output is plain JSON. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/** Options of `toJsonLd` and `toJsonLdScript`. */
export interface JsonLdOptions {
  /** Language to take text in (default: the article's `lang`, then English). */
  locale?: string;
  /** The article page's address: relative URLs of the document are resolved against it. */
  base?: string;
}

/**
 * schema.org data for search engines: the article as a `NewsArticle` about one `Event` per
 * seminar, as a plain object. Text is taken in `locale` (with the model's fallback order). URLs
 * are resolved against `base` (the article page's address).
 *
 * To write it into a page, use `toJsonLdScript`, not `JSON.stringify`: the text of the article
 * (a title such as `</script><script>…`) would otherwise end the script element early and run
 * as HTML.
 */
export function toJsonLd(article: EventArticle, given: JsonLdOptions = {}): JsonLd {
  // Own properties only: on a page that added `locale` or `base` to Object.prototype, an option
  // the caller did not give stays absent.
  const options: JsonLdOptions = Object.assign(Object.create(null), given);
  const locale = options.locale ?? article.lang ?? 'en';
  const text = (value: Text | undefined) => resolveText(value, locale, article.lang)?.text;
  const absolute = (url: string | undefined) => {
    if (!url) return undefined;
    try {
      const resolved = new URL(url, options.base);
      return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
    } catch {
      return undefined;
    }
  };
  const organization = (value: Organization) =>
    compact({ '@type': 'Organization', name: text(value.name), alternateName: text(value.shortName), url: absolute(value.url) });
  const dates = article.dates;
  const inferred = new Set(article.inferred ?? []);
  // A date printed without its year ("--05-23") is given with the year inferred from the
  // publication date; an end before the start is then in the next year.
  const withYear = (value: string | undefined, year: number | undefined) =>
    value?.startsWith('--') && year !== undefined ? isoDate(`${String(year).padStart(4, '0')}${value.slice(1)}`) : isoDate(value);
  const start = withYear(dates?.start, dates?.inferredYear);
  const printedEnd = withYear(dates?.end, dates?.inferredYear);
  const datesEnd = start && printedEnd && printedEnd < start ? withYear(dates?.end, dates!.inferredYear! + 1) : printedEnd;
  const photo = leadPhoto(article);
  const events = article.seminars.map((seminar) => {
    const organizers = [seminar.organizer, seminar.host].filter((value): value is Organization => value !== undefined);
    const end = datesEnd ?? (start && seminar.durationDays ? addDays(start, seminar.durationDays - 1) : start);
    const online = article.format === 'online';
    const place = text(article.venue);
    const location = online
      ? compact({ '@type': 'VirtualLocation', name: place, url: absolute(article.url) })
      : place
        ? { '@type': 'Place', name: place, address: place }
        : undefined;
    return compact({
      '@type': 'Event',
      name: text(seminar.name),
      alternateName: (seminar.alternateNames ?? []).map(text).filter(Boolean),
      description: text(article.summary),
      startDate: isoDate(seminar.startDate) ?? start,
      endDate: isoDate(seminar.endDate) ?? end,
      // An inferred format is not stated as a fact.
      eventAttendanceMode: inferred.has('format') ? undefined : ATTENDANCE[article.format ?? ''],
      eventStatus: 'https://schema.org/EventScheduled',
      location,
      organizer: organizers.map(organization),
      image: photo ? absolute(photo.src) : undefined,
      audience: seminar.participants?.region ? { '@type': 'Audience', audienceType: text(seminar.participants.region) } : undefined,
    });
  });
  const authors = (article.credits ?? [])
    .filter((credit) => credit.role === 'writer')
    .flatMap((credit) => credit.names.map((name) => ({ '@type': 'Person', name: text(name) })));
  const publishers = organizationsIn(article, 'organizer').map(organization);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(article.title),
    articleSection: text(article.section),
    // The kind as printed ("Ministerial Workshop"), else the keyword.
    genre: text(article.kindLabel) ?? (article.kind && !inferred.has('kind') ? article.kind : undefined),
    inLanguage: article.lang,
    datePublished: isoDate(article.created),
    description: text(article.summary),
    url: absolute(article.url),
    // The same article published again, or a copy elsewhere.
    sameAs: (article.related ?? [])
      .filter((related) => related.relation === 'same-article' || related.relation === 'mirror')
      .map((related) => absolute(related.url))
      .filter(Boolean),
    image: (article.photos ?? []).map((value) => absolute(value.src)).filter(Boolean),
    author: authors,
    publisher: publishers[0],
    about: events.length === 1 ? events[0] : events,
  });
}

/** Characters that can end or confuse an HTML script element, and the two that end a line in old JavaScript. */
const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * Serializes a JSON value so that it is safe as the whole text of a
 * `<script type="application/ld+json">` element written into HTML: `<`, `>`, `&`, U+2028 and
 * U+2029 are written as `\u` escapes, so no text of the data can close the element
 * (`</script>`), open a comment (`<!--`) or start a character reference. The result is still
 * JSON and parses back to the same value. These characters appear only inside JSON strings,
 * where the escape means the same character.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_UNSAFE[character]!);
}

/**
 * The JSON-LD of `toJsonLd(article, options)`, serialized to go between
 * `<script type="application/ld+json">` and `</script>` in HTML (server-side rendering, a static
 * site build) with nothing more done to it:
 *
 * ```js
 * html += `<script type="application/ld+json">${toJsonLdScript(event, { base: pageUrl })}</script>`;
 * ```
 *
 * In the DOM, `script.textContent = toJsonLdScript(event)` works too.
 */
export function toJsonLdScript(article: EventArticle, options: JsonLdOptions = {}): string {
  return serializeJsonLd(toJsonLd(article, options));
}
