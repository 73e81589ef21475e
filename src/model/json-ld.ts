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

function addDays(date: string, days: number): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** Drops undefined fields so the output is plain JSON. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/**
 * schema.org data for search engines: the article as a `NewsArticle` about one `Event` per
 * seminar. Text is taken in `locale` (with the model's fallback order). URLs are resolved
 * against `base` (the article page's address). Put the result in a
 * `<script type="application/ld+json">` with `JSON.stringify`.
 */
export function toJsonLd(article: EventArticle, options: { locale?: string; base?: string } = {}): JsonLd {
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
  const organization = (value: Organization) => compact({ '@type': 'Organization', name: text(value.name), alternateName: text(value.shortName), url: absolute(value.url) });
  const start = isoDate(article.dates?.start);
  const photo = leadPhoto(article);
  const events = article.seminars.map((seminar) => {
    const organizers = [seminar.organizer, seminar.host].filter((value): value is Organization => value !== undefined);
    const end = isoDate(article.dates?.end) ?? (start && seminar.durationDays ? addDays(start, seminar.durationDays - 1) : start);
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
      description: text(article.summary),
      startDate: isoDate(seminar.startDate) ?? start,
      endDate: isoDate(seminar.endDate) ?? end,
      eventAttendanceMode: ATTENDANCE[article.format ?? ''],
      eventStatus: 'https://schema.org/EventScheduled',
      location,
      organizer: organizers.map(organization),
      image: photo ? absolute(photo.src) : undefined,
      audience: seminar.participants?.region ? { '@type': 'Audience', audienceType: text(seminar.participants.region) } : undefined,
    });
  });
  const authors = (article.credits ?? []).filter((credit) => credit.role === 'writer').flatMap((credit) => credit.names.map((name) => ({ '@type': 'Person', name: text(name) })));
  const publishers = organizationsIn(article, 'organizer').map(organization);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(article.title),
    articleSection: text(article.section),
    inLanguage: article.lang,
    datePublished: isoDate(article.created),
    description: text(article.summary),
    url: absolute(article.url),
    image: (article.photos ?? []).map((value) => absolute(value.src)).filter(Boolean),
    author: authors,
    publisher: publishers[0],
    about: events.length === 1 ? events[0] : events,
  });
}
