/**
 * From the outline to the draft: the document's own fields (title, dates, kind, format), then
 * each section of the model from its own reader (seminars, people, speeches, photos, credits).
 */
import type { EventArticle, EventDates } from '../model/types.js';
import { findDates, findTime, findZone, inferYear } from './dates.js';
import type { Findings } from './findings.js';
import type { Outline } from './outline.js';
import { findFormat, findKind } from './kind.js';
import { composeBody } from './sections.js';
import { findSeminars } from './seminars.js';
import { findAttendees, sentences } from './people.js';

/** What every article of the kind has at least one of: without any, the input is a page of another kind. */
const EVENT_WORDS = new RegExp(
  String.raw`\b(?:seminars?|workshops?|training|courses?|ceremony|forum|programme|program|` +
    String.raw`symposium|conference|participants|trainees)\b|研修|培训|研讨|开班|` +
    String.raw`结业|仪式|论坛|学员`,
  'i',
);

export function compose(outline: Outline, findings: Findings, publishedOption: string | undefined): EventArticle | undefined {
  const paragraphs = outline.body.filter((item) => item.type === 'paragraph').map((item) => item.text);
  const everything = [outline.title ?? '', ...outline.body.map((item) => ('text' in item ? item.text : ''))].join('\n');
  if (!EVENT_WORDS.test(everything)) {
    findings.add('', '', 'certain', 'nothing imported: the text does not read as an article about a seminar, workshop or ceremony');
    return undefined;
  }
  const chinese = (everything.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) > everything.length / 5;
  const event: EventArticle = { title: '', seminars: [] };
  event.lang = chinese ? 'zh-Hans' : 'en';
  findings.add('lang', '', 'guess', `the text is mostly in ${chinese ? 'Chinese' : 'English'}`);
  if (outline.section) {
    event.section = outline.section;
    findings.add('section', outline.section, 'certain');
  }
  if (outline.title && outline.title.length <= 500) {
    event.title = outline.title;
    findings.add(
      'title',
      outline.title,
      outline.titleFromPage ? 'guess' : 'certain',
      outline.titleFromPage ? "the HTML page's <title>: the article has no heading" : undefined,
    );
  } else
    findings.add(
      'title',
      outline.title ?? '',
      'guess',
      outline.title ? 'the first line is too long to be a title: write one' : 'the text has no title: write one',
    );

  const published = outline.published?.date ?? publishedOption;
  if (outline.published) {
    event.created = outline.published.date;
    findings.add('created', outline.published.source, 'certain');
  } else if (publishedOption) {
    event.created = publishedOption;
    findings.add('created', '', 'certain', 'the publication date given in the options');
  }

  const dates = composeDates(paragraphs.length ? paragraphs : everything.split('\n'), outline.title, published, findings);
  if (dates) event.dates = dates;
  else findings.add('dates', '', 'guess', 'the text prints no date of the event');

  const kind = findKind(outline.title ?? '', paragraphs.slice(0, 3).join('\n'));
  if (kind) {
    if (kind.kind) event.kind = kind.kind;
    if (kind.label) event.kindLabel = kind.label;
    findings.add(kind.kind ? 'kind' : 'kindLabel', kind.source, kind.certainty);
  }
  const format = findFormat(everything);
  if (format) {
    event.format = format.format;
    findings.add('format', format.source, format.certainty, format.certainty === 'guess' ? 'no wording says online or in person' : undefined);
    if (format.certainty === 'guess') event.inferred = ['format'];
  }

  event.seminars = findSeminars(outline, paragraphs, findings);
  const attendees = findAttendees(paragraphs, findings);
  if (attendees.length) event.attendees = attendees;
  const { speeches, narrative, photos } = composeBody(outline, event, findings);
  if (speeches.length) event.speeches = speeches;
  if (narrative.length) event.paragraphs = narrative;
  if (photos.length) event.photos = photos;
  const credits = outline.credits.map((credit, i) => {
    findings.add(`credits[${i}]`, credit.source, 'certain');
    return { role: credit.role, names: credit.names };
  });
  if (credits.length) event.credits = credits;
  return event;
}

/** The event's date: the first printed in the paragraphs (the title's when they print none), with the time of day and zone next to it. */
function composeDates(paragraphs: string[], title: string | undefined, published: string | undefined, findings: Findings): EventDates | undefined {
  for (const text of [...paragraphs, title ?? '']) {
    const date = findDates(text)[0];
    if (!date) continue;
    const dates: EventDates = { start: date.start, ...(date.end ? { end: date.end } : {}) };
    findings.add('dates.start', date.source, 'certain');
    if (date.end) findings.add('dates.end', date.source, 'certain');
    if (date.start.startsWith('--')) {
      const year = inferYear(date.start, published);
      if (year) {
        dates.inferredYear = year;
        findings.add('dates.inferredYear', date.source, 'guess', `no year printed: ${year}, from the publication date ${published}`);
      } else findings.add('dates.inferredYear', date.source, 'guess', 'no year printed, and no publication date to infer it from');
    }
    // The time and zone are read in the sentence of the date: "On the morning of June 29", "June 29, 2023 (GMT+8) at 9:30".
    const before = sentences(text.slice(0, date.index)).at(-1) ?? '';
    const after = sentences(text.slice(date.index + date.source.length))[0] ?? '';
    const around = `${before} ${after}`;
    const time = findTime(around);
    if (time) {
      dates.timeOfDay = time.timeOfDay;
      findings.add('dates.timeOfDay', time.source, 'certain');
    }
    const zone = findZone(around);
    if (zone) {
      dates.timeZone = zone.timeZone;
      dates.timeZoneLabel = zone.label;
      findings.add('dates.timeZone', zone.label, 'certain');
      findings.add('dates.timeZoneLabel', zone.label, 'certain');
    }
    return dates;
  }
  return undefined;
}
