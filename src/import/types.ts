import type { EventArticle } from '../model/types.js';

/** What the caller knows about the article beyond its text. */
export interface ImportOptions {
  /** The page's address: relative image URLs of an HTML article are resolved against it (kept relative without it). */
  baseUrl?: string;
  /** ISO date of publication ("2023-07-03") if known outside the text: the year of dates printed without one, and `created` when the text gives none. */
  published?: string;
}

/**
 * One value the importer put into the draft (or could not find): where it went, the text it came
 * from, and whether the text says it plainly (`certain`) or the importer read it between the lines
 * (`guess`: an editor should check it).
 */
export interface ImportFinding {
  /** The model path the value went to, in the validator's notation: `seminars[0].participants.countries[3]`, `dates.start`; '' for the document. */
  path: string;
  /** The exact source text it came from; '' when the finding is about the whole input (empty, binary, not an article). */
  source: string;
  certainty: 'certain' | 'guess';
  /** English, for developers; the studio shows its own localized words. */
  message?: string;
}

export interface ImportResult {
  /**
   * The drafted event document. Required fields the text does not give stay empty (`title: ''`,
   * `seminars: []`) with a finding at their path, so the draft then fails validation there.
   */
  event: EventArticle;
  findings: ImportFinding[];
}
