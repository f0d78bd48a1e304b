import type { RawBlock } from '../../src/workbook/grid';
import { locateSheet } from '../../src/workbook/locate';
import { readPlan } from '../../src/workbook/read-plan';
import { INPUT_SHEETS } from '../../src/workbook/schema';
import { TEMPLATE_HEADER_ROW, TEMPLATE_SHEETS, templateContent, templateSheetName, templatesToInsert } from '../../src/workbook/templates';

describe('templates', () => {
  it('has one template per input sheet, named by the sheet\'s preferred name', () => {
    expect(TEMPLATE_SHEETS.map(templateSheetName)).toEqual(['Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings']);
    expect(new Set(TEMPLATE_SHEETS.map((t) => t.spec))).toEqual(new Set(INPUT_SHEETS));
  });

  it.each(TEMPLATE_SHEETS.map((t) => [templateSheetName(t), t] as const))('%s: the reader finds the header in row 3 with every template column', (_name, template) => {
    const content = templateContent(template);
    const block: RawBlock = { values: content.values, originRow: 0, originCol: 0 };
    const located = locateSheet({ sheet: templateSheetName(template), block }, template.spec);
    expect(located.headerIndex).toBe(TEMPLATE_HEADER_ROW);
    expect(template.columns.map((c) => located.columns.get(c.key))).toEqual(template.columns.map((_, i) => i));
    expect(content.values.length - TEMPLATE_HEADER_ROW - 1).toBeGreaterThanOrEqual(2);
  });

  it('reads as a whole workbook without a single diagnostic, every example row kept', () => {
    const sheets = TEMPLATE_SHEETS.map((t) => ({ name: templateSheetName(t), values: templateContent(t).values, originRow: 0, originCol: 0 }));
    const result = readPlan({ sheets, tables: [], date1904: false });
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error(result.message);
    const { people, duties, projects, assignments, timeOff, holidays, settings } = result.plan;
    expect([people, duties, projects, assignments, timeOff, holidays].map((rows) => rows.length)).toEqual([3, 3, 2, 3, 2, 3]);
    expect(settings.currency).toBe('EUR');
  });

  it('uses the contract\'s exact headers', () => {
    const staff = templateContent(TEMPLATE_SHEETS[0]);
    expect(staff.values[TEMPLATE_HEADER_ROW]).toEqual(['Name', 'Role', 'Team', 'Cost centre', 'Hours per week', 'Hourly rate', 'Start date', 'End date', 'Location']);
    const assignments = templateContent(TEMPLATE_SHEETS[3]);
    expect(assignments.values[TEMPLATE_HEADER_ROW]).toEqual(['Person', 'Project', 'From', 'To', 'Hours per week', 'Allocation %', 'Status']);
  });

  it('books example rows only against example people and projects', () => {
    const [staff, duties, projects, assignments] = TEMPLATE_SHEETS;
    const people = new Set(staff.examples.map((e) => e.name));
    const projectNames = new Set(projects.examples.map((e) => e.name));
    expect(duties.examples.every((e) => people.has(e.owner) && people.has(e.backup))).toBe(true);
    expect(assignments.examples.every((e) => people.has(e.person) && projectNames.has(e.project))).toBe(true);
  });

  it('dates examples as 1900-system serials with a date format', () => {
    const projects = templateContent(TEMPLATE_SHEETS[2]);
    // 2026-01-05 is 46027 days after 1899-12-30.
    expect(projects.values[TEMPLATE_HEADER_ROW + 1][2]).toBe(46027);
    expect(projects.numberFormats).toContainEqual({ range: { row: 3, col: 2, rowCount: 2, colCount: 1 }, format: 'yyyy-mm-dd' });
  });

  it('skips a template when the workbook has its sheet under any of its names', () => {
    const { insert, skipped } = templatesToInsert(['people', 'Bank Holidays', 'Notes']);
    expect(skipped.map(templateSheetName)).toEqual(['Staff', 'Holidays']);
    expect(insert.map(templateSheetName)).toEqual(['Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Settings']);
  });
});
