/**
 * Builds the sample retyped as text the way a German and a French user type it, for the locale
 * tests: `npm run locale-samples` writes test/fixtures/locale/sample-de-DE.xlsx and
 * sample-fr-FR.xlsx. Every number and date cell of the sample becomes text in the locale's own
 * form, made by Intl — "37,5", "1.234,50 €", "80 %", "02.03.2026" in German; "1 234,50 €" (narrow
 * no-break space groups, a no-break space before €), "80 %" and "02/03/2026" in French — and
 * Settings gets "Locale". Checked with that Locale, each must give the sample's report exactly.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CellValue, RawSheet, RawWorkbook } from '../src/workbook/grid';
import { dayFromSerial } from '../src/workbook/coerce';
import { isoDate } from '../src/core/calendar';
import { SAMPLE_PLAN } from './sample-plan';
import { FORMATS, sampleWorkbook } from './sample-sheets';
import { writeXlsx } from './write-xlsx';

/** The locales the fixtures are typed in. */
export const LOCALE_SAMPLE_TAGS = ['de-DE', 'fr-FR'] as const;

/** Where the fixture for a locale is written. */
export function localeSamplePath(tag: string): string {
  return path.join(__dirname, '..', 'test', 'fixtures', 'locale', `sample-${tag}.xlsx`);
}

// Columns whose numbers stay numbers: Priority is a label the check does not read as a figure.
const KEEP_AS_NUMBER = new Set(['Priority']);
// Money columns, typed with the currency sign (hours share the money columns' number format).
const MONEY = new Set(['Budget', 'Actual cost', 'Other costs', 'Hourly rate']);

/** A date serial as the locale writes it in a cell: day, month and year in its order, 2 digits each. */
function dateText(serial: number, tag: string): string {
  const day = dayFromSerial(serial, false);
  if (day === undefined) throw new Error(`not a date serial: ${serial}`);
  const [y, m, d] = isoDate(day).split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** One cell's value typed as text in `tag`, by its column and number format. */
function typed(value: CellValue, header: string, format: string | null, tag: string): CellValue {
  if (typeof value !== 'number') return value;
  if (format === FORMATS.date) return dateText(value, tag);
  if (format === FORMATS.percent) return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 6 }).format(value);
  if (MONEY.has(header)) {
    const decimals = format === FORMATS.rate ? 2 : 0;
    return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: decimals, maximumFractionDigits: 2 }).format(value);
  }
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 6 }).format(value);
}

function retypeSheet(sheet: RawSheet, tag: string, withLocaleRow: boolean): RawSheet {
  const header = sheet.values[0] ?? [];
  const values = sheet.values.map((row, r) => (r === 0 ? row : row.map((value, c) => (
    KEEP_AS_NUMBER.has(String(header[c])) ? value : typed(value, String(header[c]), sheet.numberFormats?.[r]?.[c] ?? null, tag)
  ))));
  // Text cells carry no number format: the user typed them into General cells.
  const numberFormats = sheet.numberFormats?.map((row, r) => row.map((format, c) => (values[r][c] === sheet.values[r][c] ? format : null)));
  const addRow = withLocaleRow && sheet.name === 'Settings';
  const withLocale = addRow ? [...values, ['Locale', tag]] : values;
  const formats = addRow && numberFormats ? [...numberFormats, [null, null]] : numberFormats;
  return { ...sheet, values: withLocale, numberFormats: formats };
}

/** The sample's raw workbook retyped in `tag`, with Settings "Locale" = tag unless `withLocaleRow` is false. */
export function retypedSample(tag: string, withLocaleRow = true): RawWorkbook {
  const { raw } = sampleWorkbook(SAMPLE_PLAN);
  const sheets = raw.sheets.map((sheet) => retypeSheet(sheet, tag, withLocaleRow));
  const tables = raw.tables.map((table) => ({ ...(sheets.find((s) => s.name === table.sheet) as RawSheet), name: table.name, sheet: table.sheet }));
  return { ...raw, sheets, tables };
}

/** Writes both fixtures. */
export async function buildLocaleSamples(): Promise<string[]> {
  const { layouts } = sampleWorkbook(SAMPLE_PLAN);
  const written: string[] = [];
  for (const tag of LOCALE_SAMPLE_TAGS) {
    await writeFile(localeSamplePath(tag), await writeXlsx(retypedSample(tag), { layouts, author: `Loadline sample (${tag})` }));
    written.push(localeSamplePath(tag));
  }
  return written;
}

if (require.main === module) {
  buildLocaleSamples().then(
    (paths) => paths.forEach((p) => console.log(`Wrote ${path.relative(process.cwd(), p)}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
