/**
 * The finance-grade parts of a write through the Office.js adapter, against the strict fake: the
 * Finance Ledger's table, print setup (and its absence on hosts below ExcelApi 1.9), and the
 * input-issue marks with their recorded fill and border, restored exactly by Clear highlights.
 */
import { OfficeWorkbookPort } from '../../../src/adapters/office';
import type { WritePlan } from '../../../src/app/ports';
import type { Highlight, SheetPatch } from '../../../src/workbook/patch';
import type { ExcelFakeOptions } from '../../fakes/excel-fake';
import { conflictsPatch, installFake, recordedState, workbookImage } from './office-fixtures';

const ledgerPatch: SheetPatch = {
  key: 'ledger',
  title: 'Finance Ledger',
  values: [
    ['Month', 'Kind', 'Name', 'Cost centre', 'Type', 'Amount'],
    [46082, 'Project', 'Apollo', 'IT', 'CapEx', 1000],
    [46082, 'Ops', 'Finance', 'Finance', 'OpEx', 800],
  ],
  numberFormats: [{ range: { row: 1, col: 0, rowCount: 2, colCount: 1 }, format: 'yyyy-mm-dd' }],
  styles: [],
  columnWidths: [11, 9, 9, 12, 8, 10],
  freeze: { rows: 1, cols: 0 },
  conditionalFormats: [],
  links: [],
  tables: [{ name: 'LoadlineLedger', range: { row: 0, col: 0, rowCount: 3, colCount: 6 }, style: 'TableStyleMedium2' }],
};

const printed = conflictsPatch({
  print: { orientation: 'landscape', fitToPagesWide: 1, repeatRows: 2, repeatCols: 4, footer: 'R&D check, status date 2026-03-02' },
});

/** A user's green medium line under B3 and a dashed one on its left; B3 has a yellow fill. */
const userBorder = {
  EdgeBottom: { style: 'Continuous', color: '00B050', weight: 'Medium' },
  EdgeLeft: { style: 'Dash', color: '000000', weight: 'Thin' },
};
const dotted = { style: 'Dot', color: 'FF0000', weight: 'Thin' };
const issueBorders = { EdgeTop: dotted, EdgeBottom: dotted, EdgeLeft: dotted, EdgeRight: dotted };

function workbook(extra: Partial<ExcelFakeOptions> = {}): ExcelFakeOptions {
  return {
    sheets: {
      Staff: { values: [['Name', 'Hours', 'Team'], ['Ada', 40, 'Ops'], ['Ben', 'n/a', 'Ops']], fills: { B3: 'FFFF00' }, borders: { B3: userBorder } },
    },
    ...extra,
  };
}

function plan(overrides: Partial<WritePlan> = {}): WritePlan {
  return { sheets: [{ name: 'Conflicts', patch: printed }, { name: 'Finance Ledger', patch: ledgerPatch }], removeSheets: [], restoreFills: [], highlights: [], ...overrides };
}

describe('Office door: the Finance Ledger table', () => {
  it('makes the LoadlineLedger table over the ledger, with its style, and keeps the values', async () => {
    const fake = installFake(workbook());
    await new OfficeWorkbookPort().write(plan());
    expect(fake.tables).toEqual([{ name: 'LoadlineLedger', sheet: 'Finance Ledger', address: 'A1:F3', style: 'TableStyleMedium2' }]);
    expect(fake.sheet('Finance Ledger').values()).toEqual(ledgerPatch.values);
    expect(fake.sheet('Finance Ledger').cell('A2').numberFormat).toBe('yyyy-mm-dd');
  });

  it('replaces the table on a re-run: one LoadlineLedger, on the new sheet', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    await port.write(plan());
    const state = recordedState(fake);
    await port.write(plan({ restoreFills: state.fills }));
    expect(fake.tables).toEqual([{ name: 'LoadlineLedger', sheet: 'Finance Ledger', address: 'A1:F3', style: 'TableStyleMedium2' }]);
    expect(fake.sheetNames().filter((name) => name.startsWith('Finance'))).toEqual(['Finance Ledger']);
  });

  it('puts the ledger after OpEx CapEx in a workbook checked before the ledger existed, not at the end', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    const issues = conflictsPatch({ key: 'issues', title: 'Input Issues' });
    await port.write(plan({ sheets: [{ name: 'Conflicts', patch: printed }, { name: 'Input Issues', patch: issues }] }));
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Mine');
      await context.sync();
    });
    await port.write(plan({ sheets: [{ name: 'Conflicts', patch: printed }, { name: 'Finance Ledger', patch: ledgerPatch }, { name: 'Input Issues', patch: issues }] }));
    expect(fake.sheetNames()).toEqual(['Staff', 'Conflicts', 'Finance Ledger', 'Input Issues', 'Mine', 'Loadline State']);
  });

  it('leaves a user table already named LoadlineLedger alone and names its own LoadlineLedger2', async () => {
    const fake = installFake(workbook({ sheets: { ...workbook().sheets, Mine: [['A', 'B'], [1, 2]] }, tables: [{ name: 'LoadlineLedger', sheet: 'Mine', range: 'A1:B2' }] }));
    await new OfficeWorkbookPort().write(plan());
    expect(fake.tables.map((t) => [t.name, t.sheet, t.address])).toEqual([
      ['LoadlineLedger', 'Mine', 'A1:B2'],
      ['LoadlineLedger2', 'Finance Ledger', 'A1:F3'],
    ]);
  });
});

describe('Office door: print setup', () => {
  it('prints landscape, one page wide, repeating rows 1-2 and columns A-D, with the footer’s & escaped', async () => {
    const fake = installFake(workbook());
    await new OfficeWorkbookPort().write(plan());
    expect(fake.sheet('Conflicts').pageLayout).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      printTitleColumns: '$A:$D',
      centerFooter: 'R&&D check, status date 2026-03-02',
    });
    // A sheet without print setup keeps Excel's defaults.
    expect(fake.sheet('Finance Ledger').pageLayout.orientation).toBe('Portrait');
  });

  it('writes everything but the print setup on a host below ExcelApi 1.9', async () => {
    const fake = installFake(workbook({ excelApi: '1.8' }));
    await new OfficeWorkbookPort().write(plan());
    expect(fake.sheet('Conflicts').values()).toEqual(printed.values);
    expect(fake.sheet('Conflicts').pageLayout).toEqual({ orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: null, printTitleColumns: null, centerFooter: '' });
    expect(fake.tables.map((t) => t.name)).toEqual(['LoadlineLedger']);
  });
});

describe('Office door: input-issue marks', () => {
  const issue: Highlight = { sheet: 'Staff', cell: 'B3', level: 'issue' };

  it('marks the cell light red with a dotted red border and records its fill and border as the file describes them', async () => {
    const fake = installFake(workbook());
    await new OfficeWorkbookPort().write(plan({ highlights: [issue] }));
    expect(fake.sheet('Staff').fills()).toEqual({ B3: 'FDE9E9' });
    expect(fake.sheet('Staff').borders()).toEqual({ B3: issueBorders });
    // Medium continuous = "medium", thin dash = "dashed"; colours as ARGB.
    expect(recordedState(fake).fills).toEqual([{
      sheet: 'Staff', cell: 'B3',
      original: { color: 'FFFF00', border: { bottom: { style: 'medium', color: { argb: 'FF00B050' } }, left: { style: 'dashed', color: { argb: 'FF000000' } } } },
    }]);
  });

  it('restores the fill and the border exactly on Clear highlights, and records a cell without border as null', async () => {
    const fake = installFake(workbook());
    const before = { fills: fake.sheet('Staff').fills(), borders: fake.sheet('Staff').borders() };
    const port = new OfficeWorkbookPort();
    await port.write(plan({ highlights: [issue, { sheet: 'Staff', cell: 'C2', level: 'issue' }] }));
    expect(recordedState(fake).fills.find((f) => f.cell === 'C2')?.original).toEqual({ color: null, border: null });
    await port.clearHighlights(recordedState(fake));
    expect({ fills: fake.sheet('Staff').fills(), borders: fake.sheet('Staff').borders() }).toEqual(before);
    expect(recordedState(fake).fills).toEqual([]);
  });

  it('gives the same workbook and record when checked twice', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    const highlights: Highlight[] = [issue, { sheet: 'Staff', cell: 'A2', level: 'high' }];
    await port.write(plan({ highlights }));
    const once = { image: workbookImage(fake), borders: fake.sheet('Staff').borders(), state: recordedState(fake) };
    await port.write(plan({ highlights, restoreFills: once.state.fills }));
    expect({ image: workbookImage(fake), borders: fake.sheet('Staff').borders(), state: recordedState(fake) }).toEqual(once);
  });

  it('draws a conflict’s fill with the issue’s border on a cell named by both, and restores both', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    await port.write(plan({ highlights: [issue, { sheet: 'Staff', cell: 'B3', level: 'high' }] }));
    expect(fake.sheet('Staff').fills()).toEqual({ B3: 'FFC7CE' });
    expect(fake.sheet('Staff').borders()).toEqual({ B3: issueBorders });
    await port.clearHighlights(recordedState(fake));
    expect(fake.sheet('Staff').fills()).toEqual({ B3: 'FFFF00' });
    expect(fake.sheet('Staff').borders()).toEqual({ B3: userBorder });
  });

  it('puts the border back when a re-run names the cell only as a conflict, and reads it when a conflict cell becomes an issue', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    await port.write(plan({ highlights: [issue] }));
    // Second run: B3 is only a conflict now; its user border comes back, the red fill goes on.
    await port.write(plan({ highlights: [{ sheet: 'Staff', cell: 'B3', level: 'medium' }], restoreFills: recordedState(fake).fills }));
    expect(fake.sheet('Staff').fills()).toEqual({ B3: 'FFEB9C' });
    expect(fake.sheet('Staff').borders()).toEqual({ B3: userBorder });
    expect(recordedState(fake).fills).toEqual([{ sheet: 'Staff', cell: 'B3', original: { color: 'FFFF00' } }]);
    // Third run: an issue again; the border is read now (the fill record is the first run's).
    await port.write(plan({ highlights: [issue], restoreFills: recordedState(fake).fills }));
    expect(fake.sheet('Staff').borders()).toEqual({ B3: issueBorders });
    await port.clearHighlights(recordedState(fake));
    expect(fake.sheet('Staff').fills()).toEqual({ B3: 'FFFF00' });
    expect(fake.sheet('Staff').borders()).toEqual({ B3: userBorder });
  });
});
