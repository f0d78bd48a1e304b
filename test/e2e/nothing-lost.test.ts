/**
 * Nothing lost on real files: for a corpus of workbooks — the sample, a generated one and
 * hand-made odd ones — a check followed by clear leaves every input cell's value, formula and
 * number format, every other sheet, defined name, data validation, comment, merge and sheet
 * state exactly as it was, and the highlights restore exactly.
 */
import { Workbook } from 'exceljs';
import { join } from 'path';
import { loadWorkbook, saveWorkbook, XlsxWorkbookPort } from '../../src/adapters/xlsx';
import { readFile } from 'fs/promises';
import { clearHighlights, runCheck } from '../../src/app/run-check';
import { cellRecords, inspect } from '../fixtures/xlsx-helpers';
import { ASSIGNMENT_HEADER, DUTY_HEADER, PROJECT_HEADER, STAFF_HEADER, TIME_OFF_HEADER } from '../helpers/grids';

const LOADLINE_SHEETS = ['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Finance Ledger', 'Input Issues', 'Loadline State'];

/** Everything a user could lose, per sheet that is not Loadline's. */
function userContent(workbook: Workbook) {
  const sheets = workbook.worksheets.filter((w) => !LOADLINE_SHEETS.some((name) => w.name.startsWith(name)));
  return {
    names: sheets.map((w) => [w.name, w.state]),
    cells: Object.fromEntries(Object.entries(cellRecords(workbook, sheets.map((w) => w.name))).map(([k, r]) => [k, [r.value, r.numFmt, r.fill ?? null]])),
    notes: sheets.map((w) => { const notes: unknown[] = []; w.eachRow((row) => row.eachCell((c) => { if (c.note) notes.push([c.address, c.note]); })); return notes; }),
    merges: sheets.map((w) => Object.keys((w as unknown as { _merges: Record<string, unknown> })._merges ?? {}).sort()),
    validations: sheets.map((w) => JSON.stringify((w as unknown as { dataValidations: { model: unknown } }).dataValidations?.model ?? {})),
    hiddenRows: sheets.map((w) => { const hidden: number[] = []; w.eachRow({ includeEmpty: true }, (row, n) => { if (row.hidden) hidden.push(n); }); return hidden; }),
    definedNames: JSON.stringify(workbook.definedNames.model),
  };
}

function addSheet(workbook: Workbook, name: string, rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name);
  rows.forEach((row) => sheet.addRow(row));
  return sheet;
}

/** An odd but valid workbook: merged title, hidden rows and sheets, formulas, validation, notes, names, quotes. */
function oddWorkbook(): Workbook {
  const workbook = new Workbook();
  const staff = workbook.addWorksheet('Staff');
  staff.getCell('A1').value = 'Team plan 2026';
  staff.mergeCells('A1:D1');
  staff.getRow(3).values = STAFF_HEADER;
  staff.addRow(['Ann', 'Ops', 'CC-1', 40, null, { formula: '50+25', result: 75 }]);
  staff.addRow(['=Bob', 'Ops', 'CC-1', 40, null, 60]);
  staff.addRow(['Cy', 'Ops', 'CC-2', 40, null, 60]).hidden = true;
  staff.getCell('A4').note = 'Team lead';
  staff.getCell('D4').dataValidation = { type: 'whole', operator: 'between', formulae: [0, 60], allowBlank: true };
  staff.getCell('F4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  addSheet(workbook, 'Ops Duties', [DUTY_HEADER, ['Desk', 'Ann', null, 30, 'Week', null, null, 'Critical']]);
  const projects = addSheet(workbook, 'Projects', [PROJECT_HEADER, ['Atlas', new Date(Date.UTC(2026, 2, 2)), new Date(Date.UTC(2026, 4, 29)), 1000, 800]]);
  projects.getCell('B2').numFmt = 'dd/mm/yyyy';
  projects.getCell('C2').numFmt = 'dd/mm/yyyy';
  const assignments = workbook.addWorksheet('Assignments');
  assignments.addTable({
    name: 'Bookings', ref: 'B2', headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: ASSIGNMENT_HEADER.map((name) => ({ name, filterButton: true })),
    rows: [['Ann', 'Atlas', null, null, 30, null, 'Confirmed'], ['Cy', 'Atlas', null, null, 10, null, 'Tentative'], ['Zed', 'Atlas', null, null, 5, null, null]],
  });
  addSheet(workbook, 'Time Off', [TIME_OFF_HEADER, ['Ann', new Date(Date.UTC(2026, 2, 9)), new Date(Date.UTC(2026, 2, 13))]]);
  const notes = addSheet(workbook, "Bob's \"notes\" & plans", [['anything', 1, true]]);
  notes.state = 'hidden';
  const wide = workbook.addWorksheet('Wide sheet');
  wide.addRow(Array.from({ length: 300 }, (_, i) => `c${i}`));
  const long = workbook.addWorksheet('Long sheet');
  for (let i = 0; i < 3000; i++) long.addRow([i, `row ${i}`, i % 7 === 0 ? { formula: `A${i + 1}*2`, result: i * 2 } : null]);
  workbook.definedNames.add("'Ops Duties'!$A$2", 'FirstDuty');
  return workbook;
}

async function checkAndClear(bytes: Uint8Array) {
  const before = userContent(await inspect(bytes));
  const checked = await loadWorkbook(bytes);
  const outcome = await runCheck(new XlsxWorkbookPort(checked), { asOf: '2026-03-02', today: '2026-11-23' });
  expect(outcome.ok).toBe(true);
  const checkedBytes = await saveWorkbook(checked);
  const cleared = await loadWorkbook(checkedBytes);
  await clearHighlights(new XlsxWorkbookPort(cleared));
  const clearedBytes = await saveWorkbook(cleared);
  return {
    before, afterCheck: userContent(await inspect(checkedBytes)), afterClear: userContent(await inspect(clearedBytes)), outcome,
    bytes: { before: bytes, afterCheck: checkedBytes, afterClear: clearedBytes },
  };
}

describe('nothing is lost', () => {
  it.each([
    ['the bundled sample', async () => new Uint8Array(await readFile(join(__dirname, '..', '..', 'examples', 'sample.xlsx')))],
    ['an odd hand-made workbook', async () => new Uint8Array(await oddWorkbook().xlsx.writeBuffer() as ArrayBuffer)],
  ])('keeps %s intact through check and clear', async (_name, make) => {
    const { before, afterCheck, afterClear, outcome } = await checkAndClear(await make());
    // After the check only fills may differ (the highlights); everything else is as it was.
    const withoutFills = (content: ReturnType<typeof userContent>) => ({ ...content, cells: Object.fromEntries(Object.entries(content.cells).map(([k, v]) => [k, v.slice(0, 2)])) });
    expect(withoutFills(afterCheck)).toEqual(withoutFills(before));
    expect(afterClear).toEqual(before);
    if (outcome.ok) expect(outcome.written?.highlights.length).toBeGreaterThan(0);
  });

  it('reads the odd workbook through its merged title, table and formula results', async () => {
    const workbook = await loadWorkbook(new Uint8Array(await oddWorkbook().xlsx.writeBuffer() as ArrayBuffer));
    const outcome = await runCheck(new XlsxWorkbookPort(workbook), { asOf: '2026-03-02', today: '2026-11-23', write: false });
    if (!outcome.ok) throw new Error(outcome.message);
    const { report, plan } = outcome.result;
    expect(plan.people.map((p) => [p.name, p.hourlyRate])).toEqual([['Ann', 75], ['=Bob', 60], ['Cy', 60]]);
    // Ann: 30 h desk + 30 h Atlas = 60 / 40 in weeks without leave.
    expect(report.people[0].utilization[0]).toBe(1.5);
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'UNKNOWN_PERSON', sheet: 'Assignments', cell: 'B5' })]);
  });
});
