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

/** Splits a model date ("2023-06-29", "2023-06", "2023", "--06-29") into what Intl needs. */
export function parsePartialDate(value: string): DateParts | undefined {
  const match = /^(?:(\d{4})|-)-?(\d{2})?-?(\d{2})?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  // Not Date.UTC: it reads the years 0–99 as 1900–1999 (the year 0023 would print as 1923).
  const date = utcDate(year ? Number(year) : 2000, month ? Number(month) : 1, day ? Number(day) : 1);
  if (Number.isNaN(date.getTime())) return undefined;
  const options: Intl.DateTimeFormatOptions = {};
  if (year) options.year = 'numeric';
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return { date, options, precision: `${year ? 'y' : ''}${month ? 'm' : ''}${day ? 'd' : ''}`, machine: value };
}

/** A date or a range of dates in the reader's language ("June 29, 2023", "29 de junio de 2023"). */
export function formatEventDate(start: string, end: string | undefined, locale: string): { text: string; machine: string } | undefined {
  const from = parsePartialDate(start);
  if (!from) return undefined;
  const to = end ? parsePartialDate(end) : undefined;
  const format = dateFormat(locale, from.precision, from.options);
  if (to && to.machine !== from.machine && to.precision === from.precision) {
    // Without a year, an end before the start is in the next year: "December 30 – January 2"
    // (formatRange would order the two, or print years no one wrote).
    if (!from.precision.includes('y') && to.date < from.date) return { text: `${format.format(from.date)} – ${format.format(to.date)}`, machine: `${from.machine}/${to.machine}` };
    // The validator refuses an end before the start; data that skipped it shows the start alone
    // rather than a range that runs backwards ("June 29 – 1, 2023").
    if (to.date >= from.date) return { text: format.formatRange(from.date, to.date), machine: `${from.machine}/${to.machine}` };
  }
  return { text: format.format(from.date), machine: from.machine };
}

/** "09:30" in the reader's convention ("9:30 AM", "09:30"). */
export function formatClockTime(value: string, locale: string): string {
  const [hours, minutes] = value.split(':').map(Number);
  return dateFormat(locale, 'clock', { hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}
