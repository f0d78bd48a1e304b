/**
 * The arguments of the LOADLINE functions, read the way a worksheet hands them over: a cell's
 * number (a date is its serial, in the workbook's date system), text, a boolean, or nothing.
 *
 * - A **name** is text (or a number, read as its digits), matched ignoring case and the spaces
 *   around it, as the check matches names across sheets.
 * - A **date** is a date serial (any time of day is ignored) or ISO text "2026-03-02".
 * - A **week** is any date inside it (serial or ISO text), or an ISO week "2026-W10"; weeks
 *   start on Monday.
 */
import { dayFromParts, mondayOf, parseIsoDay, type Day } from '../../core/calendar';
import { dayFromSerial } from '../../workbook/coerce';
import { invalidValue, type FunctionAnswer } from './answer';

/** What a worksheet may pass for one argument. */
export type ArgumentValue = string | number | boolean | null | undefined;

/** The key a name is matched by: trimmed, lower case. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A name argument's key; #VALUE! when it is blank or not text or a number. */
export function readName(value: ArgumentValue, what: string): FunctionAnswer<string> {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : undefined;
  if (text === undefined || text.trim() === '') return invalidValue(`Give the ${what}'s name as text.`);
  return nameKey(text);
}

/** A date argument as a day; #VALUE! for anything else. */
export function readDay(value: ArgumentValue, what: string, date1904: boolean): FunctionAnswer<Day> {
  if (typeof value === 'number') {
    const day = dayFromSerial(value, date1904);
    return day ?? invalidValue(`${what} (${value}) is not a date Excel can show.`);
  }
  if (typeof value === 'string') {
    const day = parseIsoDay(value.trim());
    if (day !== undefined) return day;
  }
  return invalidValue(`Give ${what} as a date, or as text such as "2026-03-02".`);
}

/** The Monday of a week argument; #VALUE! for anything that is not a week. */
export function readWeek(value: ArgumentValue, date1904: boolean): FunctionAnswer<Day> {
  if (typeof value === 'string') {
    const monday = isoWeekMonday(value.trim());
    if (monday !== undefined) return monday;
  }
  const day = readDay(value, 'the week', date1904);
  if (typeof day !== 'number') return invalidValue('Give the week as a date inside it, or as text such as "2026-W10" or "2026-03-02".');
  return mondayOf(day);
}

/**
 * The Monday of an ISO week "YYYY-Www" (W in either case), undefined when the text is not one or
 * the year has no such week. ISO week 1 is the week holding 4 January.
 */
export function isoWeekMonday(text: string): Day | undefined {
  const match = /^(\d{4})-[Ww](\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, week] = [Number(match[1]), Number(match[2])];
  if (week < 1) return undefined;
  const monday = mondayOf(dayFromParts(year, 1, 4)) + (week - 1) * 7;
  // A year has 53 weeks only when week 53's Thursday is still in that year.
  const thursday = monday + 3;
  if (week > 52 && thursday >= dayFromParts(year + 1, 1, 1)) return undefined;
  return monday;
}
