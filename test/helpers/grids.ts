/**
 * Literal workbooks for tests: sheets as 2-D arrays, dates as ISO text (the reader accepts it).
 */
import type { CellValue, RawSheet, RawWorkbook } from '../../src/workbook/grid';
import { checkWorkbook } from '../../src/app/check';
import type { Report } from '../../src/core/report';

export type Grid = CellValue[][];

/** A workbook from sheets given as literal grids starting at A1. */
export function workbook(sheets: Record<string, Grid>, options: { date1904?: boolean; formats?: Record<string, (string | null)[][]> } = {}): RawWorkbook {
  const raw: RawSheet[] = Object.entries(sheets).map(([name, values]) => ({
    name, values, numberFormats: options.formats?.[name], originRow: 0, originCol: 0,
  }));
  return { sheets: raw, tables: [], date1904: options.date1904 ?? false };
}

export const STAFF_HEADER = ['Name', 'Team', 'Cost centre', 'Hours per week', 'FTE', 'Hourly rate', 'Start date', 'End date', 'Location'];
export const DUTY_HEADER = ['Duty', 'Owner', 'Backup', 'Hours', 'Per', 'Start', 'End', 'Criticality', 'Cost centre'];
export const PROJECT_HEADER = ['Project', 'Start', 'End', 'Budget', 'Estimate', 'CapEx %', 'Capitalisation start', 'Capitalisation end', '% complete', 'Actual cost', 'Other costs', 'Status'];
export const ASSIGNMENT_HEADER = ['Person', 'Project', 'From', 'To', 'Hours per week', 'Allocation %', 'Status', 'Total hours'];
export const TIME_OFF_HEADER = ['Person', 'From', 'To', 'Hours'];
export const HOLIDAY_HEADER = ['Date', 'Name', 'Location'];

/** A plan of sheets with the standard headers: pass only the data rows. */
export function plan(rows: {
  staff?: Grid; duties?: Grid; projects?: Grid; assignments?: Grid; timeOff?: Grid; holidays?: Grid; settings?: Grid;
}): RawWorkbook {
  const sheets: Record<string, Grid> = { Staff: [STAFF_HEADER, ...(rows.staff ?? [])] };
  if (rows.duties) sheets['Ops Duties'] = [DUTY_HEADER, ...rows.duties];
  sheets.Projects = [PROJECT_HEADER, ...(rows.projects ?? [])];
  sheets.Assignments = [ASSIGNMENT_HEADER, ...(rows.assignments ?? [])];
  if (rows.timeOff) sheets['Time Off'] = [TIME_OFF_HEADER, ...rows.timeOff];
  if (rows.holidays) sheets.Holidays = [HOLIDAY_HEADER, ...rows.holidays];
  if (rows.settings) sheets.Settings = [['Key', 'Value'], ...rows.settings];
  return workbook(sheets);
}

/** Checks a workbook at a status date and returns the report; fails the test if it cannot be checked. */
export function check(raw: RawWorkbook, asOf = '2026-03-02'): Report {
  const result = checkWorkbook(raw, { asOf, today: '2026-11-23' });
  if (!result.ok) throw new Error(`not checkable: ${result.message}`);
  return result.report;
}

/** A person's weekly figures by name. */
export function personOf(report: Report, name: string) {
  const person = report.people.find((p) => p.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return person;
}
