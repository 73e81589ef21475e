/**
 * The validator's problems in the studio's language. The validator words what it expected in
 * English for developers' consoles (src/model/validate.ts); the problems an editor meets most are
 * said here in their words, the others keep the validator's wording after a translated lead.
 */
import { msg, str } from '@lit/localize';
import type { Problem } from '../src/model/validate.js';

const KNOWN: [RegExp, () => string][] = [
  [/^a value \(required field\)$/, () => msg('This field is required.')],
  [/^a non-empty (string|URL|id)$/, () => msg('This field is required.')],
  [/^text: a non-empty string/, () => msg('Write some text here.')],
  [/^visible text/, () => msg('Write visible text, not only spaces or invisible characters.')],
  [/^a date "YYYY-MM-DD"/, () => msg('Write the date as 2023-06-29, 2023-06, 2023, or --06-29 when no year is printed.')],
  [/^a date that exists in the calendar$/, () => msg('This date does not exist in the calendar.')],
  [/^an end date on or after the start date$/, () => msg('The end date comes before the start date.')],
  [/^an ISO 3166-1 alpha-2 country code/, () => msg('Choose a country from the list.')],
  [/^a whole number$/, () => msg('Write a whole number.')],
  [/^at least one seminar$/, () => msg('An event needs at least one seminar.')],
  [/^at least one name$/, () => msg('Add at least one name.')],
  [/^a label for a credit of role "other"$/, () => msg('A credit of role “Other” needs a label.')],
  [/^a url or an id of the related article$/, () => msg('Give the related article’s web address or identifier.')],
  [/^a BCP 47 language tag/, () => msg('Write a language tag such as en, es, pt-BR, zh-Hans or fr.')],
  [/^a time of day/, () => msg('Write morning, afternoon, evening, or a time such as 09:30.')],
  [/^at least 1 day$/, () => msg('A seminar lasts at least one day.')],
];

export function problemText(problem: Problem): string {
  const known = KNOWN.find(([pattern]) => pattern.test(problem.expected));
  if (known) return known[1]();
  const expected = problem.expected;
  return msg(str`Expected ${expected}.`);
}
