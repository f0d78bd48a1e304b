import { Workbook, type Xlsx } from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, readSnapshot, saveWorkbook, XlsxWorkbookPort } from '../../../src/adapters/xlsx';
import { useExcelInternalLinks } from '../../../src/adapters/xlsx/internal-links';
import * as renderRows from '../../../src/adapters/xlsx/render-rows';
import { writeSheetPatch, type CellsWritten } from '../../../src/adapters/xlsx/write-sheet-patch';
import { replaceWorksheet } from '../../../src/adapters/xlsx/worksheets';
import { planWrite } from '../../../src/app/plan-write';
import type { SheetPatch, WorkbookPatch } from '../../../src/workbook/patch';
import { cellRecords, reload, valuesPatch, worksheetXml, xlsxFrom } from '../../fixtures/xlsx-helpers';

const FIXED_TIME = new Date(Date.UTC(2026, 0, 5));

/**
 * The user's workbook around the summary sheet: text and styles on sheets before and after it,
 * so ExcelJS numbers some styles and shared strings before the summary's and some after.
 */
function userWorkbook(): Promise<Workbook> {
  return xlsxFrom((wb) => {
    wb.created = FIXED_TIME;
    wb.modified = FIXED_TIME;
    const staff = wb.addWorksheet('Staff');
    staff.getRow(1).values = ['Name', 'Hours', 'Team'];
    staff.getRow(2).values = ['Ann', 40, 'Ops'];
    staff.getCell('A1').font = { bold: true };
    staff.getCell('B2').numFmt = '0.0';
    wb.addWorksheet('Summary').getCell('A1').value = 'replaced';
    const notes = wb.addWorksheet('Notes');
    notes.getCell('A1').value = 'high'; // also in the summary: one shared string for both
    notes.getCell('B1').value = 'only in notes';
    notes.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  });
}

/** A summary with every kind of cell the report builder writes, and parts that overlap. */
const SUMMARY: SheetPatch = {
  ...valuesPatch('conflicts', 'Summary', [
    ['Severity', 'Message', 'Cells', 'Hours', 'Done'],
    ['high', '=SUM(A1)', 'Staff!B3', 12.5, true],
    ['medium', 'Ann & <Bob> "quoted"', null, -0.125, false],
    ['low', '', 'x', 0, null],
    [null, null, null, 1e21, 'Ünïcode ✓'],
  ]),
  numberFormats: [
    { range: { row: 1, col: 3, rowCount: 4, colCount: 1 }, format: '0.00' },
    { range: { row: 1, col: 3, rowCount: 2, colCount: 2 }, format: '0%' }, // over the first: wins on D2:D3
    { range: { row: 5, col: 0, rowCount: 2, colCount: 2 }, format: '#,##0' }, // blank cells below the values
  ],
  styles: [
    { range: { row: 0, col: 0, rowCount: 1, colCount: 5 }, bold: true, fill: 'DDEBF7', wrap: true },
    { range: { row: 1, col: 2, rowCount: 2, colCount: 1 }, bold: false, fontColor: '112233' }, // over link cells
    { range: { row: 6, col: 6, rowCount: 1, colCount: 1 }, fill: 'FFC7CE' }, // right of every value
  ],
  columnWidths: [10, 40],
  freeze: { rows: 1, cols: 1 },
  conditionalFormats: [{ type: 'textEquals', range: { row: 1, col: 0, rowCount: 3, colCount: 1 }, text: 'high', fill: 'FFC7CE' }],
  links: [
    { row: 1, col: 2, target: { sheet: 'Staff', cell: 'B3' } },
    { row: 2, col: 2, target: { sheet: "Q1 'Plan'", cell: 'C4' } }, // blank cell: shows its target
    { row: 7, col: 0, target: { sheet: 'Staff', cell: 'A1' } }, // below the values
    { row: 1, col: 2, target: { sheet: 'Notes', cell: 'A1' } }, // the same cell again: the later link wins
  ],
  autoFilter: { row: 0, col: 0, rowCount: 5, colCount: 5 },
};

/** The summary written onto the user's workbook and saved: every part of the file as text. */
async function saved(patch: SheetPatch, cells: CellsWritten): Promise<{ parts: Record<string, string>; summary: string }> {
  const workbook = await userWorkbook();
  writeSheetPatch(replaceWorksheet(workbook, 'Summary'), patch, cells);
  const bytes = await saveWorkbook(workbook);
  return { parts: await parts(bytes), summary: (await worksheetXml(bytes, 'Summary')).sheet };
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((file) => !file.dir);
  return Object.fromEntries(await Promise.all(entries.map(async (file) => [file.name, await file.async('string')] as const)));
}

describe('writeSheetPatch with cells written on save', () => {
  it('saves the same file as cells made at once', async () => {
    const now = (await saved(SUMMARY, 'now')).parts;
    const { parts: onSave, summary } = await saved(SUMMARY, 'on save');
    expect(Object.keys(onSave).sort()).toEqual(Object.keys(now).sort());
    for (const name of Object.keys(now)) expect({ name, xml: onSave[name] }).toEqual({ name, xml: now[name] });
    // Not two empty sheets: the summary has its rows, links and blank styled cells.
    expect(summary).toContain('<dimension ref="A1:G8"/>');
    expect(summary).toContain('<c r="E2" s="');
    expect(summary).toMatch(/<c r="G7" s="\d+"\/>/);
    expect(summary).toContain('<hyperlink ref="C2" location="&apos;Notes&apos;!A1"/>');
  });

  it('saves the same file as cells made at once for a summary with no rows', async () => {
    const empty = valuesPatch('issues', 'Summary', []);
    const onSave = await saved(empty, 'on save');
    expect(onSave.parts).toEqual((await saved(empty, 'now')).parts);
    expect(onSave.summary).toContain('<dimension ref="A1:A1"/>');
    expect(onSave.summary).toContain('<sheetData/>');
  });

  it('keeps no cells in memory, and reads back after the save as written', async () => {
    const workbook = await userWorkbook();
    const worksheet = replaceWorksheet(workbook, 'Summary');
    writeSheetPatch(worksheet, SUMMARY, 'on save');
    expect(worksheet.actualRowCount).toBe(0);
    const summary = (await reload(workbook)).getWorksheet('Summary')!;
    expect(summary.getCell('B3').value).toBe('Ann & <Bob> "quoted"');
    expect(summary.getCell('C2').value).toEqual({ text: 'Staff!B3', hyperlink: "#'Notes'!A1" });
    expect(summary.getCell('C3').value).toEqual({ text: "Q1 'Plan'!C4", hyperlink: "#'Q1 ''Plan'''!C4" });
    // bold: false is Excel's default, which ExcelJS does not write
    expect(summary.getCell('C3').font).toEqual({ color: { argb: 'FF112233' }, underline: true });
    expect(summary.getCell('D2').numFmt).toBe('0%');
    expect(summary.getCell('D4').numFmt).toBe('0.00');
    expect(summary.getCell('E2').value).toBe(true);
    expect(summary.getCell('A1').style.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
  });

  it('writes the cells again each time the workbook is saved', async () => {
    const workbook = await userWorkbook();
    writeSheetPatch(replaceWorksheet(workbook, 'Summary'), SUMMARY, 'on save');
    const first = await parts(await saveWorkbook(workbook));
    expect(await parts(await saveWorkbook(workbook))).toEqual(first);
  });

  it('throws on save, rather than lose cells, when cells were written into the sheet afterwards', async () => {
    const workbook = await userWorkbook();
    const worksheet = replaceWorksheet(workbook, 'Summary');
    writeSheetPatch(worksheet, SUMMARY, 'on save');
    worksheet.getCell('Z99').value = 'late';
    await expect(saveWorkbook(workbook)).rejects.toThrow(/Cannot save sheet "Summary": cells were written into it/);
  });
});

describe('XlsxWorkbookPort.write twice on one open workbook', () => {
  const patch = (hours: number): WorkbookPatch => ({
    sheets: [{ ...valuesPatch('capacity', 'Capacity', [['Name', 'Week 1'], ['Ann', hours]]) }],
    highlights: [{ sheet: 'Staff', cell: 'B2', level: 'high' }],
  });

  it('saves only the second check, as the standalone page does when checked again', async () => {
    const once = await userWorkbook();
    const port = new XlsxWorkbookPort(once);
    await port.write(planWrite(patch(2), await port.read()));

    const twice = await userWorkbook();
    const again = new XlsxWorkbookPort(twice);
    await again.write(planWrite(patch(1), await again.read()));
    await again.write(planWrite(patch(2), await again.read()));

    const [onceSaved, twiceSaved] = [await reload(once), await reload(twice)];
    expect(twiceSaved.worksheets.map((ws) => ws.name)).toEqual(onceSaved.worksheets.map((ws) => ws.name));
    expect(cellRecords(twiceSaved)).toEqual(cellRecords(onceSaved));
    expect(twiceSaved.getWorksheet('Capacity')!.getCell('B2').value).toBe(2);
    expect(readSnapshot(twiceSaved).state).toEqual(readSnapshot(onceSaved).state);
  });
});

/**
 * A user's workbook with every kind of row and cell: plain ones on "Plain" (text, numbers,
 * booleans, dates, rich text, links with and without text, a merge, styled blanks, row heights,
 * hidden and outlined rows, a row style) and, on "Formulas", cells left to ExcelJS.
 */
async function everyKindOfRow(date1904: boolean): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  wb.properties.date1904 = date1904;
  const plain = wb.addWorksheet('Plain');
  plain.getRow(1).values = ['text', 42, true, false, new Date(Date.UTC(2026, 2, 2, 12)), -0.5, 1e-7];
  plain.getCell('H1').value = { richText: [{ text: 'rich', font: { bold: true } }, { text: ' text' }] };
  plain.getCell('I1').value = { text: 'to Formulas', hyperlink: "#'Formulas'!A1" };
  plain.getCell('J1').value = { text: 'site', hyperlink: 'https://example.com/?a=1&b=<2>' };
  plain.getCell('A2').value = 'tall';
  plain.getRow(2).height = 30;
  plain.getCell('A3').value = 'hidden';
  plain.getRow(3).hidden = true;
  plain.getCell('B4').value = 'outlined';
  plain.getRow(4).outlineLevel = 1;
  plain.getCell('A5').value = 'row style';
  plain.getRow(5).font = { italic: true };
  plain.getCell('E6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  plain.getCell('A7').value = 'merged';
  plain.mergeCells('A7:C7');
  plain.getCell('B8').numFmt = '0.00';
  plain.getCell('B8').value = 3.25;
  const formulas = wb.addWorksheet('Formulas');
  formulas.getCell('A1').value = { formula: 'Plain!B1*2', result: 84 };
  formulas.getCell('A2').value = { error: '#N/A' };
  formulas.getCell('A3').value = 'text beside a formula';
  wb.addWorksheet('Empty');
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

/** The file as ExcelJS alone saves it (with only the internal-link workaround, as the adapter). */
async function savedByExcelJs(bytes: Uint8Array): Promise<Record<string, string>> {
  const workbook = new Workbook();
  useExcelInternalLinks(workbook);
  await workbook.xlsx.load(bytes as unknown as Parameters<Xlsx['load']>[0]);
  return parts(new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));
}

describe('saveWorkbook', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([false, true])('writes loaded rows as ExcelJS does, writing plain sheets row by row (1904 dates: %s)', async (date1904) => {
    const bytes = await everyKindOfRow(date1904);
    const expected = await savedByExcelJs(bytes);
    const rendered = jest.spyOn(renderRows, 'renderRow');
    const saved = await parts(await saveWorkbook(await loadWorkbook(bytes)));
    expect(Object.keys(saved).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expect({ name, xml: saved[name] }).toEqual({ name, xml: expected[name] });
    // "Plain" has rows 1 to 8; "Formulas" is left to ExcelJS, and "Empty" has no rows.
    expect(rendered.mock.calls.map(([row]) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
