/**
 * Template sheets for the workbook contract: one per input sheet, each a valid input sheet the
 * user can overwrite. Layout: row 1 a title, row 2 a note per column, row 3 the header row,
 * then example rows. The notes sit above the header because the reader takes the first row (in
 * the first 10) that names the required columns as the header and every row below it as data;
 * a note row under the header would be read as a person, a project... Headers are each column's
 * preferred name from the schema, so templates and reader cannot drift apart. Pure.
 */
import { dayFromParts } from '../core/calendar';
import { normaliseName, ASSIGNMENTS, DUTIES, HOLIDAYS, PROJECTS, SETTINGS, STAFF, TIME_OFF, type SheetSpec } from './schema';
import type { NumberFormatBlock, PatchValue, SheetPatch, StyleBlock } from './patch';

/** One column of a template: the schema column and the note shown above its header. */
export interface TemplateColumn {
  readonly key: string;
  readonly note: string;
  /** Number format of the example cells, e.g. "yyyy-mm-dd". */
  readonly format?: string;
}

/** A template sheet: which input sheet it is, its title, columns and example rows (by column key). */
export interface TemplateSheet {
  readonly spec: SheetSpec;
  readonly title: string;
  readonly columns: readonly TemplateColumn[];
  readonly examples: readonly Readonly<Record<string, PatchValue>>[];
}

/** What a template sheet holds, in the form every adapter writes. */
export type TemplateContent = Omit<SheetPatch, 'key' | 'title'>;

/** Zero-based index of the header row in a template. */
export const TEMPLATE_HEADER_ROW = 2;

const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';
const PERCENT = '0%';

/** An Excel serial date (1900 system) for examples: days since 1899-12-30. */
function serial(year: number, month: number, day: number): number {
  return dayFromParts(year, month, day) + 25_569;
}

/** The templates, in the order they are inserted. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  {
    spec: STAFF,
    title: 'Staff: one row per person. Loadline reads the header row below; these two lines are notes.',
    columns: [
      { key: 'name', note: 'Required. Each person once.' },
      { key: 'role', note: 'Optional, e.g. Engineer.' },
      { key: 'team', note: 'Optional.' },
      { key: 'costCentre', note: 'Where idle paid time is booked.' },
      { key: 'hoursPerWeek', note: 'Contract hours a week (or add an FTE column).' },
      { key: 'hourlyRate', note: 'Loaded cost of one hour.', format: MONEY },
      { key: 'start', note: 'Optional: first day employed.', format: DATE },
      { key: 'end', note: 'Optional: last day employed.', format: DATE },
      { key: 'location', note: 'Holidays of this location apply.' },
    ],
    examples: [
      { name: 'Ada Lovelace', role: 'Engineer', team: 'Platform', costCentre: 'CC-100', hoursPerWeek: 40, hourlyRate: 85, start: serial(2024, 1, 8), location: 'London' },
      { name: 'Grace Hopper', role: 'Analyst', team: 'Finance Systems', costCentre: 'CC-200', hoursPerWeek: 32, hourlyRate: 70, start: serial(2023, 6, 1), location: 'New York' },
      { name: 'Alan Turing', role: 'Engineer', team: 'Platform', costCentre: 'CC-100', hoursPerWeek: 40, hourlyRate: 90, start: serial(2025, 2, 3), end: serial(2026, 12, 31), location: 'London' },
    ],
  },
  {
    spec: DUTIES,
    title: 'Ops Duties: recurring operational work and who does it.',
    columns: [
      { key: 'name', note: 'Required. What has to be done.' },
      { key: 'owner', note: 'Required. A name from Staff.' },
      { key: 'backup', note: 'Covers when the owner is away.' },
      { key: 'hours', note: 'Required. Hours each period.' },
      { key: 'per', note: 'Day, Week, Month, Quarter or Year.' },
      { key: 'start', note: 'Optional: first day of the duty.', format: DATE },
      { key: 'end', note: 'Optional: last day of the duty.', format: DATE },
      { key: 'criticality', note: 'Critical, High, Medium or Low.' },
      { key: 'costCentre', note: 'Optional: else the owner\'s.' },
    ],
    examples: [
      { name: 'Payroll run', owner: 'Grace Hopper', backup: 'Ada Lovelace', hours: 6, per: 'Month', criticality: 'Critical', costCentre: 'CC-200' },
      { name: 'Server patching', owner: 'Alan Turing', backup: 'Ada Lovelace', hours: 4, per: 'Week', criticality: 'High', costCentre: 'CC-100' },
      { name: 'Support rota', owner: 'Ada Lovelace', backup: 'Alan Turing', hours: 1, per: 'Day', start: serial(2026, 1, 5), criticality: 'Medium', costCentre: 'CC-100' },
    ],
  },
  {
    spec: PROJECTS,
    title: 'Projects: one row per project, judged on scope, time and cost.',
    columns: [
      { key: 'name', note: 'Required. Each project once.' },
      { key: 'manager', note: 'Optional.' },
      { key: 'start', note: 'Required. First day.', format: DATE },
      { key: 'end', note: 'Required. Deadline.', format: DATE },
      { key: 'budget', note: 'Total budget.', format: MONEY },
      { key: 'estimate', note: 'Estimated effort in hours (most likely).' },
      { key: 'estimateLow', note: 'Optional: best case, in hours.' },
      { key: 'estimateHigh', note: 'Optional: worst case, in hours.' },
      { key: 'capexShare', note: 'Share of hours that is capitalisable.', format: PERCENT },
      { key: 'capitalisationStart', note: 'Optional: capitalise from.', format: DATE },
      { key: 'capitalisationEnd', note: 'Optional: capitalise until.', format: DATE },
      { key: 'complete', note: 'Share of the scope done so far.', format: PERCENT },
      { key: 'actualCost', note: 'Spent so far.', format: MONEY },
      { key: 'otherCosts', note: 'Non-labour costs in total.', format: MONEY },
      { key: 'status', note: 'Active, Proposed, On hold, Done or Cancelled.' },
      { key: 'priority', note: 'Optional, e.g. 1 for the first.' },
    ],
    examples: [
      { name: 'Billing revamp', manager: 'Grace Hopper', start: serial(2026, 1, 5), end: serial(2026, 6, 26), budget: 120_000, estimate: 1200, estimateLow: 1000, estimateHigh: 1600, capexShare: 0.6, complete: 0.25, actualCost: 30_000, otherCosts: 5000, status: 'Active', priority: 1 },
      { name: 'Data warehouse', manager: 'Ada Lovelace', start: serial(2026, 3, 2), end: serial(2026, 9, 25), budget: 80_000, estimate: 900, capexShare: 0.8, capitalisationStart: serial(2026, 4, 1), capitalisationEnd: serial(2026, 9, 25), complete: 0, actualCost: 0, otherCosts: 2000, status: 'Proposed', priority: 2 },
    ],
  },
  {
    spec: ASSIGNMENTS,
    title: 'Assignments: who works on which project, and how much.',
    columns: [
      { key: 'person', note: 'Required. A name from Staff.' },
      { key: 'project', note: 'Required. A project from Projects.' },
      { key: 'from', note: 'Optional: else the project start.', format: DATE },
      { key: 'to', note: 'Optional: else the project end.', format: DATE },
      { key: 'hoursPerWeek', note: 'Give this or Allocation %.' },
      { key: 'allocation', note: 'Share of the contract hours.', format: PERCENT },
      { key: 'status', note: 'Confirmed or Tentative.' },
    ],
    examples: [
      { person: 'Ada Lovelace', project: 'Billing revamp', hoursPerWeek: 16, status: 'Confirmed' },
      { person: 'Alan Turing', project: 'Billing revamp', from: serial(2026, 2, 2), to: serial(2026, 6, 26), allocation: 0.5, status: 'Confirmed' },
      { person: 'Ada Lovelace', project: 'Data warehouse', hoursPerWeek: 8, status: 'Tentative' },
    ],
  },
  {
    spec: TIME_OFF,
    title: 'Time Off: leave and other absences.',
    columns: [
      { key: 'person', note: 'Required. A name from Staff.' },
      { key: 'from', note: 'Required. First day away.', format: DATE },
      { key: 'to', note: 'Required. Last day away.', format: DATE },
      { key: 'hours', note: 'Total hours; blank means whole days.' },
    ],
    examples: [
      { person: 'Ada Lovelace', from: serial(2026, 4, 6), to: serial(2026, 4, 10) },
      { person: 'Grace Hopper', from: serial(2026, 5, 15), to: serial(2026, 5, 15), hours: 4 },
    ],
  },
  {
    spec: HOLIDAYS,
    title: 'Holidays: public holidays, for everyone or one location.',
    columns: [
      { key: 'date', note: 'Required.', format: DATE },
      { key: 'name', note: 'Optional: what it is called.' },
      { key: 'location', note: 'Blank means everyone.' },
    ],
    examples: [
      { date: serial(2026, 1, 1), name: 'New Year\'s Day' },
      { date: serial(2026, 5, 25), name: 'Spring bank holiday', location: 'London' },
      { date: serial(2026, 7, 3), name: 'Independence Day (observed)', location: 'New York' },
    ],
  },
  {
    spec: SETTINGS,
    title: 'Settings: optional. Every key has a default; delete a row to use it.',
    columns: [
      { key: 'key', note: 'The setting, as named in the help.' },
      { key: 'value', note: 'Its value.' },
    ],
    examples: [
      { key: 'Standard hours per week', value: 40 },
      { key: 'Working days', value: 'Mon-Fri' },
      { key: 'Over-allocation threshold', value: '100%' },
      { key: 'Include tentative', value: 'yes' },
      { key: 'Currency', value: 'EUR' },
    ],
  },
];

/** The name a template sheet gets: its sheet's preferred name. */
export function templateSheetName(template: TemplateSheet): string {
  return template.spec.aliases[0];
}

/** The header text of a template column: the column's preferred name in the schema. */
export function templateHeader(template: TemplateSheet, key: string): string {
  const column = template.spec.columns.find((c) => c.key === key);
  if (!column) throw new Error(`Template ${templateSheetName(template)} names a column "${key}" its schema does not have.`);
  return column.aliases[0];
}

/** The content of a template sheet: title, notes, header, examples, with formats and styles. */
export function templateContent(template: TemplateSheet): TemplateContent {
  const width = template.columns.length;
  const pad = (cells: PatchValue[]) => [...cells, ...new Array<PatchValue>(width - cells.length).fill(null)];
  const values: PatchValue[][] = [
    pad([template.title]),
    template.columns.map((c) => c.note),
    template.columns.map((c) => templateHeader(template, c.key)),
    ...template.examples.map((example) => template.columns.map((c) => example[c.key] ?? null)),
  ];
  const examples = template.examples.length;
  const numberFormats: NumberFormatBlock[] = template.columns.flatMap((c, col) => (
    c.format && examples > 0 ? [{ range: { row: TEMPLATE_HEADER_ROW + 1, col, rowCount: examples, colCount: 1 }, format: c.format }] : []
  ));
  const styles: StyleBlock[] = [
    { range: { row: 0, col: 0, rowCount: 1, colCount: 1 }, bold: true },
    { range: { row: 1, col: 0, rowCount: 1, colCount: width }, fontColor: '595959', wrap: true },
    { range: { row: TEMPLATE_HEADER_ROW, col: 0, rowCount: 1, colCount: width }, bold: true, fill: 'DDEBF7' },
  ];
  const columnWidths = template.columns.map((c) => Math.max(12, templateHeader(template, c.key).length + 2));
  return {
    values, numberFormats, styles, columnWidths,
    freeze: { rows: TEMPLATE_HEADER_ROW + 1, cols: 0 },
    conditionalFormats: [], links: [],
  };
}

/**
 * The templates to insert into a workbook that has `existingSheets`: a template is skipped when
 * any sheet already answers to one of its names (the reader would otherwise have two Staff
 * sheets to choose from); existing sheets are never touched.
 */
export function templatesToInsert(existingSheets: readonly string[]): { insert: TemplateSheet[]; skipped: TemplateSheet[] } {
  const existing = new Set(existingSheets.map(normaliseName));
  const insert: TemplateSheet[] = [];
  const skipped: TemplateSheet[] = [];
  for (const template of TEMPLATE_SHEETS) {
    (template.spec.aliases.some((alias) => existing.has(normaliseName(alias))) ? skipped : insert).push(template);
  }
  return { insert, skipped };
}

/** What inserting templates did, in either door: sheets created, and templates skipped because the workbook has them. */
export interface InsertTemplatesResult {
  readonly created: string[];
  readonly skipped: string[];
}
