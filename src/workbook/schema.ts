/**
 * The workbook contract as data: which sheets Loadline reads, under which names, and which
 * columns each holds. Matching is case-, space- and punctuation-insensitive ("Cost center",
 * "cost_centre" and "CostCentre" are one name), so users keep their own layouts.
 */

/** One column of an input sheet. */
export interface ColumnSpec {
  /** Field name used by the reader and in SourceCells. */
  readonly key: string;
  /** Header texts that name this column, the preferred one first. */
  readonly aliases: readonly string[];
  /** The row is skipped (error) when this cell is blank. */
  readonly required?: boolean;
}

/** One input sheet (or Excel table). */
export interface SheetSpec {
  readonly key: InputSheetKey;
  /** Sheet or table names, the preferred one first. */
  readonly aliases: readonly string[];
  readonly columns: readonly ColumnSpec[];
  /** Groups of columns of which at least one must be present, e.g. Hours or Hours per week. */
  readonly oneOf?: readonly (readonly string[])[];
}

export type InputSheetKey = 'staff' | 'duties' | 'projects' | 'assignments' | 'timeOff' | 'holidays' | 'settings';

/** Normalises a sheet, table or column name for matching: "Cost centre" → "costcentre". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9%]/g, '');
}

export const STAFF: SheetSpec = {
  key: 'staff',
  aliases: ['Staff', 'People', 'Resources', 'Employees', 'Team'],
  columns: [
    { key: 'name', aliases: ['Name', 'Person', 'Employee', 'Resource'], required: true },
    { key: 'role', aliases: ['Role', 'Title'] },
    { key: 'team', aliases: ['Team', 'Department'] },
    { key: 'costCentre', aliases: ['Cost centre', 'Cost center', 'CC'] },
    { key: 'hoursPerWeek', aliases: ['Hours per week', 'Weekly hours', 'Contract hours'] },
    { key: 'fte', aliases: ['FTE'] },
    { key: 'hourlyRate', aliases: ['Hourly rate', 'Rate', 'Cost rate', 'Loaded rate'] },
    { key: 'start', aliases: ['Start date', 'Start'] },
    { key: 'end', aliases: ['End date', 'End'] },
    { key: 'location', aliases: ['Location'] },
  ],
};

export const DUTIES: SheetSpec = {
  key: 'duties',
  aliases: ['Ops Duties', 'Operations', 'Duties', 'BAU', 'Run'],
  columns: [
    { key: 'name', aliases: ['Duty'], required: true },
    { key: 'owner', aliases: ['Owner'], required: true },
    { key: 'backup', aliases: ['Backup'] },
    { key: 'hours', aliases: ['Hours'] },
    { key: 'per', aliases: ['Per'] },
    { key: 'hoursPerWeek', aliases: ['Hours per week', 'Weekly hours'] },
    { key: 'start', aliases: ['Start', 'Start date'] },
    { key: 'end', aliases: ['End', 'End date'] },
    { key: 'criticality', aliases: ['Criticality'] },
    { key: 'costCentre', aliases: ['Cost centre', 'Cost center', 'CC'] },
  ],
  oneOf: [['hours', 'hoursPerWeek']],
};

export const PROJECTS: SheetSpec = {
  key: 'projects',
  aliases: ['Projects', 'Portfolio'],
  columns: [
    { key: 'name', aliases: ['Project'], required: true },
    { key: 'manager', aliases: ['Manager', 'PM'] },
    { key: 'start', aliases: ['Start', 'Start date'], required: true },
    { key: 'end', aliases: ['End', 'Deadline', 'Due', 'End date'], required: true },
    { key: 'budget', aliases: ['Budget'] },
    { key: 'estimate', aliases: ['Estimate', 'Effort', 'Estimated hours'] },
    { key: 'estimateLow', aliases: ['Estimate low', 'Optimistic', 'Best case', 'Low estimate'] },
    { key: 'estimateHigh', aliases: ['Estimate high', 'Pessimistic', 'Worst case', 'High estimate'] },
    { key: 'capexShare', aliases: ['CapEx %', 'Capitalisable %', 'Capitalizable %'] },
    { key: 'capitalisationStart', aliases: ['Capitalisation start', 'Capitalization start'] },
    { key: 'capitalisationEnd', aliases: ['Capitalisation end', 'Capitalization end'] },
    { key: 'complete', aliases: ['% complete', 'Percent complete'] },
    { key: 'actualCost', aliases: ['Actual cost', 'Cost to date'] },
    { key: 'otherCosts', aliases: ['Other costs', 'Non-labour', 'Non-labor'] },
    { key: 'status', aliases: ['Status'] },
    { key: 'priority', aliases: ['Priority'] },
  ],
};

export const ASSIGNMENTS: SheetSpec = {
  key: 'assignments',
  aliases: ['Assignments', 'Allocations', 'Bookings'],
  columns: [
    { key: 'person', aliases: ['Person', 'Name'], required: true },
    { key: 'project', aliases: ['Project'], required: true },
    { key: 'from', aliases: ['From', 'Start'] },
    { key: 'to', aliases: ['To', 'End'] },
    { key: 'hoursPerWeek', aliases: ['Hours per week', 'Weekly hours', 'Hours'] },
    { key: 'allocation', aliases: ['Allocation %', 'Allocation'] },
    // An effort total (flexible work). A plain "Hours" header keeps meaning hours per week: none
    // of these aliases normalises to "hours".
    { key: 'totalHours', aliases: ['Total hours', 'Effort', 'Effort hours', 'Hours total'] },
    { key: 'status', aliases: ['Status'] },
  ],
  oneOf: [['hoursPerWeek', 'allocation', 'totalHours']],
};

export const TIME_OFF: SheetSpec = {
  key: 'timeOff',
  aliases: ['Time Off', 'Leave', 'Absences'],
  columns: [
    { key: 'person', aliases: ['Person', 'Name'], required: true },
    { key: 'from', aliases: ['From', 'Start'], required: true },
    { key: 'to', aliases: ['To', 'End'], required: true },
    { key: 'hours', aliases: ['Hours'] },
  ],
};

export const HOLIDAYS: SheetSpec = {
  key: 'holidays',
  aliases: ['Holidays', 'Public holidays', 'Bank holidays'],
  columns: [
    { key: 'date', aliases: ['Date'], required: true },
    { key: 'name', aliases: ['Name', 'Holiday'] },
    { key: 'location', aliases: ['Location'] },
  ],
};

export const SETTINGS: SheetSpec = {
  key: 'settings',
  aliases: ['Settings'],
  columns: [
    { key: 'key', aliases: ['Key', 'Setting'], required: true },
    { key: 'value', aliases: ['Value'] },
  ],
};

/** Every input sheet, in the order the reader reads them (Settings first: it sets the date order). */
export const INPUT_SHEETS: readonly SheetSpec[] = [SETTINGS, STAFF, PROJECTS, DUTIES, ASSIGNMENTS, TIME_OFF, HOLIDAYS];
