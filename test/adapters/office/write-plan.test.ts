import { OfficeWorkbookPort } from '../../../src/adapters/office';
import type { WritePlan } from '../../../src/app/ports';
import type { Highlight } from '../../../src/workbook/patch';
import { STATE_SHEET } from '../../../src/workbook/state';
import type { ExcelFakeOptions } from '../../fakes/excel-fake';
import { conflictsPatch, installFake, recordedState, workbookImage } from './office-fixtures';

const staffRows = [['Name', 'Hours', 'Team'], ...Array.from({ length: 9 }, (_, i) => [`P${i + 2}`, 40, 'Ops'])];

/** Staff with a user's green fill on B5; Notes is a user sheet. */
function workbook(extra: Partial<ExcelFakeOptions> = {}): ExcelFakeOptions {
  return { sheets: { Staff: { values: staffRows, fills: { B5: 'C6EFCE' } }, Notes: [['mine']] }, ...extra };
}

const highlights: Highlight[] = [
  ...['B4', 'B5', 'B6', 'B7', 'B8', 'B9'].map((cell) => ({ sheet: 'Staff', cell, level: 'high' as const })),
  { sheet: 'Staff', cell: 'C4', level: 'medium' },
  { sheet: 'staff', cell: 'a2', level: 'medium' },
  { sheet: 'Staff', cell: 'A2', level: 'high' },
];

function plan(overrides: Partial<WritePlan> = {}): WritePlan {
  return { sheets: [{ name: 'Conflicts', patch: conflictsPatch() }], removeSheets: [], restoreFills: [], highlights, activate: 'Conflicts', ...overrides };
}

describe('OfficeWorkbookPort.write', () => {
  it('writes the summary sheet, highlights, the state and activates the sheet in four syncs', async () => {
    const fake = installFake(workbook());
    await new OfficeWorkbookPort().write(plan());

    const conflicts = fake.sheet('Conflicts');
    expect(conflicts.values()).toEqual([
      ['Kind', 'Person', 'Hours', 'From', 'Cell'],
      ['OVERALLOCATED', 'Ada', 12.5, 46083, 'Staff!A2'],
      ['COVERAGE_GAP', '=evil', 4, 46090, 'Staff!A3'],
    ]);
    // The name "=evil" stays text: Text format set before the value, so Excel made no formula.
    expect(conflicts.cell('B3')).toMatchObject({ value: '=evil', formula: null, numberFormat: '@' });
    expect(conflicts.cell('D2').numberFormat).toBe('yyyy-mm-dd');
    expect(conflicts.cell('C2').numberFormat).toBe('General');
    expect(conflicts.cell('A1')).toMatchObject({ bold: true, fill: 'DDEBF7' });
    // 18 characters → (18 × 7 + 5) × 0.75 = 98.25 pt; 12 → 66.75 pt.
    expect([conflicts.columnWidths.get(0), conflicts.columnWidths.get(1)]).toEqual([98.25, 66.75]);
    expect(conflicts.conditionalFormats).toEqual([expect.objectContaining({ type: 'Custom', address: 'A2:A3', formula: '=A2="OVERALLOCATED"', fill: '#FFC7CE', fontColor: '#9C0006' })]);
    expect(conflicts.cell('E2').hyperlink).toEqual({ documentReference: "'Staff'!A2" });
    expect(conflicts.freeze).toEqual({ rows: 1, cols: 0 });
    expect([conflicts.visibility, fake.activeSheet]).toEqual(['Visible', 'Conflicts']);

    // A2 named twice: high wins. B4:B9 high, C4 medium; B5's own green is recorded, not lost.
    expect(fake.sheet('Staff').fills()).toEqual({ A2: 'FFC7CE', B4: 'FFC7CE', B5: 'FFC7CE', B6: 'FFC7CE', B7: 'FFC7CE', B8: 'FFC7CE', B9: 'FFC7CE', C4: 'FFEB9C' });
    expect(fake.sheet(STATE_SHEET).visibility).toBe('VeryHidden');
    const state = recordedState(fake);
    expect(state.owned).toEqual([{ name: 'Conflicts', key: 'conflicts' }]);
    expect(state.fills.find((f) => f.cell === 'B5')).toEqual({ sheet: 'Staff', cell: 'B5', original: { color: 'C6EFCE' } });
    expect(state.fills.filter((f) => f.original.color === null).map((f) => f.cell).sort()).toEqual(['A2', 'B4', 'B6', 'B7', 'B8', 'B9', 'C4']);

    // Sheet list, fill snapshots, the temporary sheets, the commit.
    expect(fake.syncs).toHaveLength(4);
    expect(fake.sheetNames()).toEqual(['Staff', 'Notes', 'Conflicts', STATE_SHEET]);
    expect(fake.calculationSuspensions).toBeGreaterThan(0);
  });

  it('gives the same workbook when run twice, restoring the first run\'s fills and keeping the tab where the user moved it', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    await port.write(plan());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Conflicts').position = 0;
      await context.sync();
    });
    const once = workbookImage(fake);
    const firstState = recordedState(fake);
    await port.write(plan({ restoreFills: firstState.fills }));
    expect(workbookImage(fake)).toEqual(once);
    expect(fake.sheetNames()).toEqual(['Conflicts', 'Staff', 'Notes', STATE_SHEET]);
    expect(recordedState(fake)).toEqual(firstState);
  });

  it('restores fills of cells no longer highlighted and deletes sheets no longer written', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    await port.write(plan({ sheets: [{ name: 'Conflicts', patch: conflictsPatch() }, { name: 'Input Issues', patch: conflictsPatch({ key: 'issues' }) }] }));
    const state = recordedState(fake);
    await port.write(plan({ restoreFills: state.fills, removeSheets: ['Input Issues'], highlights: [{ sheet: 'Staff', cell: 'C9', level: 'high' }] }));
    expect(fake.sheet('Staff').fills()).toEqual({ B5: 'C6EFCE', C9: 'FFC7CE' });
    expect(fake.hasSheet('Input Issues')).toBe(false);
    expect(recordedState(fake)).toEqual({ owned: [{ name: 'Conflicts', key: 'conflicts' }], fills: [{ sheet: 'Staff', cell: 'C9', original: { color: null } }] });
  });

  it('leaves the old workbook, and no temporary sheet, whichever sync fails', async () => {
    const setUp = async () => {
      const fake = installFake(workbook());
      const port = new OfficeWorkbookPort();
      await port.write(plan());
      return { fake, port, secondPlan: plan({ restoreFills: recordedState(fake).fills, highlights: [{ sheet: 'Staff', cell: 'C9', level: 'high' }] }) };
    };
    const probe = await setUp();
    const before = probe.fake.syncs.length;
    await probe.port.write(probe.secondPlan);
    const syncsOfWrite = probe.fake.syncs.length - before;
    expect(syncsOfWrite).toBe(4);

    for (let failing = 1; failing <= syncsOfWrite; failing++) {
      const { fake, port, secondPlan } = await setUp();
      const old = workbookImage(fake);
      fake.failAtSync(fake.syncs.length + failing);
      await expect(port.write(secondPlan)).rejects.toMatchObject({ code: 'GeneralException' });
      expect(workbookImage(fake)).toEqual(old);
    }
  });

  it('packs a large sheet into requests under the budget, with few syncs beyond the minimum', async () => {
    // 600 rows × 8 columns: about 600 × (8 × 11 + 8 × 4) ≈ 72 KB of values and formats.
    const values = Array.from({ length: 600 }, (_, r) => Array.from({ length: 8 }, (_, c) => (c % 2 === 0 ? `row ${r} col ${c}` : r * c)));
    const fake = installFake({ ...workbook(), payloadLimitBytes: 12_500 });
    await new OfficeWorkbookPort({ budgetBytes: 10_000 }).write(plan({ sheets: [{ name: 'Capacity', patch: conflictsPatch({ key: 'capacity', values, links: [], conditionalFormats: [] }) }], highlights: [] }));
    expect(fake.sheet('Capacity').values()).toEqual(values);
    const requestBytes = fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(fake.syncs.every((s) => s.failed === undefined && s.requestBytes <= 10_000)).toBe(true);
    // Sheet list + commit, plus the writes: at most one request beyond what the bytes need.
    expect(fake.syncs.length).toBeLessThanOrEqual(Math.ceil(requestBytes / 10_000) + 3);
  });

  it('records highlights before painting them when they need more than one request', async () => {
    // 60 scattered cells (no two adjacent) cannot be grouped: 60 fill operations > a 6 KB budget.
    const many: Highlight[] = Array.from({ length: 60 }, (_, i) => ({ sheet: 'Grid', cell: `${String.fromCharCode(65 + (i % 10) * 2)}${1 + Math.floor(i / 10) * 2}`, level: 'high' }));
    const options = { sheets: { Grid: [['x']] }, payloadLimitBytes: 8_000 };
    const budget = { budgetBytes: 6_000 };
    const fake = installFake(options);
    await new OfficeWorkbookPort(budget).write(plan({ highlights: many }));
    expect(Object.keys(fake.sheet('Grid').fills())).toHaveLength(60);
    expect(recordedState(fake).fills).toHaveLength(60);
    const syncs = fake.syncs.length;

    const paintedCounts: number[] = [];
    for (let failing = 1; failing <= syncs; failing++) {
      const attempt = installFake(options);
      attempt.failAtSync(failing);
      await expect(new OfficeWorkbookPort(budget).write(plan({ highlights: many }))).rejects.toMatchObject({ code: 'GeneralException' });
      const recorded = new Set(recordedState(attempt).fills.map((f) => f.cell));
      const painted = Object.keys(attempt.sheet('Grid').fills());
      expect(painted.filter((cell) => !recorded.has(cell))).toEqual([]);
      expect(attempt.sheetNames().filter((n) => n.startsWith('Loadline temp'))).toEqual([]);
      paintedCounts.push(painted.length);
    }
    // The fills really went in several requests: some failures stop half way.
    expect(paintedCounts.some((n) => n > 0 && n < 60)).toBe(true);
  });

  it('skips highlights on protected, missing and rewritten sheets and keeps the records it cannot restore yet', async () => {
    const fake = installFake({ sheets: { Staff: staffRows, Locked: { values: [['a']], protected: true }, Conflicts: [['old']] } });
    const kept = { sheet: 'Locked', cell: 'A1', original: { color: 'FFFF00' } };
    const skipped: Highlight[] = [{ sheet: 'Locked', cell: 'A1', level: 'high' }, { sheet: 'Gone', cell: 'A1', level: 'high' }, { sheet: 'Conflicts', cell: 'A1', level: 'high' }];
    await new OfficeWorkbookPort().write(plan({ restoreFills: [kept], highlights: [...skipped, { sheet: 'Staff', cell: 'A3', level: 'high' }] }));
    expect(fake.sheet('Locked').fills()).toEqual({});
    expect(fake.sheet('Conflicts').fills()).toEqual({ A1: 'DDEBF7', B1: 'DDEBF7', C1: 'DDEBF7', D1: 'DDEBF7', E1: 'DDEBF7' });
    expect(recordedState(fake).fills).toEqual([{ sheet: 'Staff', cell: 'A3', original: { color: null } }, kept]);
  });
});

describe('OfficeWorkbookPort.clearHighlights', () => {
  it('restores every recorded fill, empties the fill record and keeps the owned sheets', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    await port.write(plan());
    const before = fake.syncs.length;
    await port.clearHighlights(recordedState(fake));
    expect(fake.sheet('Staff').fills()).toEqual({ B5: 'C6EFCE' });
    expect(recordedState(fake)).toEqual({ owned: [{ name: 'Conflicts', key: 'conflicts' }], fills: [] });
    expect(fake.sheet(STATE_SHEET).visibility).toBe('VeryHidden');
    expect(fake.syncs.length - before).toBe(2);
  });
});
