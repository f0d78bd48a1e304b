/**
 * The strict Excel fake, bundled for a browser page: an init script that installs `Excel` and
 * `Office` before the pane's own scripts run, seeded from an .xlsx file so the page sees the same
 * workbook the Node-side check reads.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { loadWorkbook, XlsxWorkbookPort } from '../../../src/adapters/xlsx';
import { a1 } from '../../../src/workbook/address';
import type { RawWorkbook } from '../../../src/workbook/grid';
import type { ExcelFakeOptions, FakeSheetSpec } from '../../fakes/excel-fake';
import { ROOT } from './ensure-build';

let bundled: string | undefined;

/** test/fakes/excel-fake/browser.ts as one IIFE script (built once per test process). */
function fakeBundle(): string {
  if (bundled === undefined) {
    const result = buildSync({
      entryPoints: [path.join(ROOT, 'test', 'fakes', 'excel-fake', 'browser.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      write: false,
    });
    bundled = result.outputFiles[0].text;
  }
  return bundled;
}

/** The init script for a page: the fake's options, then the fake, which installs itself. */
export function excelFakeInitScript(options: ExcelFakeOptions): string {
  return `globalThis.__excelFakeOptions = ${JSON.stringify(options)};\n${fakeBundle()}`;
}

/** Fake seed data holding a raw workbook's sheets (values and number formats) and tables. */
export function fakeOptionsFromRaw(raw: RawWorkbook, extra: { fills?: Record<string, Record<string, string>> } = {}): ExcelFakeOptions {
  const sheets: Record<string, FakeSheetSpec> = {};
  for (const sheet of raw.sheets) {
    sheets[sheet.name] = {
      values: sheet.values,
      numberFormats: sheet.numberFormats,
      origin: a1(sheet.originRow, sheet.originCol),
      fills: extra.fills?.[sheet.name],
    };
  }
  const tables = raw.tables.map((table) => {
    const rows = table.values.length;
    const cols = Math.max(...table.values.map((row) => row.length));
    return { name: table.name, sheet: table.sheet, range: `${a1(table.originRow, table.originCol)}:${a1(table.originRow + rows - 1, table.originCol + cols - 1)}` };
  });
  return { sheets, tables };
}

/** The raw workbook of an .xlsx file, as the ExcelJS adapter reads it. */
export async function readRawWorkbook(file: string): Promise<RawWorkbook> {
  return (await new XlsxWorkbookPort(await loadWorkbook(fs.readFileSync(file))).read()).raw;
}
