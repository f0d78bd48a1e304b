/**
 * Apply and Undo through the .xlsx door (the package patcher): the edits land in the sheet and
 * survive saving, a table grows by the appended row, Undo gives back the same grids, and a changed
 * cell is refused with nothing written.
 */
import { loadWorkbook, readSnapshot, saveWorkbook, XlsxWorkbookPort } from '../../../src/adapters/xlsx';
import { applySuggestion, planApply, undoSuggestion } from '../../../src/app/apply-suggestion';
import { runCheck } from '../../../src/app/run-check';
import type { RawWorkbook } from '../../../src/workbook/grid';
import { writeXlsx } from '../../../examples/write-xlsx';

const OPTIONS = { today: '2026-03-02', asOf: '2026-03-02' };
// Excel serials of 2026-03-02 and 2026-05-29.
const MARCH_2 = 46083;
const MAY_29 = 46171;

/** Ann and Bob (team Red); Ann booked 50 h/week on Apollo: the best fix moves 10 h/week to Bob (see the Office test). */
function grids(table: boolean): RawWorkbook {
  const sheet = (name: string, values: (string | number | null)[][]) => ({ name, values, originRow: 0, originCol: 0 });
  const assignments = [['Person', 'Project', 'From', 'To', 'Hours per week'], ['Ann', 'Apollo', null, null, 50]];
  return {
    sheets: [
      sheet('Staff', [['Name', 'Team', 'Hours per week', 'Hourly rate'], ['Ann', 'Red', 40, 50], ['Bob', 'Red', 40, 60]]),
      sheet('Projects', [['Project', 'Start', 'End', 'Estimate'], ['Apollo', '2026-03-02', '2026-05-29', 650]]),
      sheet(table ? 'Plan' : 'Assignments', assignments),
    ],
    tables: table ? [{ name: 'Assignments', sheet: 'Plan', values: assignments, originRow: 0, originCol: 0 }] : [],
    date1904: false,
  };
}

async function portOn(table: boolean): Promise<XlsxWorkbookPort> {
  return new XlsxWorkbookPort(await loadWorkbook(await writeXlsx(grids(table))));
}

async function firstFix(port: XlsxWorkbookPort) {
  const outcome = await runCheck(port, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.message);
  const suggestion = outcome.result.report.conflicts.find((c) => c.kind === 'OVERALLOCATED')?.suggestions[0];
  if (!suggestion) throw new Error('no suggestion');
  return suggestion;
}

const valuesOf = (raw: RawWorkbook, sheet: string) => raw.sheets.find((s) => s.name === sheet)?.values;

describe('Apply and Undo on an .xlsx workbook', () => {
  it('patches the cells and appends the row, keeps them through a save, and Undo gives the same grids back', async () => {
    const port = await portOn(false);
    const suggestion = await firstFix(port);
    expect(suggestion.text).toBe('Move 10 h/week of Apollo from Ann to Bob in 2026-W10–W22');
    const before = valuesOf(readSnapshot(port.workbook).raw, 'Assignments');

    const applied = await applySuggestion(port, suggestion, OPTIONS);
    if (!applied.ok) throw new Error(applied.message);
    const saved = await loadWorkbook(await saveWorkbook(port.workbook));
    expect(valuesOf(readSnapshot(saved).raw, 'Assignments')).toEqual([
      ['Person', 'Project', 'From', 'To', 'Hours per week'],
      ['Ann', 'Apollo', null, null, 40],
      ['Bob', 'Apollo', MARCH_2, MAY_29, 10],
    ]);
    if (!applied.check.ok) throw new Error(applied.check.message);
    expect(applied.check.result.report.conflicts.filter((c) => c.kind === 'OVERALLOCATED')).toEqual([]);
    expect(applied.check.applied).toHaveLength(1);

    const undone = await undoSuggestion(port, '1', OPTIONS);
    if (!undone.ok) throw new Error(undone.message);
    expect(valuesOf(readSnapshot(port.workbook).raw, 'Assignments')).toEqual(before);
    if (!undone.check.ok) throw new Error(undone.check.message);
    expect(undone.check.applied).toEqual([]);
  });

  it('grows the table by the appended row, and shrinks it back on Undo', async () => {
    const port = await portOn(true);
    const suggestion = await firstFix(port);
    const applied = await applySuggestion(port, suggestion, OPTIONS);
    if (!applied.ok) throw new Error(applied.message);
    const table = () => readSnapshot(port.workbook).raw.tables.find((t) => t.name === 'Assignments');
    expect(table()?.values).toEqual([
      ['Person', 'Project', 'From', 'To', 'Hours per week'],
      ['Ann', 'Apollo', null, null, 40],
      ['Bob', 'Apollo', MARCH_2, MAY_29, 10],
    ]);
    const undone = await undoSuggestion(port, '1', OPTIONS);
    if (!undone.ok) throw new Error(undone.message);
    expect(table()?.values).toEqual([['Person', 'Project', 'From', 'To', 'Hours per week'], ['Ann', 'Apollo', null, null, 50]]);
  });

  it('refuses, writing nothing, when a cell no longer holds what the change was planned on', async () => {
    const port = await portOn(false);
    const suggestion = await firstFix(port);
    const planned = planApply(await port.read(), suggestion);
    if (!planned.ok) throw new Error(planned.message);
    const stale = { ...planned.write, cells: planned.write.cells.map((c) => ({ ...c, expect: 55 })) };
    await expect(port.writeInputs(stale)).resolves.toEqual({ ok: false, reason: 'changed', cells: ['Assignments!E2'] });
    expect(valuesOf(readSnapshot(port.workbook).raw, 'Assignments')).toEqual([['Person', 'Project', 'From', 'To', 'Hours per week'], ['Ann', 'Apollo', null, null, 50]]);
  });
});
