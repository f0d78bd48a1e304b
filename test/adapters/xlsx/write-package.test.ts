/**
 * What the .xlsx door writes into the package: print setup, table parts and input-issue marks,
 * every other part carried over byte for byte, and the same package from two checks as from one.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { loadWorkbook, readSnapshot, saveWorkbook, XlsxWorkbookPort } from '../../../src/adapters/xlsx';
import { planWrite } from '../../../src/app/plan-write';
import { clearHighlights } from '../../../src/app/run-check';
import type { SheetPatch, WorkbookPatch } from '../../../src/workbook/patch';
import { handMadeXlsx } from '../../fixtures/hand-made-xlsx';
import { excelJsBytes, inspect, packageParts, valuesPatch, worksheetXml } from '../../fixtures/xlsx-helpers';
import { describeWithLibreOffice, soffice } from '../../support/libreoffice';

/** A user's workbook with parts Loadline knows nothing about, as an .xlsm with a macro part. */
async function userPackage(): Promise<Uint8Array> {
  const bytes = await excelJsBytes((wb) => {
    const staff = wb.addWorksheet('Staff');
    staff.addRows([['Name', 'Hours'], ['Ann', 40], ['Bob', 'lots']]);
    staff.getCell('B3').border = { left: { style: 'thin', color: { argb: 'FF00FF00' } } };
    staff.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    wb.addWorksheet('Ledger');
  });
  const zip = await JSZip.loadAsync(bytes);
  // An unknown part, a custom XML part and a macro project: none is Loadline's to touch.
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 255, 0, 7]));
  zip.file('customXml/item1.xml', '<?xml version="1.0"?><mine xmlns="urn:x">kept   as   is</mine>');
  zip.file('xl/unknown/thing.dat', new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)));
  return zip.generateAsync({ type: 'uint8array' });
}

/** A ledger-like sheet with a table, printed landscape with titles and a footer holding "&". */
const LEDGER: SheetPatch = {
  ...valuesPatch('ledger', 'Finance Ledger', [
    ['Month', 'Kind', 'Amount'],
    [46082, 'Project', 1200.5],
    [46082, 'Ops', 300],
  ]),
  numberFormats: [{ range: { row: 1, col: 0, rowCount: 2, colCount: 1 }, format: 'yyyy-mm-dd' }],
  tables: [{ name: 'LoadlineLedger', range: { row: 0, col: 0, rowCount: 3, colCount: 3 }, style: 'TableStyleMedium2' }],
  print: { orientation: 'landscape', fitToPagesWide: 1, repeatRows: 1, repeatCols: 2, footer: 'Status date 2026-03-02 & more' },
};

const PATCH: WorkbookPatch = {
  sheets: [LEDGER],
  highlights: [
    { sheet: 'Staff', cell: 'B3', level: 'issue' },
    { sheet: 'Staff', cell: 'A2', level: 'issue' },
    { sheet: 'Staff', cell: 'A2', level: 'high' },
    { sheet: 'Staff', cell: 'D9', level: 'issue' },
  ],
};

async function check(bytes: Uint8Array, patch: WorkbookPatch = PATCH): Promise<Uint8Array> {
  const port = new XlsxWorkbookPort(await loadWorkbook(bytes));
  await port.write(planWrite(patch, await port.read()));
  return saveWorkbook(port.workbook);
}

const text = (parts: Map<string, Uint8Array>, name: string) => Buffer.from(parts.get(name) ?? []).toString('utf8');

describe('the annotated package', () => {
  let input: Uint8Array;
  let once: Uint8Array;
  beforeAll(async () => {
    input = await userPackage();
    once = await check(input);
  });

  it('carries every part Loadline does not change over byte for byte, unknown ones included', async () => {
    const [before, after] = await Promise.all([packageParts(input), packageParts(once)]);
    const changed = [...before.keys()].filter((name) => !Buffer.from(after.get(name) ?? []).equals(Buffer.from(before.get(name)!)));
    // Ledger (a user's sheet of that name) is not touched: Loadline's sheet is "Finance Ledger".
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    for (const name of ['xl/vbaProject.bin', 'customXml/item1.xml', 'xl/unknown/thing.dat', 'xl/worksheets/sheet2.xml', 'xl/theme/theme1.xml']) {
      expect([name, Buffer.from(after.get(name)!).equals(Buffer.from(before.get(name)!))]).toEqual([name, true]);
    }
  });

  it('changes only the s attribute of marked cells on an input sheet, and makes a missing marked cell', async () => {
    const before = (await worksheetXml(input, 'Staff')).sheet;
    const after = (await worksheetXml(once, 'Staff')).sheet;
    const strip = (xml: string) => xml.replace(/ s="\d+"/g, '').replace(/<c r="D9"\/>/, '').replace(/<row r="9">(<\/row>)?/, '').replace(/<\/row>(?=<\/sheetData>)/, '');
    expect(after).toContain('<c r="D9" s="');
    expect(strip(after).replace(/<row r="9"><\/row>/, '')).toBe(strip(before));
  });

  it('marks input issues with a light red fill and a red dotted border, a conflict colour winning the fill', async () => {
    const staff = (await inspect(once)).getWorksheet('Staff')!;
    const dotted = { style: 'dotted', color: { argb: 'FFFF0000' } };
    expect(staff.getCell('B3').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFDE9E9' } });
    expect(staff.getCell('B3').border).toEqual({ left: dotted, right: dotted, top: dotted, bottom: dotted });
    // A2 is named by an issue and by a high conflict: the conflict's red fill, the border.
    expect(staff.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(staff.getCell('A2').border).toEqual({ left: dotted, right: dotted, top: dotted, bottom: dotted });
    expect(staff.getCell('D9').fill).toMatchObject({ fgColor: { argb: 'FFFDE9E9' } });
    // The record keeps the original border for issue marks, and the colour for other doors.
    const fills = readSnapshot(await loadWorkbook(once)).state.fills;
    expect(fills.map((f) => [f.cell, f.original.color, 'border' in f.original])).toEqual([['B3', 'FFFF00', true], ['A2', null, true], ['D9', null, true]]);
    expect((fills[0].original.border as { border: string }).border).toContain('<left style="thin"><color rgb="FF00FF00"/></left>');
  });

  it('restores marks exactly with clear: the input sheet and its styles read as before', async () => {
    const port = new XlsxWorkbookPort(await loadWorkbook(once));
    await clearHighlights(port);
    const cleared = await saveWorkbook(port.workbook);
    const view = (await inspect(cleared)).getWorksheet('Staff')!;
    const original = (await inspect(input)).getWorksheet('Staff')!;
    for (const cell of ['A2', 'B3', 'D9']) {
      expect([cell, view.getCell(cell).fill, view.getCell(cell).border]).toEqual([cell, original.getCell(cell).fill, original.getCell(cell).border]);
    }
    // Back to the original cell format indexes; D9, made for the mark, is gone again.
    const sheet = (await worksheetXml(cleared, 'Staff')).sheet;
    expect(sheet).not.toContain('D9');
    expect(sheet.replace(/<row r="9"><\/row>/, '')).toBe((await worksheetXml(input, 'Staff')).sheet);
  });

  it('writes a real table part, linked from the sheet and listed in the content types', async () => {
    const parts = await packageParts(once);
    const table = text(parts, 'xl/tables/table1.xml');
    expect(table).toMatch(/<table [^>]*id="1" name="LoadlineLedger" displayName="LoadlineLedger" ref="A1:C3"/);
    expect(table).toContain('<autoFilter ref="A1:C3"/><tableColumns count="3"><tableColumn id="1" name="Month"/><tableColumn id="2" name="Kind"/><tableColumn id="3" name="Amount"/></tableColumns>');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
    expect(text(parts, '[Content_Types].xml')).toContain('<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>');
    const { sheet, rels } = await worksheetXml(once, 'Finance Ledger');
    expect(rels).toContain('Target="../tables/table1.xml"');
    expect(sheet).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
    const ledger = (await inspect(once)).getWorksheet('Finance Ledger')!;
    expect(ledger.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(ledger.getCell('C2').value).toBe(1200.5);
  });

  it('prints landscape, one page wide, with repeated titles and the footer\'s & escaped', async () => {
    const { sheet } = await worksheetXml(once, 'Finance Ledger');
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<headerFooter><oddFooter>&amp;CStatus date 2026-03-02 &amp;&amp; more</oddFooter></headerFooter>');
    const workbookXml = text(await packageParts(once), 'xl/workbook.xml');
    // Finance Ledger is the third tab (index 2): Staff, Ledger, Finance Ledger.
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Finance Ledger'!$A:$B,'Finance Ledger'!$1:$1</definedName>`);
  });

  it('gives the same package, part for part, when checked twice as when checked once', async () => {
    const twice = await check(once);
    const [a, b] = await Promise.all([packageParts(once), packageParts(twice)]);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
  });

  it('removes a sheet Loadline no longer writes with its table part, relationships, content types and names', async () => {
    const without = await check(once, { sheets: [valuesPatch('capacity', 'Capacity', [['Name']])], highlights: [] });
    const parts = await packageParts(without);
    expect([...parts.keys()].filter((name) => name.includes('tables/'))).toEqual([]);
    expect(text(parts, '[Content_Types].xml')).not.toContain('table+xml');
    expect(text(parts, 'xl/workbook.xml')).not.toContain('Print_Titles');
    expect(text(parts, 'xl/workbook.xml')).not.toContain('Finance Ledger');
    expect(readSnapshot(await loadWorkbook(without)).sheetNames).toEqual(['Staff', 'Ledger', 'Capacity', 'Loadline State']);
  });

});

describeWithLibreOffice('the annotated package in LibreOffice Calc', () => {
  it('opens, print setup, table part and issue marks included, and prints to PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadline-print-'));
    writeFileSync(join(dir, 'annotated.xlsm'), await check(await userPackage()));
    execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'annotated.xlsm')], { timeout: 120_000, stdio: 'ignore' });
    expect(existsSync(join(dir, 'annotated.pdf'))).toBe(true);
  }, 150_000);
});

describe('records written by other doors', () => {
  it('are restored by clear: an ExcelJS fill object exactly, an Office colour as a solid fill, none as no fill, an Office border as recorded', async () => {
    const marked = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
    const trellis = { type: 'pattern', pattern: 'darkTrellis', fgColor: { argb: 'FF00FF00' }, bgColor: { argb: 'FF0000FF' } } as const;
    const bytes = await excelJsBytes((wb) => {
      const staff = wb.addWorksheet('Staff');
      staff.addRows([['Name', 'Hours'], ['Ann', 40], ['Bob', 20], ['Cy', 30]]);
      staff.addRow(['Di', 10]);
      for (const cell of ['B2', 'B3', 'B4', 'B5']) staff.getCell(cell).fill = marked;
      const state = wb.addWorksheet('Loadline State');
      state.state = 'veryHidden';
      state.addRows([
        ['Loadline state v1', '', '', ''],
        // The ExcelJS door recorded its own fill object; the Office door only the colour.
        ['fill', 'Staff', 'B2', JSON.stringify({ color: null, native: trellis })],
        ['fill', 'Staff', 'B3', JSON.stringify({ color: 'FFFF00' })],
        ['fill', 'Staff', 'B4', JSON.stringify({ color: null, border: null })],
        // The Office door's record of an input-issue mark: the border as the file describes it.
        ['fill', 'Staff', 'B5', JSON.stringify({ color: null, border: { bottom: { style: 'medium', color: { argb: 'FF00B050' } }, left: { style: 'thin' } } })],
      ]);
    });
    const port = new XlsxWorkbookPort(await loadWorkbook(bytes));
    await expect(clearHighlights(port)).resolves.toBe(4);
    const staff = (await inspect(await saveWorkbook(port.workbook))).getWorksheet('Staff')!;
    expect(staff.getCell('B2').fill).toEqual(trellis);
    expect(staff.getCell('B3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    // No fill and, for the issue record of another door, no border.
    expect(staff.getCell('B4').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(staff.getCell('B4').border ?? {}).toEqual({});
    expect(staff.getCell('B5').border).toEqual({ bottom: { style: 'medium', color: { argb: 'FF00B050' } }, left: { style: 'thin' } });
  });
});

describe('defined names scoped to sheets', () => {
  it('follow their sheet when a sheet before it is removed, and go with a removed sheet', async () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const bytes = await handMadeXlsx({
      sheets: [
        { name: 'Staff', rows: `<row r="1">${inline('A1', 'Name')}</row><row r="2">${inline('A2', 'Ann')}</row>` },
        { name: 'Capacity', rows: `<row r="1">${inline('A1', 'old')}</row>` },
        { name: 'Notes', rows: `<row r="1">${inline('A1', 'mine')}</row>` },
        { name: 'Loadline State', state: 'veryHidden', rows: `<row r="1">${inline('A1', 'Loadline state v1')}</row><row r="2">${inline('A2', 'owned')}${inline('B2', 'Capacity')}${inline('C2', 'capacity')}</row>` },
      ],
      definedNames: '<definedName name="Gone" localSheetId="1">Capacity!$A$1</definedName><definedName name="Local" localSheetId="2">Notes!$A$1</definedName><definedName name="Everywhere">Staff!$A$2</definedName>',
    });
    const written = await check(bytes, { sheets: [valuesPatch('issues', 'Input Issues', [['Issue']])], highlights: [] });
    const workbookXml = Buffer.from((await packageParts(written)).get('xl/workbook.xml')!).toString('utf8');
    // Tabs now: Staff, Notes, Input Issues, Loadline State: Notes moved from index 2 to 1.
    expect(readSnapshot(await loadWorkbook(written)).sheetNames).toEqual(['Staff', 'Notes', 'Input Issues', 'Loadline State']);
    expect(workbookXml).toContain('<definedNames><definedName name="Local" localSheetId="1">Notes!$A$1</definedName><definedName name="Everywhere">Staff!$A$2</definedName></definedNames>');
  });
});
