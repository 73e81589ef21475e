import { utcDate } from '../model/calendar.js';
import { dateFormat } from './intl.js';

interface DateParts {
  date: Date;
  options: Intl.DateTimeFormatOptions;
  /** Which of year, month and day the date gives ("ymd", "ym", "md"...): names `options`. */
  precision: string;
  /** Value for `<time datetime>`. */
  machine: string;
}

/**
 * Splits a model date ("2023-06-29", "2023-06", "2023", "--06-29") into what Intl needs. A date
 * printed without its year takes `year` when one is known (the model's `dates.inferredYear`).
 */
export function parsePartialDate(value: string, year?: number): DateParts | undefined {
  const match = /^(?:(\d{4})|-)-?(\d{2})?-?(\d{2})?$/.exec(value);
  if (!match) return undefined;
  const [, printedYear, month, day] = match;
  const known = printedYear ? Number(printedYear) : year !== undefined && Number.isInteger(year) && year >= 1 && year <= 9999 ? year : undefined;
  // Not Date.UTC: it reads the years 0–99 as 1900–1999 (the year 0023 would print as 1923).
  const date = utcDate(known ?? 2000, month ? Number(month) : 1, day ? Number(day) : 1);
  if (Number.isNaN(date.getTime())) return undefined;
  const options: Intl.DateTimeFormatOptions = {};
  if (known !== undefined) options.year = 'numeric';
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  // `<time datetime>` takes a year, a month, a date or a yearless date ("--06-29"): with an
  // inferred year, the whole date the reader is shown.
  const machine = known !== undefined && !printedYear ? `${String(known).padStart(4, '0')}${value.slice(1)}` : value;
  return { date, options, precision: `${known !== undefined ? 'y' : ''}${month ? 'm' : ''}${day ? 'd' : ''}`, machine };
}

/** A piece of a formatted date: text, and the `<time datetime>` value when the piece is one date. */
export interface DateSegment {
  text: string;
  datetime?: string;
}

/**
 * A date or a range of dates in the reader's language ("June 29, 2023", "29 de junio de 2023"),
 * as one text and as segments: each date of a range is its own segment with its own machine
 * value, since `<time datetime>` takes one date, not a range. `year` is the year of dates
 * printed without one (an end before the start is then in the next year).
 */
export function formatEventDate(
  start: string,
  end: string | undefined,
  locale: string,
  year?: number,
): { text: string; machine: string; segments: DateSegment[] } | undefined {
  const from = parsePartialDate(start, year);
  if (!from) return undefined;
  let to = end ? parsePartialDate(end, year) : undefined;
  // "December 30 – January 2" with the year inferred: the end is in the next year.
  if (to && year !== undefined && end!.startsWith('--') && start.startsWith('--') && to.date < from.date) to = parsePartialDate(end!, year + 1);
  const format = dateFormat(locale, from.precision, from.options);
  const single = (): { text: string; machine: string; segments: DateSegment[] } => {
    const text = format.format(from.date);
    return { text, machine: from.machine, segments: [{ text, datetime: from.machine }] };
  };
  if (!to || to.machine === from.machine || to.precision !== from.precision) return single();
  // Without a year, an end before the start is in the next year: "December 30 – January 2"
  // (formatRange would order the two, or print years no one wrote).
  if (!from.precision.includes('y') && to.date < from.date) return joined(format, from, to, ' – ');
  // The validator refuses an end before the start; data that skipped it shows the start alone
  // rather than a range that runs backwards ("June 29 – 1, 2023").
  if (to.date < from.date) return single();
  const parts = format.formatRangeToParts(from.date, to.date);
  // Some locales' range patterns are in another style than their single dates (Chinese gives
  // "2019/6/27 – 2019/7/10" beside "2019年6月27日"): then each date as a single date, joined by the
  // range's own separator.
  if (!sameStyle(format, parts, from.date, to.date)) {
    let separator =
      parts.find((part, index) => part.source === 'shared' && part.type === 'literal' && parts[index - 1]?.source === 'startRange')?.value ?? ' – ';
    // Firefox's literal between the dates carries the end of the first one ("日 – "), which the
    // single date already has.
    const ending = format.formatToParts(from.date).at(-1);
    if (ending?.type === 'literal' && separator.startsWith(ending.value)) separator = separator.slice(ending.value.length);
    return joined(format, from, to, separator || ' – ');
  }
  const segments: DateSegment[] = [];
  for (const part of parts) {
    const datetime = part.source === 'startRange' ? from.machine : part.source === 'endRange' ? to.machine : undefined;
    const last = segments.at(-1);
    if (last && last.datetime === datetime) last.text += part.value;
    else segments.push(datetime ? { text: part.value, datetime } : { text: part.value });
  }
  return { text: parts.map((part) => part.value).join(''), machine: from.machine, segments };
}

function joined(format: Intl.DateTimeFormat, from: DateParts, to: DateParts, separator: string) {
  const first = format.format(from.date);
  const second = format.format(to.date);
  return {
    text: `${first}${separator}${second}`,
    machine: from.machine,
    segments: [{ text: first, datetime: from.machine }, { text: separator }, { text: second, datetime: to.machine }],
  };
}

/**
 * Whether a range is written in the style of its single dates: every literal of the range (but
 * the separator between the two dates) is one the single dates use too, and every month is
 * written as they write it. Chromium's Chinese ranges use "/" where single dates use 年, 月 and 日;
 * Firefox's write 六月 where single dates write 6月.
 */
function sameStyle(format: Intl.DateTimeFormat, parts: Intl.DateTimeRangeFormatPart[], from: Date, to: Date): boolean {
  const singles = [...format.formatToParts(from), ...format.formatToParts(to)];
  const literals = new Set(singles.filter((part) => part.type === 'literal').map((part) => part.value.trim()));
  const months = new Set(singles.filter((part) => part.type === 'month').map((part) => part.value));
  return parts.every(
    (part, index) =>
      (part.type === 'month' && months.has(part.value)) ||
      (part.type === 'literal' && (literals.has(part.value.trim()) || (part.source === 'shared' && parts[index - 1]?.source === 'startRange'))) ||
      (part.type !== 'month' && part.type !== 'literal'),
  );
}

/** "09:30" in the reader's convention ("9:30 AM", "09:30"). */
export function formatClockTime(value: string, locale: string): string {
  const [hours, minutes] = value.split(':').map(Number);
  return dateFormat(locale, 'clock', { hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}
