/**
 * The workbook contract reader: finding sheets, headers and columns, and one test per diagnostic
 * code naming the cell it reports.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/core/diagnostics';
import { MAX_SHEET_ROWS, readPlan } from '../../src/workbook/read-plan';
import type { RawWorkbook } from '../../src/workbook/grid';
import { check, plan, workbook, PROJECT_HEADER, STAFF_HEADER } from '../helpers/grids';

function read(raw: RawWorkbook) {
  const result = readPlan(raw);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const ann = ['Ann', 'T', 'CC', 40, null, 50];
const atlas = ['Atlas', '2026-03-02', '2026-05-29'];

describe('finding sheets and columns', () => {
  it('finds sheets by alias regardless of case and spaces, and the header below merged title rows', () => {
    const raw = workbook({
      ' people ': [['Our team, 2026'], [], ['Employee', 'Weekly hours', 'Notes', 'Loaded rate'], ['Ann', 30, 'ignored', 80]],
      BAU: [['Duty', 'Owner', 'Hours per week'], ['Desk', 'Ann', 5]],
    });
    const { plan: p, diagnostics } = read(raw);
    expect(p.people).toEqual([expect.objectContaining({ name: 'Ann', hoursPerWeek: 30, hourlyRate: 80, cells: expect.objectContaining({ name: { sheet: ' people ', cell: 'A4' } }) })]);
    expect(p.duties.map((d) => [d.name, d.hoursPerWeek])).toEqual([['Desk', 5]]);
    expect(diagnostics.map((d) => d.code)).toEqual(['SHEET_MISSING', 'SHEET_MISSING']); // Projects, Assignments
  });

  it('prefers an Excel table and addresses cells from its origin', () => {
    const raw: RawWorkbook = {
      sheets: [{ name: 'Data', values: [], originRow: 0, originCol: 0 }],
      tables: [{ name: 'Staff', sheet: 'Data', originRow: 4, originCol: 2, values: [['Name', 'Hourly rate'], ['Ann', 'lots']] }],
      date1904: false,
    };
    const result = readPlan(raw);
    // Table at C5: header row 5, Ann's rate is D6.
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'NOT_A_NUMBER', sheet: 'Data', cell: 'D6' }));
  });

  it('skips rows whose key cells are all blank without a word', () => {
    const { plan: p, diagnostics } = read(plan({ staff: [ann, [null, 'T', 'CC', 40], ['  ']] }));
    expect(p.people.map((x) => x.name)).toEqual(['Ann']);
    expect(diagnostics.filter((d) => d.sheet === 'Staff')).toEqual([]);
  });

  it('keeps a name that begins with "=" as a name', () => {
    const { plan: p } = read(plan({ staff: [['=Ann', 'T', 'CC', 40, null, 50]], projects: [atlas], assignments: [['=ann', 'Atlas', null, null, 10]] }));
    expect(p.assignments[0].person).toBe('=Ann');
  });

  it('cannot check a workbook without a Staff sheet and says which sheets it has', () => {
    const result = readPlan(workbook({ Sheet1: [['hello']] }));
    expect(result).toMatchObject({ ok: false, message: 'The workbook has no Staff sheet (also looked for People, Resources, Employees, Team); its sheets are: Sheet1.' });
  });
});

// One row per diagnostic code: the workbook that raises it and the cell it must name.
const CASES: [DiagnosticCode, RawWorkbook, string, string][] = [
  ['SHEET_MISSING', workbook({ Staff: [STAFF_HEADER, ann] }), 'Projects', ''],
  ['HEADER_NOT_FOUND', workbook({ Staff: [STAFF_HEADER, ann], Projects: [['Name', 'When']] }), 'Projects', 'A1'],
  ['COLUMN_MISSING', workbook({ Staff: [STAFF_HEADER, ann], 'Ops Duties': [['Duty', 'Owner', 'Per']] }), 'Ops Duties', 'A1'],
  ['REQUIRED_BLANK', plan({ staff: [ann], projects: [['Atlas', null, '2026-05-29']] }), 'Projects', 'B2'],
  ['CELL_ERROR_VALUE', plan({ staff: [['Ann', 'T', 'CC', { error: '#REF!' }]] }), 'Staff', 'D2'],
  ['NOT_A_NUMBER', plan({ staff: [['Ann', 'T', 'CC', 'full time']] }), 'Staff', 'D2'],
  ['NOT_A_DATE', plan({ staff: [ann], projects: [['Atlas', '2026-03-02', 'soon']] }), 'Projects', 'C2'],
  ['AMBIGUOUS_DATE', plan({ staff: [ann], projects: [['Atlas', '03/04/2026', '2026-05-29']] }), 'Projects', 'B2'],
  ['NOT_A_PERCENT', plan({ staff: [ann], projects: [atlas], assignments: [['Ann', 'Atlas', null, null, null, 'most']] }), 'Assignments', 'F2'],
  ['NEGATIVE_VALUE', plan({ staff: [ann], projects: [atlas], assignments: [['Ann', 'Atlas', null, null, -5]] }), 'Assignments', 'E2'],
  ['VALUE_OUT_OF_RANGE', plan({ staff: [ann], projects: [['Atlas', '2026-03-02', '2026-05-29', null, null, '120%']] }), 'Projects', 'F2'],
  ['END_BEFORE_START', plan({ staff: [ann], timeOff: [['Ann', '2026-03-10', '2026-03-02']] }), 'Time Off', 'C2'],
  ['DUPLICATE_NAME', plan({ staff: [ann, ['ann ', 'T', 'CC', 20]] }), 'Staff', 'A3'],
  ['UNKNOWN_PERSON', plan({ staff: [ann], projects: [atlas], assignments: [['Bob', 'Atlas', null, null, 10]] }), 'Assignments', 'A2'],
  ['UNKNOWN_PROJECT', plan({ staff: [ann], assignments: [['Ann', 'Zeus', null, null, 10]] }), 'Assignments', 'B2'],
  ['UNKNOWN_VALUE', plan({ staff: [ann], duties: [['Desk', 'Ann', null, 2, 'Fortnight']] }), 'Ops Duties', 'E2'],
  ['UNKNOWN_SETTING', plan({ staff: [ann], settings: [['Favourite colour', 'blue']] }), 'Settings', 'A2'],
  ['MISSING_RATE', plan({ staff: [['Ann', 'T', 'CC', 40]] }), 'Staff', 'F2'],
  ['MISSING_HOURS', plan({ staff: [ann], projects: [atlas], assignments: [['Ann', 'Atlas']] }), 'Assignments', 'E2'],
  ['AMBIGUOUS_EFFORT', workbook({
    Staff: [STAFF_HEADER, ann], Projects: [PROJECT_HEADER, atlas],
    Assignments: [['Person', 'Project', 'Hours per week', 'Total hours'], ['Ann', 'Atlas', 10, 120]],
  }), 'Assignments', 'D2'],
  ['HORIZON_CUT', plan({ staff: [ann], projects: [['Long', '2026-03-02', '2030-01-01']] }), 'Projects', 'C2'],
  ['ESTIMATE_RANGE', workbook({ Staff: [STAFF_HEADER, ann], Projects: [['Project', 'Start', 'End', 'Estimate', 'Best case', 'Worst case'], ['Atlas', '2026-03-02', '2026-05-29', 300, 400, 500]] }), 'Projects', 'E2'],
];

describe('diagnostics', () => {
  it.each(CASES)('reports %s at the cell that holds the problem', (code, raw, sheet, cell) => {
    const report = check(raw);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code, sheet, cell }));
    const found = report.diagnostics.find((d) => d.code === code);
    expect(found?.message.length).toBeGreaterThan(10);
  });

  it('covers every code in the catalogue', () => {
    expect(CASES.map(([code]) => code).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it('skips a bad row but keeps reading the rest, reporting every problem of the row at once', () => {
    const report = check(plan({
      staff: [ann, ['Bob', 'T', 'CC', 'lots', null, -1, 'someday'], ['Cy', 'T', 'CC', 40, null, 60]],
    }));
    expect(report.people.map((p) => p.name)).toEqual(['Ann', 'Cy']);
    expect(report.diagnostics.filter((d) => d.sheet === 'Staff').map((d) => [d.code, d.cell])).toEqual([
      ['NOT_A_NUMBER', 'D3'], ['NEGATIVE_VALUE', 'F3'], ['NOT_A_DATE', 'G3'],
    ]);
  });

  it('never prints Infinity or NaN for an enormous number, in a percent, an hours or a money cell', () => {
    // Assignments: Person, Project, From, To, Hours per week, Allocation %. 1e307 (above 1) is a
    // percentage, the fraction 1e305, shown as 1e307 % (the old message multiplied by 10,000 first
    // and printed "Infinity %"); -1e307 (not above 1) is a fraction, whose percentage overflows.
    const report = check(plan({
      staff: [ann, ['Bob', 'T', 'CC', 40, null, -1e308]],
      projects: [atlas],
      assignments: [['Ann', 'Atlas', null, null, null, 1e307], ['Ann', 'Atlas', null, null, null, -1e307]],
      duties: [['Desk', 'Ann', null, 1e300, 'Day']],
    }));
    const messages = report.diagnostics.map((d) => d.message);
    expect(messages).toContain('Allocation % is 1.00E+307 %: at most 2100 % makes sense');
    expect(messages).toContain('Allocation % is less than -1.80E+308 %: it cannot be negative');
    expect(messages).toContain('Hourly rate is -1.00E+308: it cannot be negative');
    expect(messages).toContain('Hours is 1.00E+300: at most 1,000,000,000 makes sense');
    for (const message of messages) expect(message).not.toMatch(/Infinity|NaN/);
  });

  it('reads an error value in an optional cell as blank with a warning, and in a required cell skips the row', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50, null, null, { error: '#N/A' }], [{ error: '#N/A' }, 'T', 'CC', 40]],
    }));
    expect(report.people.map((p) => p.name)).toEqual(['Ann']);
    expect(report.diagnostics.filter((d) => d.code === 'CELL_ERROR_VALUE').map((d) => [d.severity, d.cell])).toEqual([['warning', 'I2'], ['error', 'A3']]);
  });

  it('tells an assignment that its person\'s Staff row was skipped', () => {
    const report = check(plan({ staff: [['Ann', 'T', 'CC', 'x']], projects: [atlas], assignments: [['Ann', 'Atlas', null, null, 10]] }));
    const unknown = report.diagnostics.find((d) => d.code === 'UNKNOWN_PERSON');
    expect(unknown?.message).toContain('Staff row A2, which was skipped');
  });
});

describe('size limits', () => {
  it('refuses up front, naming the sheet and the limit, when a sheet has more rows than Loadline checks', () => {
    const rows: (string | number)[][] = [['Person', 'Project', 'Hours per week']];
    for (let i = 0; i <= MAX_SHEET_ROWS; i++) rows.push(['Ann', 'Atlas', 1]);
    const result = readPlan(workbook({ Staff: [STAFF_HEADER, ann], Assignments: rows }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('The Assignments sheet has 500,001 rows; Loadline checks at most 500,000 rows a sheet.') });
  });

  it('does not count blank rows of a used range toward the limit', () => {
    const rows: (string | null)[][] = [['Person', 'Project', 'Hours per week'], ...Array.from({ length: MAX_SHEET_ROWS + 5 }, () => [null])];
    expect(readPlan(workbook({ Staff: [STAFF_HEADER, ann], Assignments: rows })).ok).toBe(true);
  });
});
