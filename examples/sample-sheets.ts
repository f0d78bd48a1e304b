/**
 * Lays the sample plan out as the input sheets of the workbook contract (DESIGN.md): exact sheet
 * and column names, dates as Excel serials in "yyyy-mm-dd" cells, percentages as fractions in
 * "0%" cells, money with thousands separators. Assignments is also an Excel table, as many users
 * keep it.
 */
import type { CellValue, RawSheet, RawTable, RawWorkbook } from '../src/workbook/grid';
import { parseIsoDay } from '../src/core/calendar';
import { serialFromDay } from '../src/workbook/coerce';
import {
  projectBudget, projectName, type AssignmentRow, type DutyRow, type HolidayRow, type ProjectRow,
  type SamplePlan, type SettingRow, type StaffRow, type TimeOffRow,
} from './sample-plan';
import type { SheetLayout } from './write-xlsx';

/** Number formats the sample uses. */
export const FORMATS = {
  date: 'yyyy-mm-dd',
  percent: '0%',
  money: '#,##0',
  hours: '#,##0',
  rate: '#,##0.00',
} as const;

type Format = keyof typeof FORMATS;

/** One column of an input sheet: its header, width in characters, format and value per row. */
interface Column<Row> {
  readonly header: string;
  readonly width: number;
  readonly format?: Format;
  readonly value: (row: Row) => string | number | undefined;
}

/**
 * The Excel serial of an ISO date; throws on text that is not one (the sample's dates are literals).
 *
 * @example dateSerial('2026-03-02') // 46083
 */
export function dateSerial(isoDate: string): number {
  const day = parseIsoDay(isoDate);
  if (day === undefined) throw new Error(`dateSerial: not an ISO date: "${isoDate}"`);
  return serialFromDay(day);
}

const date = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : dateSerial(iso));

const STAFF: readonly Column<StaffRow>[] = [
  { header: 'Name', width: 18, value: (r) => r.name },
  { header: 'Role', width: 26, value: (r) => r.role },
  { header: 'Team', width: 15, value: (r) => r.team },
  { header: 'Cost centre', width: 12, value: (r) => r.costCentre },
  { header: 'Hours per week', width: 15, value: (r) => r.hoursPerWeek },
  { header: 'FTE', width: 6, value: (r) => r.fte },
  { header: 'Hourly rate', width: 12, format: 'rate', value: (r) => r.hourlyRate },
  { header: 'Start date', width: 12, format: 'date', value: (r) => date(r.startDate) },
  { header: 'End date', width: 12, format: 'date', value: (r) => date(r.endDate) },
  { header: 'Location', width: 10, value: (r) => r.location },
];

const DUTIES: readonly Column<DutyRow>[] = [
  { header: 'Duty', width: 30, value: (r) => r.duty },
  { header: 'Owner', width: 16, value: (r) => r.owner },
  { header: 'Backup', width: 16, value: (r) => r.backup },
  { header: 'Hours', width: 8, value: (r) => r.hours },
  { header: 'Per', width: 9, value: (r) => r.per },
  { header: 'Hours per week', width: 15, value: (r) => r.hoursPerWeek },
  { header: 'Start', width: 12, format: 'date', value: (r) => date(r.start) },
  { header: 'End', width: 12, format: 'date', value: (r) => date(r.end) },
  { header: 'Criticality', width: 11, value: (r) => r.criticality },
  { header: 'Cost centre', width: 12, value: (r) => r.costCentre },
];

const PROJECTS: readonly Column<ProjectRow>[] = [
  { header: 'Project', width: 28, value: (r) => projectName(r.register) },
  { header: 'Manager', width: 16, value: (r) => r.manager },
  { header: 'Start', width: 12, format: 'date', value: (r) => date(r.start) },
  { header: 'End', width: 12, format: 'date', value: (r) => date(r.end) },
  { header: 'Budget', width: 11, format: 'money', value: (r) => projectBudget(r.register) },
  { header: 'Estimate', width: 10, format: 'hours', value: (r) => r.estimate },
  { header: 'Estimate low', width: 13, format: 'hours', value: (r) => r.estimateLow },
  { header: 'Estimate high', width: 14, format: 'hours', value: (r) => r.estimateHigh },
  { header: 'CapEx %', width: 9, format: 'percent', value: (r) => r.capexShare },
  { header: 'Capitalisation start', width: 20, format: 'date', value: (r) => date(r.capitalisationStart) },
  { header: 'Capitalisation end', width: 19, format: 'date', value: (r) => date(r.capitalisationEnd) },
  { header: '% complete', width: 11, format: 'percent', value: (r) => r.complete },
  { header: 'Actual cost', width: 12, format: 'money', value: (r) => r.actualCost },
  { header: 'Other costs', width: 12, format: 'money', value: (r) => r.otherCosts },
  { header: 'Status', width: 10, value: (r) => r.status },
  { header: 'Priority', width: 9, value: (r) => r.priority },
];

const ASSIGNMENTS: readonly Column<AssignmentRow>[] = [
  { header: 'Person', width: 16, value: (r) => r.person },
  { header: 'Project', width: 28, value: (r) => r.project },
  { header: 'From', width: 12, format: 'date', value: (r) => date(r.from) },
  { header: 'To', width: 12, format: 'date', value: (r) => date(r.to) },
  { header: 'Hours per week', width: 16, value: (r) => r.hoursPerWeek },
  { header: 'Allocation %', width: 14, format: 'percent', value: (r) => r.allocation },
  { header: 'Status', width: 12, value: (r) => r.status },
];

const TIME_OFF: readonly Column<TimeOffRow>[] = [
  { header: 'Person', width: 16, value: (r) => r.person },
  { header: 'From', width: 12, format: 'date', value: (r) => date(r.from) },
  { header: 'To', width: 12, format: 'date', value: (r) => date(r.to) },
  { header: 'Hours', width: 8, value: (r) => r.hours },
];

const HOLIDAYS: readonly Column<HolidayRow>[] = [
  { header: 'Date', width: 12, format: 'date', value: (r) => date(r.date) },
  { header: 'Name', width: 30, value: (r) => r.name },
  { header: 'Location', width: 10, value: (r) => r.location },
];

/** Settings is a Key / Value list whose values carry their own format. */
function settingsSheet(rows: readonly SettingRow[]): RawSheet {
  const values: CellValue[][] = [['Key', 'Value']];
  const numberFormats: (string | null)[][] = [[null, null]];
  for (const row of rows) {
    values.push([row.key, row.format === 'date' ? dateSerial(String(row.value)) : row.value]);
    numberFormats.push([null, row.format ? FORMATS[row.format] : null]);
  }
  return { name: 'Settings', values, numberFormats, originRow: 0, originCol: 0 };
}

function sheet<Row>(name: string, columns: readonly Column<Row>[], rows: readonly Row[]): RawSheet {
  const values: CellValue[][] = [columns.map((c) => c.header)];
  const numberFormats: (string | null)[][] = [columns.map(() => null)];
  for (const row of rows) {
    values.push(columns.map((c) => c.value(row) ?? null));
    numberFormats.push(columns.map((c) => (c.format ? FORMATS[c.format] : null)));
  }
  return { name, values, numberFormats, originRow: 0, originCol: 0 };
}

const widths = <Row>(columns: readonly Column<Row>[]): SheetLayout => ({ columnWidths: columns.map((c) => c.width) });

/** The sample workbook as raw grids, with each sheet's column widths. */
export function sampleWorkbook(plan: SamplePlan): { raw: RawWorkbook; layouts: Record<string, SheetLayout> } {
  const assignments = sheet('Assignments', ASSIGNMENTS, plan.assignments);
  const assignmentsTable: RawTable = { ...assignments, name: 'Assignments', sheet: 'Assignments' };
  return {
    raw: {
      sheets: [
        sheet('Staff', STAFF, plan.staff),
        sheet('Ops Duties', DUTIES, plan.duties),
        sheet('Projects', PROJECTS, plan.projects),
        assignments,
        sheet('Time Off', TIME_OFF, plan.timeOff),
        sheet('Holidays', HOLIDAYS, plan.holidays),
        settingsSheet(plan.settings),
      ],
      tables: [assignmentsTable],
      date1904: false,
    },
    layouts: {
      Staff: widths(STAFF),
      'Ops Duties': widths(DUTIES),
      Projects: widths(PROJECTS),
      Assignments: widths(ASSIGNMENTS),
      'Time Off': widths(TIME_OFF),
      Holidays: widths(HOLIDAYS),
      Settings: { columnWidths: [26, 14] },
    },
  };
}
