/**
 * The largest document the model accepts, field by field. `validateEvent` refuses anything past
 * these (each problem names the limit and what came), and the JSON Schema carries them as
 * `maxLength`, `maxItems`, `maxProperties` and `maximum`.
 *
 * Why limits at all: the elements lay out whatever validates, so a 5 MB title made a card
 * 863,561 px tall and a 20 MB document froze the tab. Each number is far above what a real
 * article needs (the seed article's longest paragraph has under 1,000 characters, its title 251)
 * and low enough that a document at every limit still renders.
 *
 * Lengths count UTF-16 code units, as JavaScript's `length` does: an emoji counts as 2.
 */
export const LIMITS = Object.freeze({
  /** An article's title, a speech's heading, a seminar's name. */
  titleLength: 500,
  /**
   * Names and short labels: people's names and titles, organizations and their short names,
   * cities, regions, the venue, the section, credit and role labels, a time zone label, a photo's
   * credit and the people shown in it.
   */
  labelLength: 300,
  /** A photo's caption and alt text. */
  captionLength: 2_000,
  /** One paragraph, the summary, a speech's quote. */
  paragraphLength: 10_000,
  /** Ids, a speech's seminar reference, a time zone. */
  idLength: 200,
  /** A URL (`url`, a photo's `src`, an organization's `url`, `$schema`): room for a small data:image thumbnail. */
  urlLength: 100_000,
  /** A language tag ("pt-BR"): the length BCP 47 asks every implementation to support. */
  languageTagLength: 35,
  /** Languages in one text map (`{"en": …, "zh-Hans": …}`). */
  languagesPerText: 50,
  /** Seminars of one article. */
  seminars: 50,
  /** Speeches of one article. */
  speeches: 200,
  /** Paragraphs of the article, and of each speech. */
  paragraphs: 500,
  /** Photos of the article. */
  photos: 500,
  /** Attendees of the article, and people named in one photo. */
  people: 1_000,
  /** Credits of the article. */
  credits: 50,
  /** Names in one credit. */
  namesPerCredit: 100,
  /** Countries in one list (`participants.countries`, `perCountry`): each assigned ISO 3166-1 code once. */
  countries: 249,
  /** Visits of one seminar. */
  visits: 200,
  /** Units below a country in one participants entry (`participants.subdivisions`). */
  subdivisions: 500,
  /** Other names of one seminar (`alternateNames`). */
  alternateNames: 20,
  /** Fields marked as inferred (`inferred`). */
  inferredFields: 50,
  /** Related articles of one article (`related`). */
  related: 50,
  /** Media-coverage items of one article (`coverage`). */
  coverage: 200,
  /** A number of participants (`count`, each `perCountry` value). */
  participants: 1_000_000,
  /** A seminar's `durationDays`: about ten years. */
  durationDays: 3_660,
  /** A photo's `width` or `height` in pixels. */
  pixels: 100_000,
});

/** 5000000 → "5,000,000": limits and sizes in problems read as numbers, not digit strings. */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
