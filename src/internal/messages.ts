/**
 * UI strings shared by several elements. Each is a function, so `msg()` runs at render time in
 * the active locale. Plural forms go through Intl.PluralRules; every form is its own message so
 * translators see whole phrases.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { EventFormat, EventKind } from '../model/types.js';
import type { LoadFailure } from './fetch-json.js';
import { byCountryName, countryName, listFormat, numberFormat, pluralRules } from './intl.js';
import { isolate } from './bidi.js';

export function participantsPhrase(count: number, locale: string): string {
  const n = numberFormat(locale).format(count);
  return pluralRules(locale).select(count) === 'one' ? msg(str`${n} participant`) : msg(str`${n} participants`);
}

/** "10 countries"; "at least 1 country" when the article names only some of them (`complete` false). */
export function countriesPhrase(count: number, locale: string, complete = true): string {
  const n = numberFormat(locale).format(count);
  const one = pluralRules(locale).select(count) === 'one';
  if (!complete) return one ? msg(str`at least ${n} country`) : msg(str`at least ${n} countries`);
  return one ? msg(str`${n} country`) : msg(str`${n} countries`);
}

/**
 * "31 participants from 10 countries", "31 participants from Portuguese-speaking countries", ...
 * `complete` false: the countries are only some of them ("from at least 1 country").
 */
export function participantsSummary(
  count: number | undefined,
  countryCount: number,
  region: string | undefined,
  locale: string,
  complete = true,
): string | undefined {
  const people = count === undefined ? undefined : participantsPhrase(count, locale);
  // The region is data ("Portuguese-speaking countries"), inside our sentence: isolated.
  const places = countryCount > 0 ? countriesPhrase(countryCount, locale, complete) : region === undefined ? undefined : isolate(region);
  if (people && places) return msg(str`${people} from ${places}`);
  if (people) return people;
  return places ? msg(str`Participants from ${places}`) : undefined;
}

/**
 * Country names in the reader's language and alphabetical order, as a list ("Bolivia, Brazil and
 * Cuba"); "Angola and other countries" when the list is not complete. `after` adds text after a
 * country's name (its states: "Nigeria (Lagos, Kano)").
 */
export function countryList(codes: readonly string[], locale: string, limit = Infinity, complete = true, after?: (code: string) => string): string {
  const names = byCountryName(codes, locale)
    .slice(0, limit)
    .map((code) => countryName(code, locale) + (after?.(code) ?? ''));
  const rest = codes.length - names.length;
  if (rest > 0) {
    const more = numberFormat(locale).format(rest);
    names.push(msg(str`${more} more`));
  }
  // The last item of the list, so that each language joins it as it joins names ("y", "和", "et").
  if (!complete) names.push(msg('other countries'));
  return listFormat(locale).format(names);
}

/**
 * Marks where data goes in one of our sentences: `dataSlot(0)` stands for the first value. The
 * sentence is translated with the marks in it, then `fillData` puts each value back in an element
 * of its own, with its own `lang` (a region in English inside a Chinese sentence is marked English).
 * Private-use characters: no translation and no data of the model contains them where it matters.
 */
export const dataSlot = (index: number) => String.fromCharCode(0xe000 + index);

/**
 * `sentence` with each `dataSlot(i)` replaced by `values[i]` in a span with its own `lang`,
 * isolated (`dir="auto"`, see src/internal/bidi.ts).
 */
export function withData(sentence: string, values: readonly { text: string; lang: string | undefined }[]): (string | TemplateResult)[] {
  return fillSlots(sentence, (slot) => {
    const value = values[slot];
    return value && html`<span lang=${ifDefined(value.lang)} dir="auto">${value.text}</span>`;
  });
}

/**
 * `sentence` cut at its `dataSlot(i)` characters, each replaced by `fill(i)` (left out when that
 * gives nothing): for data that is more than text in a span, such as links and `<time>`s.
 */
export function fillSlots(sentence: string, fill: (slot: number) => TemplateResult | undefined): (string | TemplateResult)[] {
  return sentence.split(/([\ue000-\ue0ff])/).flatMap<string | TemplateResult>((piece) => {
    if (piece.length === 1 && piece >= '\ue000' && piece <= '\ue0ff') {
      const filled = fill(piece.charCodeAt(0) - 0xe000);
      return filled ? [filled] : [];
    }
    return piece ? [piece] : [];
  });
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
