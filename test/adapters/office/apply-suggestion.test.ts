/**
 * Apply and Undo of a suggestion through the Office.js door, on the strict fake: the edits land
 * in the input sheets in one batch (a table grows by the appended row), the exact previous values
 * are recorded in Loadline's state and survive other checks, Undo restores the workbook exactly,
 * and a changed cell or a protected sheet is refused with nothing written.
 */
import { OfficeWorkbookPort } from '../../../src/adapters/office';
import { applySuggestion, planApply, undoSuggestion } from '../../../src/app/apply-suggestion';
import { runCheck } from '../../../src/app/run-check';
import type { Conflict, Suggestion } from '../../../src/core/report';
import type { ExcelFakeOptions } from '../../fakes/excel-fake';
import { installFake, recordedState } from './office-fixtures';

const TODAY = '2026-03-02';
const OPTIONS = { today: TODAY, asOf: TODAY };
// Excel serials of 2026-03-02 and 2026-05-29 (days since 1899-12-30).
const MARCH_2 = 46083;
const MAY_29 = 46171;

/**
 * Ann and Bob (team Red, 40 h a week). Apollo runs 2 March – 29 May 2026; Ann is booked 50 h a
 * week on it: 10 h over in each of 13 weeks. The best fix moves 10 h a week to Bob: Assignments
 * E2 from 50 to 40 and a row for Bob. `table` puts the assignments in an Excel table with a note
 * two rows under it.
 */
function workbook(options: { table?: boolean } = {}): ExcelFakeOptions {
  const assignments = [['Person', 'Project', 'From', 'To', 'Hours per week'], ['Ann', 'Apollo', null, null, 50]];
  return {
    sheets: {
      Staff: [['Name', 'Team', 'Hours per week', 'Hourly rate'], ['Ann', 'Red', 40, 50], ['Bob', 'Red', 40, 60]],
      Projects: [['Project', 'Start', 'End', 'Estimate'], ['Apollo', '2026-03-02', '2026-05-29', 650]],
      [options.table ? 'Plan' : 'Assignments']: options.table ? [...assignments, [], ['Note: bookings above']] : assignments,
    },
    tables: options.table ? [{ name: 'Assignments', sheet: 'Plan', range: 'A1:E2' }] : [],
  };
}

async function firstFix(port: OfficeWorkbookPort): Promise<{ conflict: Conflict; suggestion: Suggestion }> {
  const outcome = await runCheck(port, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.message);
  const conflict = outcome.result.report.conflicts.find((c) => c.kind === 'OVERALLOCATED' && c.person === 'Ann');
  if (!conflict?.suggestions[0]) throw new Error('no suggestion for Ann');
  return { conflict, suggestion: conflict.suggestions[0] };
}

describe('Apply and Undo in Excel', () => {
  it('applies the edits, records the previous values, checks again; Undo restores the sheet exactly, even after another check', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    const { suggestion } = await firstFix(port);
    expect(suggestion.text).toBe('Move 10 h/week of Apollo from Ann to Bob in 2026-W10–W22');
    const before = fake.sheet('Assignments').values();

    const applied = await applySuggestion(port, suggestion, OPTIONS);
    if (!applied.ok) throw new Error(applied.message);
    // E2 lowered; Bob's row under the last one, dates typed in as dates.
    expect(fake.sheet('Assignments').values()).toEqual([
      ['Person', 'Project', 'From', 'To', 'Hours per week'],
      ['Ann', 'Apollo', null, null, 40],
      ['Bob', 'Apollo', MARCH_2, MAY_29, 10],
    ]);
    expect(fake.sheet('Assignments').cell('C3').numberFormat).toBe('yyyy-mm-dd');
    // The check after it finds Ann no longer over-allocated.
    if (!applied.check.ok) throw new Error(applied.check.message);
    expect(applied.check.result.report.conflicts.filter((c) => c.kind === 'OVERALLOCATED')).toEqual([]);
    expect(recordedState(fake).applied).toEqual([{
      id: '1', text: suggestion.text,
      cells: [{ sheet: 'Assignments', cell: 'E2', before: 50, after: 40 }],
      rows: [{ sheet: 'Assignments', table: null, row: 2, col: 0, values: ['Bob', 'Apollo', '2026-03-02', '2026-05-29', 10] }],
    }]);

    // Another check keeps the record.
    await runCheck(port, OPTIONS);
    expect(recordedState(fake).applied).toHaveLength(1);

    const undone = await undoSuggestion(port, '1', OPTIONS);
    if (!undone.ok) throw new Error(undone.message);
    expect(fake.sheet('Assignments').values()).toEqual(before);
    expect(recordedState(fake).applied ?? []).toEqual([]);
    if (!undone.check.ok) throw new Error(undone.check.message);
    expect(undone.check.result.report.conflicts.some((c) => c.kind === 'OVERALLOCATED')).toBe(true);
  });

  it('writes every value and the state in one sync, after two reads; a failure there changes nothing', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    const { suggestion } = await firstFix(port);
    const planned = planApply(await port.read(), suggestion);
    if (!planned.ok) throw new Error(planned.message);
    const valuesBefore = fake.sheet('Assignments').values();
    const stateBefore = recordedState(fake);

    const syncsBefore = fake.syncs.length;
    fake.failAtSync(syncsBefore + 3);
    await expect(port.writeInputs(planned.write)).rejects.toThrow();
    expect(fake.syncs.length - syncsBefore).toBe(3);
    expect(fake.sheet('Assignments').values()).toEqual(valuesBefore);
    expect(recordedState(fake)).toEqual(stateBefore);

    await expect(port.writeInputs(planned.write)).resolves.toEqual({ ok: true });
    expect(fake.sheet('Assignments').cell('E2').value).toBe(40);
  });

  it('grows a table by the appended row, moving what is under it down, and Undo shrinks it back', async () => {
    const fake = installFake(workbook({ table: true }));
    const port = new OfficeWorkbookPort();
    const { suggestion } = await firstFix(port);
    const before = fake.sheet('Plan').values();

    const applied = await applySuggestion(port, suggestion, OPTIONS);
    if (!applied.ok) throw new Error(applied.message);
    expect(fake.tables.find((t) => t.name === 'Assignments')?.address).toBe('A1:E3');
    expect(fake.sheet('Plan').values()).toEqual([
      ['Person', 'Project', 'From', 'To', 'Hours per week'],
      ['Ann', 'Apollo', null, null, 40],
      ['Bob', 'Apollo', MARCH_2, MAY_29, 10],
      [null, null, null, null, null],
      ['Note: bookings above', null, null, null, null],
    ]);

    const undone = await undoSuggestion(port, '1', OPTIONS);
    if (!undone.ok) throw new Error(undone.message);
    expect(fake.tables.find((t) => t.name === 'Assignments')?.address).toBe('A1:E2');
    expect(fake.sheet('Plan').values()).toEqual(before);
  });

  it('refuses, changing nothing, when a cell changed since the check or since it was applied', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    const { suggestion } = await firstFix(port);
    const setE2 = (value: number) => Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Assignments').getRange('E2').values = [[value]];
      await context.sync();
    });

    await setE2(55);
    const stale = await applySuggestion(port, suggestion, OPTIONS);
    expect(stale).toEqual({ ok: false, message: 'Not applied: Assignments!E2 changed since the check. Choose Check capacity for up-to-date suggestions.' });
    expect(fake.sheet('Assignments').values()).toHaveLength(2);

    await setE2(50);
    const applied = await applySuggestion(port, suggestion, OPTIONS);
    if (!applied.ok) throw new Error(applied.message);
    await setE2(45);
    const undone = await undoSuggestion(port, '1', OPTIONS);
    expect(undone).toEqual({ ok: false, message: 'Not undone: Assignments!E2 changed after the suggestion was applied. Put it back by hand, or keep the change.' });
    expect(fake.sheet('Assignments').values()[2]).toEqual(['Bob', 'Apollo', MARCH_2, MAY_29, 10]);
    expect(recordedState(fake).applied).toHaveLength(1);
  });

  it('refuses on a protected sheet and names it; Loadline never unprotects it', async () => {
    const fake = installFake(workbook());
    const port = new OfficeWorkbookPort();
    const { suggestion } = await firstFix(port);
    fake.setProtected('Assignments', true);
    const refused = await applySuggestion(port, suggestion, OPTIONS);
    expect(refused).toEqual({
      ok: false,
      message: 'Not applied: Assignments is protected. Loadline never unprotects a sheet: unprotect it (Review → Unprotect Sheet) and try again.',
    });
    expect(fake.sheet('Assignments').protected).toBe(true);
    expect(fake.sheet('Assignments').cell('E2').value).toBe(50);
    expect(recordedState(fake).applied ?? []).toEqual([]);
  });

  it('writes a name that looks like a formula as text, and puts it back as text', async () => {
    // Ann works 0 h a week, so her 10 h/week on Apollo are all over: the whole booking goes to
    // "=Cy", the only team mate. Excel would read "=Cy" typed into a cell as a formula.
    const fake = installFake({
      sheets: {
        Staff: [['Name', 'Team', 'Hours per week', 'Hourly rate'], ['Ann', 'Red', 0, 50], ['=Cy', 'Red', 40, 60]],
        Projects: [['Project', 'Start', 'End', 'Estimate'], ['Apollo', '2026-03-02', '2026-05-29', 130]],
        Assignments: { values: [['Person', 'Project', 'From', 'To', 'Hours per week'], ['Ann', 'Apollo', null, null, 10]] },
      },
    });
    const port = new OfficeWorkbookPort();
    const { suggestion } = await firstFix(port);
    expect(suggestion.edits).toEqual([{ sheet: 'Assignments', cell: 'A2', before: 'Ann', after: '=Cy' }]);
    const applied = await applySuggestion(port, suggestion, OPTIONS);
    if (!applied.ok) throw new Error(applied.message);
    expect(fake.sheet('Assignments').cell('A2')).toMatchObject({ value: '=Cy', formula: null });
    const undone = await undoSuggestion(port, '1', OPTIONS);
    if (!undone.ok) throw new Error(undone.message);
    expect(fake.sheet('Assignments').cell('A2')).toMatchObject({ value: 'Ann', formula: null });
  });

  it('refuses information, which has nothing to apply', async () => {
    installFake(workbook());
    const outcome = await applySuggestion(new OfficeWorkbookPort(), { text: 'For information: …', edits: [] }, OPTIONS);
    expect(outcome).toEqual({ ok: false, message: 'This suggestion is information only: there is nothing to apply.' });
  });
});
