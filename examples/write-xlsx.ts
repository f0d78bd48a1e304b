/**
 * Saves raw grids as an .xlsx file with ExcelJS, for the scripts that make input workbooks: the
 * sample builder and the benchmark's synthetic organisation. (Loadline's own writing goes through
 * the xlsx adapter and a WorkbookPatch; this is the other direction, making test input.)
 *
 * Every sheet's first row is taken as its header: bold and frozen. A RawTable in `raw.tables`
 * becomes an Excel table over its sheet's values. Output is byte-for-byte deterministic, so a
 * regenerated file only shows in `git status` when its content changed.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, RawSheet, RawTable, RawWorkbook } from '../src/workbook/grid';

/** How a sheet looks beyond its values. */
export interface SheetLayout {
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
}

/** Options of `writeXlsx`. */
export interface WriteXlsxOptions {
  /** Layout per sheet name; sheets without one keep Excel's default widths. */
  readonly layouts?: Readonly<Record<string, SheetLayout>>;
  /** Author and timestamp recorded in the file's properties and zip entries. */
  readonly author?: string;
  readonly timestamp?: Date;
}

// A fixed timestamp: ExcelJS and JSZip would otherwise stamp the time of writing everywhere.
const DEFAULT_TIMESTAMP = new Date(Date.UTC(2026, 0, 1));

/** The .xlsx bytes of a raw workbook. */
export async function writeXlsx(raw: RawWorkbook, options: WriteXlsxOptions = {}): Promise<Buffer> {
  const timestamp = options.timestamp ?? DEFAULT_TIMESTAMP;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.author ?? 'Loadline';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = timestamp;
  workbook.modified = timestamp;
  if (raw.date1904) workbook.properties.date1904 = true;
  for (const sheet of raw.sheets) {
    const table = raw.tables.find((t) => t.sheet === sheet.name);
    addSheet(workbook, sheet, table, options.layouts?.[sheet.name]);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return restampZip(Buffer.from(bytes), timestamp);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: RawSheet, table: RawTable | undefined, layout: SheetLayout | undefined): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: sheet.originRow + 1 }] });
  if (table) addTable(worksheet, sheet, table);
  else {
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) worksheet.getCell(sheet.originRow + r + 1, sheet.originCol + c + 1).value = toExcelValue(value);
      });
    });
  }
  sheet.numberFormats?.forEach((row, r) => {
    row.forEach((format, c) => {
      if (format) worksheet.getCell(sheet.originRow + r + 1, sheet.originCol + c + 1).numFmt = format;
    });
  });
  worksheet.getRow(sheet.originRow + 1).font = { bold: true };
  layout?.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
}

/** An Excel table over the sheet's values (header row first), striped like Excel's default. */
function addTable(worksheet: ExcelJS.Worksheet, sheet: RawSheet, table: RawTable): void {
  const [header, ...rows] = sheet.values;
  worksheet.addTable({
    name: table.name,
    ref: worksheet.getCell(sheet.originRow + 1, sheet.originCol + 1).address,
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: header.map((name) => ({ name: String(name), filterButton: true })),
    rows: rows.map((row) => header.map((_, c) => toExcelValue(row[c] ?? null))),
  });
}

/** Excel error values go in as ExcelJS error objects; everything else as is. */
function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === 'object' && value !== null) return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/**
 * Re-packs the zip with every entry dated `timestamp`. Workaround: JSZip (inside ExcelJS) dates
 * each entry at the moment it is added and ExcelJS offers no option to change that.
 */
async function restampZip(bytes: Buffer, timestamp: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const restamped = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    restamped.file(entry.name, await entry.async('uint8array'), { date: timestamp, createFolders: false });
  }
  return restamped.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
