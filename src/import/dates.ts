/**
 * Dates as the articles print them, in English and Chinese: "On the morning of June 29, 2023",
 * "September 17,2021(GMT+8)", "May 23" (no year), "29 June 2023", "June 29 - July 19, 2023",
 * "2023年6月29日上午", "6月29日至7月19日"; the time of day ("morning", "9:30 a.m.", 下午) and the
 * time zone wording ("(GMT+8)", "Beijing time", 北京时间) next to them.
 */
import { daysInMonth } from '../model/calendar.js';

export interface FoundDate {
  /** "YYYY-MM-DD", or "--MM-DD" when the year was not printed. */
  start: string;
  end?: string;
  /** The exact text of the date (and its range). */
  source: string;
  /** Where the date starts in the searched text. */
  index: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const TO = '\\s*(?:-|–|—|~|to|until|through|till)\\s*';

/** "June 29, 2023", "June 29 - July 19, 2023", "July 5 to 18, 2024", "May 23". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+${DAY}(?:${TO}(?:${MONTH}\\s+)?${DAY})?(?![\\d:])(?:(?:\\s*,\\s*|\\s+)${YEAR}\\b)?`, 'gi');
/** "29 June 2023", "29 June - 19 July 2023", "3-5 May 2024". */
const DAY_FIRST = new RegExp(`\\b${DAY}(?:${TO}${DAY}(?:\\s+${MONTH})?)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}\\b)?`, 'gi');
/** "2023年6月29日", "6月29日至7月19日", "2023年6月29日至7月1日", "6月29日-7月1日". */
const CHINESE = new RegExp(
  String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(?:至|` +
    String.raw`到|-|–|—|~)\s*(?:(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号])?`,
  'g',
);
/** "2023-06-29", "2023/06/29", "2023.06.29". */
const NUMERIC = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** A date of the model from its parts, or undefined when the day does not exist. */
function dateOf(year: number | undefined, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return undefined;
  if (year !== undefined && (year < 1900 || year > 2200)) return undefined;
  return year === undefined ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

const MAX_DATES = 200;

/** The dates printed in `text` (the first 200 of each form), in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (match: RegExpExecArray, start: string | undefined, end: string | undefined) => {
    // The event's date is among the first printed: a text of thousands of dates is not read further (the overlap check is quadratic).
    if (!start || found.length >= MAX_DATES) return;
    // One stretch of text is one date: "June 29, 2023" is not also read as "29, 2023 ...".
    if (found.some((other) => match.index < other.index + other.source.length && other.index < match.index + match[0].length)) return;
    found.push({ start, ...(end && end !== start ? { end } : {}), source: match[0].trim(), index: match.index });
  };
  for (const match of text.matchAll(CHINESE)) {
    const [, y1, m1, d1, y2, m2, d2] = match;
    const year = y1 ? Number(y1) : undefined;
    const endYear = y2 ? Number(y2) : year;
    add(match, dateOf(year, Number(m1), Number(d1)), d2 ? dateOf(endYear, Number(m2 ?? m1), Number(d2)) : undefined);
  }
  for (const match of text.matchAll(NUMERIC)) add(match, dateOf(Number(match[1]), Number(match[2]), Number(match[3])), undefined);
  for (const match of text.matchAll(MONTH_FIRST)) {
    const [, m1, d1, m2, d2, y] = match;
    const year = y ? Number(y) : undefined;
    add(match, dateOf(year, monthOf(m1!), Number(d1)), d2 ? dateOf(year, m2 ? monthOf(m2) : monthOf(m1!), Number(d2)) : undefined);
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const [, d1, d2, m1, m2, y] = match;
    const year = y ? Number(y) : undefined;
    // "29 June - 19 July": m1 is the first month; "3-5 May": only m2 is printed.
    const firstMonth = m1 && m2 ? m1 : (m2 ?? m1)!;
    add(match, dateOf(year, monthOf(firstMonth), Number(d1)), d2 ? dateOf(year, monthOf(m2 ?? m1!), Number(d2)) : undefined);
  }
  for (const date of found) {
    // A range whose start has no year takes the end's ("June 29 - July 19, 2023").
    if (date.start.startsWith('--') && date.end && !date.end.startsWith('--')) {
      const year = Number(date.end.slice(0, 4));
      // "December 28 - January 3, 2024" starts in the year before.
      date.start = `${date.start.slice(2) > date.end.slice(5) ? year - 1 : year}${date.start.slice(1)}`;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The publication date of a line such as "creation date:2023-07-03", "发布时间：2023年7月3日", "Published: July 3, 2023". */
export const PUBLISHED_LINE = new RegExp(
  String.raw`^(?:creation date|created|date published|published(?: on)?|publication date|` +
    String.raw`release date|posted(?: on)?|date|发布时间|发布日期|发表时间|` +
    String.raw`日期|时间)\s*[:：]?\s*(.{6,40})$`,
  'i',
);

/** The year to read a date printed without one in, from the publication date: the event is before it or shortly after. */
export function inferYear(monthDay: string, published: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const [month, day] = monthDay.replace(/^--/, '').split('-').map(Number);
  const printedDay = (month! - 1) * 31 + day!;
  const publishedDay = (Number(match[2]) - 1) * 31 + Number(match[3]);
  // More than two months after publication: the event was in the year before (a December event
  // reported in January).
  return printedDay - publishedDay > 62 ? year - 1 : year;
}

export interface FoundTime {
  timeOfDay: string;
  source: string;
}

const PART_OF_DAY: Record<string, 'morning' | 'afternoon' | 'evening'> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'evening',
  上午: 'morning',
  早上: 'morning',
  早晨: 'morning',
  下午: 'afternoon',
  晚上: 'evening',
  晚: 'evening',
  傍晚: 'evening',
};

/** The time of day near a date: a clock time ("9:30 a.m.", "14:00", 上午9点30分) wins over a part of the day ("On the morning of"). */
export function findTime(around: string): FoundTime | undefined {
  const clock = /\b(\d{1,2})[:：.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?(?![\d])/i.exec(around);
  if (clock) {
    let hours = Number(clock[1]);
    const minutes = Number(clock[2]);
    const meridiem = clock[3]?.toLowerCase().replace(/\./g, '');
    if (meridiem === 'pm' && hours < 12) hours += 12;
    if (meridiem === 'am' && hours === 12) hours = 0;
    if (hours < 24 && minutes < 60) return { timeOfDay: `${pad(hours)}:${pad(minutes)}`, source: clock[0].trim() };
  }
  const chineseClock = /(上午|下午|晚上)?\s*(\d{1,2})\s*[时点](?:\s*(\d{1,2})\s*分|半)?/.exec(around);
  if (chineseClock) {
    let hours = Number(chineseClock[2]);
    const minutes = chineseClock[0].endsWith('半') ? 30 : Number(chineseClock[3] ?? 0);
    if ((chineseClock[1] === '下午' || chineseClock[1] === '晚上') && hours < 12) hours += 12;
    if (hours < 24 && minutes < 60) return { timeOfDay: `${pad(hours)}:${pad(minutes)}`, source: chineseClock[0].trim() };
  }
  const part = /\b(morning|afternoon|evening|night)\b|(上午|早上|早晨|下午|傍晚|晚上)/i.exec(around);
  if (part) return { timeOfDay: PART_OF_DAY[(part[1] ?? part[2])!.toLowerCase()]!, source: part[0] };
  return undefined;
}

export interface FoundZone {
  timeZone: string;
  label: string;
}

/** The time zone printed near a date: "(GMT+8)", "UTC+08:00", "Beijing time", 北京时间. */
export function findZone(around: string): FoundZone | undefined {
  const offset = /\(?\b(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?\)?/i.exec(around);
  if (offset) {
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? 0);
    if (hours <= 14 && minutes < 60) {
      const sign = offset[1] === '+' ? '+' : '-';
      return { timeZone: `${sign}${pad(hours)}:${pad(minutes)}`, label: offset[0].trim() };
    }
  }
  const named = /\(?\bBeijing [Tt]ime\b\)?|\(?北京时间\)?|\(?\bChina Standard Time\b\)?/.exec(around);
  if (named) return { timeZone: 'Asia/Shanghai', label: named[0] };
  return undefined;
}
