/**
 * The calendar: dates as day numbers. A `Day` is the count of days since 1970-01-01, so it has no
 * time zone and no daylight-saving hour; the hot loops work on integers and arrays indexed by day.
 * Text (ISO dates, ISO weeks, months) is made by hand from the UTC calendar: a check and its
 * suggestions' re-checks name thousands of dates, and date-fns' format was a tenth of the time.
 * test/core/calendar.test.ts compares every day of two centuries with date-fns.
 */

/** Days since 1970-01-01. Day 0 is a Thursday. */
export type Day = number;

/** Weekday of a day: 0 = Monday … 6 = Sunday. */
export function weekday(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday on or before a day. */
export function mondayOf(day: Day): Day {
  return day - weekday(day);
}

/** The Sunday on or after a day. */
export function sundayOf(day: Day): Day {
  return mondayOf(day) + 6;
}

/** The day of a calendar date (month 1..12). */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / 86_400_000);
}

/** 9999-12-31: the last date Excel shows, and the last whose ISO text has a four-digit year. */
export const LAST_DAY: Day = 2_932_896;

/** Year, month (1..12) and day of month of a day. */
export function partsOfDay(day: Day): { year: number; month: number; dayOfMonth: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}

/** ISO date text, e.g. "2026-03-02". */
export function isoDate(day: Day): string {
  const { year, month, dayOfMonth } = partsOfDay(day);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** ISO week name, e.g. "2026-W10": the week belongs to the year of its Thursday. */
export function isoWeekName(day: Day): string {
  const thursday = mondayOf(day) + 3;
  const { year } = partsOfDay(thursday);
  const week = Math.floor((thursday - dayFromParts(year, 1, 1)) / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}`;
}

/** Calendar month key, e.g. "2026-03". */
export function monthKey(day: Day): string {
  const { year, month } = partsOfDay(day);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/** Parses strict ISO "YYYY-MM-DD"; undefined when it is not a real date. */
export function parseIsoDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, dayOfMonth)) return undefined;
  return dayFromParts(year, month, dayOfMonth);
}

/** True when year-month-day names a real calendar date (no 31 April, no 29 Feb 2027). */
export function isRealDate(year: number, month: number, dayOfMonth: number): boolean {
  if (month < 1 || month > 12 || dayOfMonth < 1) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return dayOfMonth <= days;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as people read it in a message, e.g. "29 May 2026". */
export function displayDate(day: Day): string {
  const { year, month, dayOfMonth } = partsOfDay(day);
  return `${dayOfMonth} ${MONTH_NAMES[month - 1]} ${year}`;
}
