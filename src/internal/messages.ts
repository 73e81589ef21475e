/**
 * UI strings shared by several elements. Each is a function, so `msg()` runs at render time in
 * the active locale. Plural forms go through Intl.PluralRules; every form is its own message so
 * translators see whole phrases.
 */
import { msg, str } from '@lit/localize';
import type { EventFormat, EventKind } from '../model/types.js';
import type { LoadFailure } from './fetch-json.js';
import { byCountryName, countryName, listFormat, numberFormat, pluralRules } from './intl.js';
import { isolate } from './bidi.js';

export function participantsPhrase(count: number, locale: string): string {
  const n = numberFormat(locale).format(count);
  return pluralRules(locale).select(count) === 'one' ? msg(str`${n} participant`) : msg(str`${n} participants`);
}

export function countriesPhrase(count: number, locale: string): string {
  const n = numberFormat(locale).format(count);
  return pluralRules(locale).select(count) === 'one' ? msg(str`${n} country`) : msg(str`${n} countries`);
}

/** "31 participants from 10 countries", "31 participants from Portuguese-speaking countries", ... */
export function participantsSummary(count: number | undefined, countryCount: number, region: string | undefined, locale: string): string | undefined {
  const people = count === undefined ? undefined : participantsPhrase(count, locale);
  // The region is data ("Portuguese-speaking countries"), inside our sentence: isolated.
  const places = countryCount > 0 ? countriesPhrase(countryCount, locale) : region === undefined ? undefined : isolate(region);
  if (people && places) return msg(str`${people} from ${places}`);
  if (people) return people;
  return places ? msg(str`Participants from ${places}`) : undefined;
}

/** Country names in the reader's language and alphabetical order, as a list ("Bolivia, Brazil and Cuba"). */
export function countryList(codes: readonly string[], locale: string, limit = Infinity): string {
  const names = byCountryName(codes, locale).slice(0, limit).map((code) => countryName(code, locale));
  const rest = codes.length - names.length;
  if (rest > 0) {
    const more = numberFormat(locale).format(rest);
    names.push(msg(str`${more} more`));
  }
  return listFormat(locale).format(names);
}

export function formatLabel(format: EventFormat | undefined): string | undefined {
  switch (format) {
    case 'online':
      return msg('Online');
    case 'in-person':
      return msg('In person');
    case 'hybrid':
      return msg('Online and in person');
    default:
      return undefined;
  }
}

export function kindLabel(kind: EventKind | undefined): string | undefined {
  switch (kind) {
    case 'opening-ceremony':
      return msg('Opening ceremony');
    case 'closing-ceremony':
      return msg('Closing ceremony');
    case 'opening-and-closing':
      return msg('Opening and closing ceremonies');
    case 'ministerial-workshop':
      return msg('Ministerial workshop');
    case 'seminar':
      return msg('Seminar');
    case 'meeting':
      return msg('Meeting');
    case 'visit':
      return msg('Visit');
    case 'media-coverage':
      return msg('Media coverage');
    default:
      return undefined;
  }
}

export function timeOfDayLabel(value: string): string | undefined {
  switch (value) {
    case 'morning':
      return msg('in the morning');
    case 'afternoon':
      return msg('in the afternoon');
    case 'evening':
      return msg('in the evening');
    default:
      return undefined;
  }
}

export function durationLabel(days: number, locale: string): string {
  const n = numberFormat(locale).format(days);
  return pluralRules(locale).select(days) === 'one' ? msg(str`${n} day`) : msg(str`${n} days`);
}

/**
 * Why a request failed, for an error state: shared by every element that loads data. `notFound` and
 * `notData` name what was asked for ("The server did not find the map data."). Any failure other
 * than http, timeout, network and too-large means the answer was not that data (or not text that
 * can be trusted, for `charset`).
 */
export function loadFailureText(failure: LoadFailure, status: number | undefined, what: { notFound: string; notData: string }): string {
  switch (failure) {
    case 'too-large':
      return msg('The data is too large to load.');
    case 'http':
      return status !== undefined && status >= 500 ? msg('The server had a problem.') : what.notFound;
    case 'timeout':
      return msg('The server took too long to answer.');
    case 'network':
      return msg('Check your connection.');
    case 'content-type':
    case 'json':
    case 'charset':
    case 'geometry':
      return what.notData;
  }
}
