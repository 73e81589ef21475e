/**
 * What a participant map shows, read from what it was given (a countries attribute, participants,
 * an event, visits, a host): codes, counts, unknown values, the region, cities and places, with every
 * problem reported once per kind. Pure: the element passes its properties, its locale and how to
 * report, and keeps the result.
 */
import { describeValue } from '../model/describe.js';
import { ownData } from '../model/harden.js';
import { isCountryCode } from '../model/iso-3166.js';
import { resolveText } from '../model/text.js';
import { summarizeParticipants } from '../model/summary.js';
import type { EventArticle, Participants, Subdivision, Visit } from '../model/types.js';
import type { MapInput } from './map-view.js';

/** What the element shows besides the drawing's input (the drawing ignores these). */
export interface ElementInput extends MapInput {
  /** False when the article names only some of the countries. */
  complete: boolean;
  subdivisions: Subdivision[];
  cities: { name: string; at: [number, number] | undefined; lang?: string | undefined }[];
  /** Visits the article does not place ("field visits"). */
  unplaced?: number;
}

/** The element's properties the input comes from. */
export interface MapSource {
  countries: string | undefined;
  participants: Participants | undefined;
  event: EventArticle | undefined;
  visits: Visit[] | undefined;
  host: string;
}

/** Reports a problem with the input in the house format (field, what was expected, what came). */
export type Report = (field: string, expected: string, received: string) => void;

/** Items of a console message about many entries: the first few, then how many more. */
function summarize(items: string[], shown = 5): string {
  return items.length > shown ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more` : items.join(', ');
}

/** The map's input; `empty` when a hand-written `countries` attribute names no country at all. */
export function readMapInput(source: MapSource, locale: string, report: Report): { input: ElementInput; empty: boolean } {
  // Read as own data only: on a page that added properties to Object.prototype, an absent field stays absent.
  const event = ownData(source.event);
  const givenParticipants = ownData(source.participants);
  const summary = event?.seminars ? summarizeParticipants(event) : undefined;
  const participants = givenParticipants ?? (event?.seminars ? event.seminars.find((s) => s.participants?.perCountry)?.participants : undefined);
  // An event whose seminars name a region or a count but no country gives no list at all (not an
  // empty one): nothing to complain about, the summary says what the article says.
  const given: unknown = givenParticipants
    ? givenParticipants.countries
    : summary
      ? summary.countries.length
        ? summary.countries
        : undefined
      : source.countries?.split(/[\s,]+/).filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  const list = Array.isArray(given) ? given : given === undefined ? [] : [given];
  if (given !== undefined && !Array.isArray(given)) report('participants.countries', 'an array of country codes', describeValue(given));
  // Counted, then reported once per kind of problem: a long list with many repeats or bad codes
  // gives two console lines, not one per entry.
  const repeats = new Map<string, number>();
  const bad: string[] = [];
  for (const value of list) {
    const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (codes.includes(code)) repeats.set(code, (repeats.get(code) ?? 1) + 1);
    else if (isCountryCode(code)) codes.push(code);
    else {
      // Text is named as unknown in the list; anything else is only reported in the console.
      if (typeof value === 'string') unknown.push(value);
      bad.push(describeValue(value));
    }
  }
  if (repeats.size) report('countries', 'each country once', summarize([...repeats].map(([code, n]) => `${code} ${n === 2 ? 'twice' : `${n} times`}`)));
  if (bad.length) report('countries', 'ISO 3166-1 alpha-2 country codes such as "BO"', summarize(bad));
  // Only the hand-written attribute can be wrong this way: the model allows an empty list (an
  // article that names no country), which shows what else is known and no empty map.
  const empty = !givenParticipants && !summary && given !== undefined && !list.length;
  if (empty) report('countries', 'at least one country code', JSON.stringify(source.countries));
  const counts: Record<string, number> = {};
  const badCounts: string[] = [];
  for (const [code, n] of Object.entries(participants?.perCountry ?? {})) {
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0) counts[code] = n;
    else {
      badCounts.push(code);
      report(`participants.perCountry.${code}`, 'a whole number of at least 0', describeValue(n));
    }
  }
  let count: number | undefined = givenParticipants ? givenParticipants.count : summary?.count;
  if (count !== undefined && !(typeof count === 'number' && Number.isInteger(count) && count >= 0)) {
    report('participants.count', 'a whole number of at least 0', describeValue(count));
    badCounts.push('');
    count = undefined;
  }
  const visits = ownData(source.visits) ?? event?.seminars?.flatMap((seminar) => seminar.visits ?? []) ?? [];
  const host = isCountryCode(source.host?.toUpperCase()) ? source.host.toUpperCase() : 'CN';
  if (host !== source.host?.toUpperCase()) report('host', 'an ISO 3166-1 alpha-2 country code', JSON.stringify(source.host));
  const input: ElementInput = {
    codes,
    counts,
    count,
    unknown,
    badCounts,
    host,
    region: givenParticipants?.region ?? summary?.region,
    complete: givenParticipants ? givenParticipants.countriesComplete !== false : (summary?.countriesComplete ?? true),
    subdivisions: (givenParticipants ? givenParticipants.subdivisions : summary?.subdivisions) ?? [],
    cities: citiesOf(visits, locale, event?.lang, report),
    unplaced: Array.isArray(visits)
      ? visits.filter((visit: Visit | null | undefined) => visit && typeof visit === 'object' && visit.city === undefined && visit.place === undefined).length
      : 0,
  };
  return { input, empty };
}

/** Cities to list (and, with coordinates, to draw); anything that is not a visit is reported and left out. */
function citiesOf(visits: unknown, locale: string, lang: string | undefined, report: Report): ElementInput['cities'] {
  if (!Array.isArray(visits)) {
    if (visits !== undefined) report('visits', 'an array of visits', describeValue(visits));
    return [];
  }
  // Array.from: a plain copy, whatever the given array carries (its own `constructor`, say).
  return Array.from(visits).flatMap((visit: Visit | null | undefined, index) => {
    // A place without its city ("Huawei headquarters") is listed by its own name.
    const given = visit && typeof visit === 'object' ? (visit.city ?? visit.place) : undefined;
    // A visit the article does not place (a field visit) is valid and counted apart.
    if (visit && typeof visit === 'object' && visit.city === undefined && visit.place === undefined) return [];
    const resolved = resolveText(given, locale, lang);
    const name = resolved?.text;
    if (!name) {
      report(`visits[${index}].city`, 'a city name', describeValue(given ?? visit));
      return [];
    }
    const lon = Number(visit!.coordinates?.lon);
    const lat = Number(visit!.coordinates?.lat);
    const valid = Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    // Only cities are drawn: a place's coordinates would need a label of its own.
    return [{ name, lang: resolved.lang, at: valid && visit!.city !== undefined ? ([lon, lat] as [number, number]) : undefined }];
  });
}
