/**
 * Calendar arithmetic on the model's dates without the traps of `Date`: `Date.UTC(y, …)` and
 * `new Date(y, …)` read the years 0–99 as 1900–1999, so a seminar of the year 0023 would be
 * shown, counted and published as 1923. Every `Date` built from a model date's parts goes
 * through `utcDate`.
 */

/** Midnight UTC of a day given by its parts (month 1–12); days past the month's end roll over. */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear takes the year as it is: 23 is the year 23, not 1923.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "YYYY-MM-DD" of a date, or undefined outside the years 0001–9999 the model can write. */
export function isoDay(date: Date): string | undefined {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return undefined;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The day `days` after a "YYYY-MM-DD" date, or undefined when it is not one or falls outside 0001–9999. */
export function addDays(date: string, days: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || !Number.isFinite(days)) return undefined;
  return isoDay(utcDate(Number(match[1]), Number(match[2]), Number(match[3]) + days));
}

/**
 * Whether `end` comes before `start`, compared on what both give: "2023-06" does not end before
 * "2023-06-29" (same month), "2023-05" does. Dates without a year ("--12-30" to "--01-02") are
 * not compared: such a range may cross the new year.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  if (start.startsWith('--') || end.startsWith('--')) return false;
  const length = Math.min(start.length, end.length);
  // "YYYY[-MM[-DD]]" compares as text once cut to the same precision.
  return end.slice(0, length) < start.slice(0, length);
}
