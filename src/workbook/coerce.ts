/**
 * Cell coercion: turns what people type into numbers, percentages, dates and text, or says why
 * it cannot. Returns values, never throws: the reader turns a failure into a Diagnostic.
 */
// Per-function entry points: the package index makes Node load all of date-fns (~230 modules,
// about 35 ms of every CLI start); webpack tree-shakes either way.
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { dayFromParts, isRealDate, type Day } from '../core/calendar';
import type { DiagnosticCode } from '../core/diagnostics';
import type { CellValue } from './grid';
import { isCellError } from './grid';
import type { LocaleRules } from './locale-rules';

/** A successfully read value, a blank cell, or a failure with the code and wording to report. */
export type Coerced<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: true; readonly value: null }
  | { readonly ok: false; readonly code: DiagnosticCode; readonly message: string };

const BLANK = { ok: true, value: null } as const;

function fail(code: DiagnosticCode, message: string): { ok: false; code: DiagnosticCode; message: string } {
  return { ok: false, code, message };
}

/** True for null, undefined and text that is only whitespace. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Shortens a value for a message: long text is cut, so a diagnostic stays one line. */
export function showValue(value: CellValue | undefined): string {
  if (isCellError(value)) return value.error;
  // Excel cells cannot hold NaN or Infinity, but an adapter bug could pass one: never print it.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'an invalid number';
  const text = typeof value === 'string' ? `"${value}"` : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * A number for a message: rounded to `decimals`, in Excel's scientific notation when it is too
 * large to read (1.00E+308), never "Infinity" or "NaN".
 *
 * @example
 * showNumber(12.345) // "12.35"
 * showNumber(1e308)  // "1.00E+308"
 */
export function showNumber(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return 'an invalid number';
  if (Math.abs(n) >= 1e15) return n.toExponential(2).toUpperCase();
  const scale = 10 ** decimals;
  return String(Math.round(n * scale) / scale);
}

/**
 * A fraction as a percentage for a message, e.g. 0.125 → "12.5 %". A fraction so large that
 * its percentage is not a finite number reads as "more than 1.80E+308 %" (or "less than -…").
 */
export function showPercent(fraction: number): string {
  const percent = fraction * 100;
  if (Number.isFinite(fraction) && !Number.isFinite(percent)) {
    return fraction > 0 ? `more than ${showNumber(Number.MAX_VALUE)} %` : `less than ${showNumber(-Number.MAX_VALUE)} %`;
  }
  return `${showNumber(percent)} %`;
}

/** Text of a cell: strings trimmed, numbers and booleans as Excel shows them in General format. */
export function coerceText(value: CellValue | undefined): Coerced<string> {
  if (isBlank(value)) return BLANK;
  if (isCellError(value)) return fail('CELL_ERROR_VALUE', `holds the error value ${value.error}`);
  if (typeof value === 'string') return { ok: true, value: value.trim() };
  // Excel cells cannot hold NaN or Infinity, but an adapter bug could pass one: never make "NaN" a name.
  if (typeof value === 'number' && !Number.isFinite(value)) return fail('NOT_A_NUMBER', `holds ${showValue(value)}`);
  return { ok: true, value: String(value) };
}

// Currency symbols and codes people put in money cells, before or after the amount (with or
// without a space of any kind); a unit suffix people put in hour cells.
const CURRENCY = /^(?:[€$£¥₹]|eur|usd|gbp|aud|nzd|cad|chf|jpy|inr|fr\.)\s*|\s*(?:[€$£¥₹]|eur|usd|gbp|aud|nzd|cad|chf|jpy|inr|fr\.)$/i;
const UNIT = /\s*(?:h|hr|hrs|hour|hours)$/i;
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Parses numeric text such as "40", "40h", "1,234.50" or "€12,000"; undefined when it is not a
 * number. With a locale, its separators come first ("1.234,50 €" in de-DE, "1 234,5" in fr-FR,
 * "1'234.5" in de-CH); text the locale cannot read falls back to the rules above, so setting a
 * locale never makes a readable cell unreadable ("37.5" still reads as 37.5 in de-DE).
 */
export function parseNumericText(text: string, locale: LocaleRules | null = null): number | undefined {
  if (locale !== null) {
    const n = parseLocaleNumber(text, locale);
    if (n !== undefined) return n;
  }
  let cleaned = text.trim().replace(CURRENCY, '').replace(UNIT, '').trim();
  // Thousands separators: only commas between digit groups of three ("1,234,567.5").
  if (/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  cleaned = cleaned.replace(/\s+/g, '');
  if (!NUMBER.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

const localePatterns = new Map<string, { grouped: RegExp; plain: RegExp }>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Numeric text in a locale's own form: digits in groups of three, the locale's decimal separator. */
function parseLocaleNumber(text: string, locale: LocaleRules): number | undefined {
  let patterns = localePatterns.get(locale.tag);
  if (!patterns) {
    const group = `[${locale.groups.map(escapeRegExp).join('')}]`;
    const decimal = escapeRegExp(locale.decimal);
    patterns = {
      grouped: new RegExp(`^\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d+)?$`),
      plain: new RegExp(`^(?:\\d+(?:${decimal}\\d*)?|${decimal}\\d+)$`),
    };
    localePatterns.set(locale.tag, patterns);
  }
  // U+2212 is the minus sign some locales format with.
  const cleaned = text.trim().replace(/\u2212/g, '-').replace(CURRENCY, '').replace(UNIT, '').trim();
  const sign = cleaned.startsWith('-') ? -1 : 1;
  const digits = /^[-+]/.test(cleaned) ? cleaned.slice(1).trim() : cleaned;
  if (!patterns.grouped.test(digits) && !patterns.plain.test(digits)) return undefined;
  let plain = '';
  for (const ch of digits) {
    if (ch === locale.decimal) plain += '.';
    else if (!locale.groups.includes(ch)) plain += ch;
  }
  const n = sign * Number(plain);
  return Number.isFinite(n) ? n + 0 : undefined;
}

/** A number from a number cell or numeric text; a locale says how the text is written. */
export function coerceNumber(value: CellValue | undefined, locale: LocaleRules | null = null): Coerced<number> {
  if (isBlank(value)) return BLANK;
  if (isCellError(value)) return fail('CELL_ERROR_VALUE', `holds the error value ${value.error}`);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : fail('NOT_A_NUMBER', `${showValue(value)} is not a number`);
  }
  if (typeof value === 'string') {
    const n = parseNumericText(value, locale);
    if (n !== undefined) return { ok: true, value: n };
  }
  return fail('NOT_A_NUMBER', `${showValue(value)} is not a number`);
}

/**
 * A percentage as a fraction (0.5 = 50 %). A number in a cell formatted as a percentage is already
 * a fraction; otherwise a number ≤ 1 is a fraction and a number above 1 is a percentage, so 0.5,
 * "50%" and 50 all mean 50 %. The sign may come before or after, with any space ("80 %", "%80").
 */
export function coercePercent(value: CellValue | undefined, numberFormat?: string | null, locale: LocaleRules | null = null): Coerced<number> {
  if (isBlank(value)) return BLANK;
  if (isCellError(value)) return fail('CELL_ERROR_VALUE', `holds the error value ${value.error}`);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('NOT_A_PERCENT', `${showValue(value)} is not a percentage`);
    if (numberFormat && numberFormat.includes('%')) return { ok: true, value };
    return { ok: true, value: value <= 1 ? value : value / 100 };
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.endsWith('%') || text.startsWith('%')) {
      const n = parseNumericText(text.endsWith('%') ? text.slice(0, -1) : text.slice(1), locale);
      if (n !== undefined) return { ok: true, value: n / 100 };
    } else {
      const n = parseNumericText(text, locale);
      if (n !== undefined) return { ok: true, value: n <= 1 ? n : n / 100 };
    }
  }
  return fail('NOT_A_PERCENT', `${showValue(value)} is not a percentage`);
}

const YES = new Set(['yes', 'y', 'true', '1', 'on']);
const NO = new Set(['no', 'n', 'false', '0', 'off']);

/** A yes/no cell: booleans, "yes"/"no", "true"/"false", 1/0. */
export function coerceYesNo(value: CellValue | undefined): Coerced<boolean> {
  if (isBlank(value)) return BLANK;
  if (isCellError(value)) return fail('CELL_ERROR_VALUE', `holds the error value ${value.error}`);
  if (typeof value === 'boolean') return { ok: true, value };
  const text = String(value).trim().toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return fail('UNKNOWN_VALUE', `${showValue(value)} is not yes or no`);
}

/** How to read text dates whose day and month could be swapped (03/04/2026). */
export type DateOrder = 'DMY' | 'MDY' | null;

/** Options for reading dates. */
export interface DateOptions {
  /** The workbook uses the 1904 date system. */
  readonly date1904: boolean;
  /** Settings "Date order", else the locale's day/month order; null: ambiguous text is reported. */
  readonly dateOrder: DateOrder;
}

/** Options for reading any cell: the dates' and the locale numbers are written in (null: none). */
export interface CellReadingOptions extends DateOptions {
  readonly locale: LocaleRules | null;
}

/**
 * The text-date order to use: Settings "Date order" wins; else the locale's when it is day- or
 * month-first (a year-first locale such as ja-JP leaves 03/04/2026 ambiguous).
 */
export function effectiveDateOrder(settingsOrder: DateOrder, locale: LocaleRules | null): DateOrder {
  if (settingsOrder !== null) return settingsOrder;
  return locale?.dateOrder === 'DMY' || locale?.dateOrder === 'MDY' ? locale.dateOrder : null;
}

// Excel serial 25569 is 1970-01-01 in the 1900 system. Serial 60 is the 1900-02-29 that never
// was (Lotus 1-2-3's leap-year bug, kept by Excel): serials below it are one day "early".
const SERIAL_1970 = 25569;
const SERIAL_FAKE_LEAP_DAY = 60;
// The 1904 system counts from 1904-01-01: serial n there is serial n + 1462 in the 1900 system.
const OFFSET_1904 = 1462;
// 9999-12-31, Excel's last date.
const MAX_SERIAL = 2958465;

/** The day of an Excel serial date; undefined for serials Excel cannot show as a date. */
export function dayFromSerial(serial: number, date1904: boolean): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial + 1e-9);
  const serial1900 = date1904 ? whole + OFFSET_1904 : whole;
  if (serial1900 < 1 || serial1900 > MAX_SERIAL) return undefined;
  if (!date1904 && whole === SERIAL_FAKE_LEAP_DAY) return undefined;
  const adjusted = !date1904 && whole < SERIAL_FAKE_LEAP_DAY ? serial1900 + 1 : serial1900;
  return adjusted - SERIAL_1970;
}

/** The Excel serial (1900 system) of a day: the inverse of dayFromSerial. */
export function serialFromDay(day: Day): number {
  const serial = day + SERIAL_1970;
  return serial <= SERIAL_FAKE_LEAP_DAY ? serial - 1 : serial;
}

const TIME_SUFFIX = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_SUFFIX}$`);
const NUMERIC_DATE = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${TIME_SUFFIX}$`);
// Year first with slashes or dots (ja-JP's "2026/03/02"): never day-month swapped, so read everywhere.
const YEAR_FIRST_DATE = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?${TIME_SUFFIX}$`);
const WORDY_FORMATS = ['d MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd-MMM-yyyy', 'd-MMM-yy', 'EEE d MMM yyyy', 'EEEE d MMMM yyyy'];
const REFERENCE_DATE = new Date(2000, 0, 1);

/** A date from a serial number, ISO text, or unambiguous text ("24/10/2016", "2 Mar 2026"). */
export function coerceDate(value: CellValue | undefined, options: DateOptions): Coerced<Day> {
  if (isBlank(value)) return BLANK;
  if (isCellError(value)) return fail('CELL_ERROR_VALUE', `holds the error value ${value.error}`);
  if (typeof value === 'number') {
    const day = dayFromSerial(value, options.date1904);
    if (day !== undefined) return { ok: true, value: day };
    return fail('NOT_A_DATE', `${showValue(value)} is not a date Excel can show`);
  }
  if (typeof value !== 'string') return fail('NOT_A_DATE', `${showValue(value)} is not a date`);
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), value);
  const yearFirst = YEAR_FIRST_DATE.exec(text);
  if (yearFirst) return fromParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), value);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return fromNumericText(Number(numeric[1]), Number(numeric[2]), numeric[3], value, options.dateOrder);
  for (const pattern of WORDY_FORMATS) {
    const parsed = parse(text, pattern, REFERENCE_DATE);
    if (isValid(parsed)) return fromParts(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate(), value);
  }
  return fail('NOT_A_DATE', `${showValue(value)} is not a date`);
}

function fromParts(year: number, month: number, dayOfMonth: number, original: CellValue): Coerced<Day> {
  if (year < 1900 || year > 9999 || !isRealDate(year, month, dayOfMonth)) {
    return fail('NOT_A_DATE', `${showValue(original)} is not a real date`);
  }
  return { ok: true, value: dayFromParts(year, month, dayOfMonth) };
}

function fromNumericText(first: number, second: number, yearText: string, original: CellValue, order: DateOrder): Coerced<Day> {
  // Two-digit years are 20xx: nobody plans capacity for the 1920s.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (first > 12 && second > 12) return fail('NOT_A_DATE', `${showValue(original)} is not a real date`);
  const dayFirst = first > 12 && second <= 12;
  const monthFirst = second > 12 && first <= 12;
  if (dayFirst || (first === second)) return fromParts(year, second, first, original);
  if (monthFirst) return fromParts(year, first, second, original);
  if (order === 'DMY') return fromParts(year, second, first, original);
  if (order === 'MDY') return fromParts(year, first, second, original);
  return fail('AMBIGUOUS_DATE', `${showValue(original)} could be ${first} ${monthName(second)} or ${second} ${monthName(first)}: ` +
    'type it as YYYY-MM-DD, or set "Date order" (DMY or MDY) on the Settings sheet');
}

function monthName(month: number): string {
  return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1] ?? String(month);
}
