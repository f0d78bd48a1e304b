import { ValueType, type ConditionalFormattingOptions, type Worksheet } from 'exceljs';
import { readSnapshot, saveWorkbook, XlsxWorkbookPort, type XlsxWorkbook } from '../../../src/adapters/xlsx';
import { planWrite } from '../../../src/app/plan-write';
import { clearHighlights } from '../../../src/app/run-check';
import type { WorkbookPatch } from '../../../src/workbook/patch';
import { STATE_SHEET } from '../../../src/workbook/state';
import { cellRecords, inspect, packageParts, reload, valuesPatch, worksheetXml, xlsxFrom } from '../../fixtures/xlsx-helpers';

const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;
/** A highlight's fill as ExcelJS reads it back (Excel's own solid fill, background "automatic"). */
const solidMark = (argb: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { indexed: 64 } });
const TRELLIS = { type: 'pattern', pattern: 'darkTrellis', fgColor: { argb: 'FF00FF00' }, bgColor: { argb: 'FF0000FF' } } as const;

/**
 * The user's workbook: a Staff sheet with a merged title, formulas, formats, fills (B4 and C4
 * share one yellow style, B5 has a pattern fill, B3 none), a data validation and a defined
 * name; and a sheet of their own called "Conflicts".
 */
function userWorkbook(): Promise<XlsxWorkbook> {
  return xlsxFrom((wb) => {
    const staff = wb.addWorksheet('Staff');
    staff.getCell('A1').value = 'Staff 2026';
    staff.mergeCells('A1:D1');
    staff.getRow(2).values = ['Name', 'Hours', 'Rate', 'Start'];
    staff.getRow(3).values = ['Ann', 40, 85, new Date(Date.UTC(2026, 0, 5))];
    staff.getRow(4).values = ['Bob', 20, 70, new Date(Date.UTC(2026, 1, 2))];
    staff.getRow(5).values = ['=Cy', 30, 60, new Date(Date.UTC(2026, 2, 2))];
    staff.getCell('B6').value = { formula: 'SUM(B3:B5)', result: 90 };
    staff.getColumn(4).numFmt = 'yyyy-mm-dd';
    staff.getCell('C3').numFmt = '#,##0.00';
    staff.getCell('B4').fill = YELLOW;
    staff.getCell('C4').fill = YELLOW;
    staff.getCell('B5').fill = TRELLIS;
    staff.getCell('B3').dataValidation = { type: 'whole', operator: 'between', formulae: [0, 60], allowBlank: true };
    wb.definedNames.add("'Staff'!$A$3:$A$5", 'People');
    const own = wb.addWorksheet('Conflicts');
    own.getCell('A1').value = 'My own conflict notes';
    own.getCell('A2').value = { formula: 'Staff!B6*2', result: 180 };
  });
}

/** A small patch by hand: Conflicts (links, text that looks like formulas) and Capacity. */
const PATCH: WorkbookPatch = {
  sheets: [
    {
      ...valuesPatch('conflicts', 'Conflicts', [
        ['Severity', 'Message', 'Cells', 'Hours'],
        ['high', '=SUM(A1)', 'Staff!B3', 12.5],
        ['medium', '+44 over', "'Q1 Plan'!C4", 3],
        ['low', '@risk', null, 0],
      ]),
      numberFormats: [{ range: { row: 1, col: 3, rowCount: 3, colCount: 1 }, format: '0.00' }],
      styles: [{ range: { row: 0, col: 0, rowCount: 1, colCount: 4 }, bold: true, fill: 'DDEBF7', wrap: true }],
      columnWidths: [10, 40, 14],
      freeze: { rows: 1, cols: 0 },
      conditionalFormats: [
        { type: 'textEquals', range: { row: 1, col: 0, rowCount: 3, colCount: 1 }, text: 'high', fill: 'FFC7CE', fontColor: '9C0006' },
      ],
      links: [
        { row: 1, col: 2, target: { sheet: 'Staff', cell: 'B3' } },
        { row: 2, col: 2, target: { sheet: "Q1 'Plan'", cell: 'C4' } },
        { row: 3, col: 2, target: { sheet: 'Staff', cell: 'A5' } },
      ],
      autoFilter: { row: 0, col: 0, rowCount: 4, colCount: 4 },
    },
    {
      ...valuesPatch('capacity', 'Capacity', [
        ['Name', '2026-03-02', '2026-03-09'],
        ['Ann', 0.8, 1.25],
      ]),
      numberFormats: [{ range: { row: 1, col: 1, rowCount: 1, colCount: 2 }, format: '0%' }],
      freeze: { rows: 1, cols: 1 },
      conditionalFormats: [{
        type: 'colorScale',
        range: { row: 1, col: 1, rowCount: 1, colCount: 2 },
        min: { value: 0, color: '5B9BD5' },
        mid: { value: 1, color: 'FFFFFF' },
        max: { value: 1.2, color: 'F8696B' },
      }],
    },
  ],
  highlights: [
    { sheet: 'Staff', cell: 'B3', level: 'high' },
    { sheet: 'Staff', cell: 'B4', level: 'medium' },
    { sheet: 'Staff', cell: 'B5', level: 'high' },
  ],
  activate: 'conflicts',
};

/** One check's write, as every door does it: read, plan, write; then save and load the file. */
async function runWrite(workbook: XlsxWorkbook, patch: WorkbookPatch = PATCH): Promise<XlsxWorkbook> {
  const port = new XlsxWorkbookPort(workbook);
  await port.write(planWrite(patch, await port.read()));
  return reload(workbook);
}

/** The conditional formats ExcelJS read from a sheet (its typings leave the property out). */
function conditionalFormattings(worksheet: Worksheet): ConditionalFormattingOptions[] {
  return (worksheet as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Staff's cells without their fills: values, formulas and number formats. */
function withoutFills(records: ReturnType<typeof cellRecords>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(records).map(([address, { value, numFmt }]) => [address, { value, numFmt }]));
}

describe('XlsxWorkbookPort.write', () => {
  it('writes the summary sheets, never over a user sheet, and keeps the user sheet untouched', async () => {
    const original = await userWorkbook();
    const before = cellRecords(await inspect(original), ['Conflicts']);
    const written = await inspect(await runWrite(original));
    expect(written.worksheets.map((ws) => ws.name)).toEqual(['Staff', 'Conflicts', 'Conflicts (Loadline)', 'Capacity', STATE_SHEET]);
    expect(cellRecords(written, ['Conflicts'])).toEqual(before);
  });

  it('writes values, and text that looks like a formula stays text after save and reload', async () => {
    const saved = await runWrite(await userWorkbook());
    const ws = (await inspect(saved)).getWorksheet('Conflicts (Loadline)')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'Severity', 'Message', 'Cells', 'Hours']);
    for (const [address, text] of [['B2', '=SUM(A1)'], ['B3', '+44 over'], ['B4', '@risk']]) {
      expect(ws.getCell(address).type).toBe(ValueType.String);
      expect(ws.getCell(address).value).toBe(text);
      expect(ws.getCell(address).formula).toBeUndefined();
    }
    expect(ws.getCell('D2').value).toBe(12.5);
    const { sheet } = await worksheetXml(await saveWorkbook(saved), 'Conflicts (Loadline)');
    expect(sheet).not.toContain('<f>');
  });

  it('applies number formats, styles, widths, frozen panes and the autofilter', async () => {
    const written = await inspect(await runWrite(await userWorkbook()));
    const conflicts = written.getWorksheet('Conflicts (Loadline)')!;
    expect(['D2', 'D3', 'D4'].map((a) => conflicts.getCell(a).numFmt)).toEqual(['0.00', '0.00', '0.00']);
    expect(conflicts.getCell('A1').font?.bold).toBe(true);
    expect(conflicts.getCell('D1').fill).toEqual(solidMark('FFDDEBF7'));
    expect(conflicts.getCell('B1').alignment?.wrapText).toBe(true);
    expect(conflicts.getCell('A2').font?.bold).toBeFalsy();
    expect([1, 2, 3].map((c) => conflicts.getColumn(c).width)).toEqual([10, 40, 14]);
    expect(conflicts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(conflicts.autoFilter).toBe('A1:D4');
    const capacity = written.getWorksheet('Capacity')!;
    expect(capacity.getCell('B2').numFmt).toBe('0%');
    expect(capacity.getCell('C2').value).toBe(1.25);
    expect(capacity.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
  });

  it('writes conditional formats: a three-point colour scale and a text rule', async () => {
    const written = await inspect(await runWrite(await userWorkbook()));
    const capacity = conditionalFormattings(written.getWorksheet('Capacity')!);
    expect(capacity).toHaveLength(1);
    expect(capacity[0].ref).toBe('B2:C2');
    expect(capacity[0].rules[0]).toMatchObject({
      type: 'colorScale',
      cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }, { type: 'num', value: 1.2 }],
      color: [{ argb: 'FF5B9BD5' }, { argb: 'FFFFFFFF' }, { argb: 'FFF8696B' }],
    });
    const conflicts = conditionalFormattings(written.getWorksheet('Conflicts (Loadline)')!);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].ref).toBe('A2:A4');
    expect(conflicts[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['A2="high"'] });
    expect(conflicts[0].rules[0].style).toMatchObject({
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
      font: { color: { argb: 'FF9C0006' } },
    });
  });

  it('links to cells as Excel does, quoting sheet names with spaces and apostrophes', async () => {
    const saved = await runWrite(await userWorkbook());
    const ws = (await inspect(saved)).getWorksheet('Conflicts (Loadline)')!;
    // ExcelJS drops links that have only a location, so the text is checked here and the link in the file.
    expect(ws.getCell('C2').value).toBe('Staff!B3');
    expect(ws.getCell('C3').value).toBe("'Q1 Plan'!C4");
    // a link on a blank cell shows its target
    expect(ws.getCell('C4').value).toBe('Staff!A5');
    expect(ws.getCell('C2').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    // In the file: a bare location, no external relationship (what Excel itself writes).
    const { sheet, rels } = await worksheetXml(await saveWorkbook(saved), 'Conflicts (Loadline)');
    expect(sheet).toContain('<hyperlink ref="C2" location="&apos;Staff&apos;!B3"/>');
    expect(sheet).toContain('<hyperlink ref="C3" location="&apos;Q1 &apos;&apos;Plan&apos;&apos;&apos;!C4"/>');
    expect(sheet).toContain('<hyperlink ref="C4" location="&apos;Staff&apos;!A5"/>');
    expect(rels).not.toContain('hyperlink');
  });

  it('leaves every input value, formula, number format and unhighlighted fill as it was', async () => {
    const original = await userWorkbook();
    const before = cellRecords(await inspect(original), ['Staff']);
    const written = await inspect(await runWrite(original));
    const after = cellRecords(written, ['Staff']);
    expect(withoutFills(after)).toEqual(withoutFills(before));
    expect(after['Staff!B3'].fill).toEqual(solidMark('FFFFC7CE'));
    expect(after['Staff!B4'].fill).toEqual(solidMark('FFFFEB9C'));
    expect(after['Staff!B5'].fill).toEqual(solidMark('FFFFC7CE'));
    // C4 shared B4's style in the loaded file: it keeps its yellow.
    expect(after['Staff!C4'].fill).toEqual(YELLOW);
    const staff = written.getWorksheet('Staff')!;
    expect(staff.getCell('B6').formula).toBe('SUM(B3:B5)');
    expect(staff.getCell('B3').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 60] });
    expect(staff.getCell('B1').isMerged).toBe(true);
    expect(written.definedNames.model).toEqual((await inspect(original)).definedNames.model);
  });

  it('records the original fills and the owned sheets on a very hidden state sheet', async () => {
    const written = await runWrite(await userWorkbook());
    expect((await inspect(written)).getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    const { state } = readSnapshot(written);
    expect(state.owned).toEqual([
      { name: 'Conflicts (Loadline)', key: 'conflicts' },
      { name: 'Capacity', key: 'capacity' },
    ]);
    // Each record keeps the colour for every door, and this door's own record: the cell's format
    // index and the XML of the fill it had.
    expect(state.fills.map((f) => [f.sheet, f.cell, f.original.color])).toEqual([['Staff', 'B3', null], ['Staff', 'B4', 'FFFF00'], ['Staff', 'B5', null]]);
    const fills = state.fills.map((f) => (f.original.native as { fill: string }).fill);
    expect(fills[0]).toBe('<fill><patternFill patternType="none"/></fill>');
    expect(fills[1]).toMatch(/<patternFill patternType="solid"><fgColor rgb="FFFFFF00"\/>/);
    expect(fills[2]).toMatch(/<patternFill patternType="darkTrellis"><fgColor rgb="FF00FF00"\/><bgColor rgb="FF0000FF"\/>/);
    expect(state.fills.every((f) => !('border' in f.original))).toBe(true);
  });

  it('opens on the activated sheet, with only that tab selected', async () => {
    const workbook = await userWorkbook();
    const port = new XlsxWorkbookPort(workbook);
    await port.write(planWrite(PATCH, await port.read()));
    const bytes = await saveWorkbook(workbook);
    expect((await inspect(bytes)).views[0].activeTab).toBe(2); // Staff, Conflicts, Conflicts (Loadline)
    // Excel groups all selected tabs: only the active one may be selected.
    const selected: string[] = [];
    for (const name of ['Staff', 'Conflicts', 'Conflicts (Loadline)', 'Capacity', STATE_SHEET]) {
      if ((await worksheetXml(bytes, name)).sheet.includes('tabSelected="1"')) selected.push(name);
    }
    expect(selected).toEqual(['Conflicts (Loadline)']);
  });

  it('gives the same package, part for part, when the check is written twice as when it is written once', async () => {
    const once = await saveWorkbook(await runWrite(await userWorkbook()));
    const twice = await saveWorkbook(await runWrite(await runWrite(await userWorkbook())));
    const [a, b] = await Promise.all([packageParts(once), packageParts(twice)]);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
  });

  it('rewrites owned sheets in place, removes those no longer written, and restores last run\'s fills first', async () => {
    const first = await runWrite(await userWorkbook());
    const onlyCapacity: WorkbookPatch = {
      sheets: [valuesPatch('capacity', 'Capacity', [['Name'], ['Ann']])],
      highlights: [{ sheet: 'Staff', cell: 'C3', level: 'medium' }],
    };
    const secondDoor = await runWrite(first, onlyCapacity);
    const second = await inspect(secondDoor);
    expect(second.worksheets.map((ws) => ws.name)).toEqual(['Staff', 'Conflicts', 'Capacity', STATE_SHEET]);
    expect(second.getWorksheet('Capacity')!.getCell('B2').value).toBeNull(); // no stale cell
    const staff = cellRecords(second, ['Staff']);
    expect(staff['Staff!B3'].fill).toBeUndefined();
    expect(staff['Staff!B4'].fill).toEqual(YELLOW);
    expect(staff['Staff!B5'].fill).toEqual(TRELLIS);
    expect(staff['Staff!C3'].fill).toEqual(solidMark('FFFFEB9C'));
    expect(readSnapshot(secondDoor).state.fills.map((f) => [f.cell, f.original.color])).toEqual([['C3', null]]);
    // The removed sheet's part, relationship and content type went with it.
    const parts = await packageParts(await saveWorkbook(secondDoor));
    const text = (name: string) => Buffer.from(parts.get(name)!).toString('utf8');
    expect(text('xl/workbook.xml')).not.toContain('Conflicts (Loadline)');
    const sheetParts = [...parts.keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
    expect(sheetParts).toHaveLength(4);
    for (const name of sheetParts) expect(text('[Content_Types].xml')).toContain(`PartName="/${name}"`);
    expect((text('[Content_Types].xml').match(/worksheet\+xml/g) ?? []).length).toBe(4);
  });

  it('throws before changing anything when the plan highlights a sheet it rewrites', async () => {
    const workbook = await userWorkbook();
    const before = await saveWorkbook(workbook);
    const port = new XlsxWorkbookPort(workbook);
    const plan = {
      sheets: [{ name: 'Capacity', patch: valuesPatch('capacity', 'Capacity', [[1]]) }],
      removeSheets: [],
      restoreFills: [],
      highlights: [{ sheet: 'Staff', cell: 'B3', level: 'high' as const }, { sheet: 'Conflicts', cell: 'A1', level: 'high' as const }],
    };
    await expect(port.write({ ...plan, sheets: [...plan.sheets, { name: 'Conflicts', patch: valuesPatch('conflicts', 'Conflicts', [[1]]) }] }))
      .rejects.toThrow(/highlight on sheet "Conflicts"/);
    await expect(port.write({ ...plan, sheets: [{ name: 'Bad:Name', patch: plan.sheets[0].patch }], highlights: [] }))
      .rejects.toThrow(/Bad:Name/);
    await expect(port.write({ ...plan, sheets: [{ name: 'Capacity', patch: valuesPatch('capacity', 'Capacity', [[Number.NaN]]) }], highlights: [] }))
      .rejects.toThrow(/NaN/);
    await expect(port.write({ ...plan, sheets: [{ name: 'Capacity', patch: valuesPatch('capacity', 'Capacity', [['ok', 1], [2, -Infinity]]) }], highlights: [] }))
      .rejects.toThrow('cell (1, 1) is -Infinity');
    await expect(port.write({ ...plan, sheets: [{ name: 'Capacity', patch: valuesPatch('capacity', 'Capacity', [[1], [null, 'x'.repeat(32_768)]]) }], highlights: [] }))
      .rejects.toThrow('cell (1, 1) has text over 32767 characters');
    expect(Buffer.from(await saveWorkbook(workbook)).equals(Buffer.from(before))).toBe(true);
  });
});

describe('XlsxWorkbookPort.clearHighlights', () => {
  it('restores the original fills exactly and empties the record, keeping the owned sheets', async () => {
    const original = await userWorkbook();
    const originalBytes = await saveWorkbook(original);
    const before = cellRecords(await inspect(originalBytes), ['Staff']);
    const written = await runWrite(original);
    const cleared = await clearHighlights(new XlsxWorkbookPort(written));
    expect(cleared).toBe(3);
    const reloaded = await reload(written);
    expect(cellRecords(await inspect(reloaded), ['Staff'])).toEqual(before);
    // Only the s attribute of the marked cells changed, and it went back: the sheet's bytes are the original's.
    expect((await worksheetXml(await saveWorkbook(reloaded), 'Staff')).sheet).toBe((await worksheetXml(originalBytes, 'Staff')).sheet);
    expect(readSnapshot(reloaded).state).toEqual({
      owned: [{ name: 'Conflicts (Loadline)', key: 'conflicts' }, { name: 'Capacity', key: 'capacity' }],
      fills: [],
    });
  });

  it('adds no state sheet to a workbook Loadline never wrote to', async () => {
    const workbook = await userWorkbook();
    await clearHighlights(new XlsxWorkbookPort(workbook));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Staff', 'Conflicts']);
  });
});
