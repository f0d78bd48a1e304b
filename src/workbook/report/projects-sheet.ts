/** The Projects Check sheet: scope, time and cost per project, with earned value. */
import type { Plan } from '../../core/model';
import type { EvmReport, ProjectReport, RangeReport, Report } from '../../core/report';
import type { NumberFormatBlock, PatchValue, SheetPatch } from '../patch';
import { fitColumnWidths } from './column-widths';
import { summaryPrintSetup } from './print-setup';
import { moneyFormat } from './currency-format';
import { RAG_COLOURS, wordFormats } from './rag-formats';
import { cellNumber, cellRange, headerStyle, padRows } from './sheet-parts';

/** Earned-value figures in column order, after the scope/time/cost columns. */
const EVM_FIELDS = ['pv', 'ev', 'ac', 'sv', 'cv', 'spi', 'cpi', 'eac', 'etc', 'vac', 'tcpi'] as const;

/** The estimate-range columns, last (blank for a project without a range). */
const RANGE_COLUMNS = ['P50 finish', 'P80 finish', 'P90 finish', 'On-time chance', 'P80 cost', 'Within-budget chance'] as const;

/** Column names of the Projects Check sheet, in order. */
export const PROJECT_COLUMNS: readonly string[] = [
  'Project', 'Scope', 'Coverage', 'Time', 'Forecast finish', 'Slip (working days)',
  'Cost', 'Forecast cost', 'Budget',
  ...EVM_FIELDS.map((field) => field.toUpperCase()),
  ...RANGE_COLUMNS,
];

const column = (name: string): number => PROJECT_COLUMNS.indexOf(name);

type FormatKind = 'percent' | 'days' | 'money' | 'index';

/** Which number format each numeric column gets; money uses the workbook's currency. */
const FORMAT_OF_COLUMN: readonly (readonly [string, FormatKind])[] = [
  ['Coverage', 'percent'],
  ['Slip (working days)', 'days'],
  ['Forecast cost', 'money'], ['Budget', 'money'],
  ['PV', 'money'], ['EV', 'money'], ['AC', 'money'], ['SV', 'money'], ['CV', 'money'],
  ['SPI', 'index'], ['CPI', 'index'],
  ['EAC', 'money'], ['ETC', 'money'], ['VAC', 'money'],
  ['TCPI', 'index'],
  ['On-time chance', 'percent'], ['P80 cost', 'money'], ['Within-budget chance', 'percent'],
];

/** Builds the Projects Check sheet, one row per checked project in the report's order. */
export function buildProjectsSheet(plan: Plan, report: Report): SheetPatch {
  const rows: PatchValue[][] = [[...PROJECT_COLUMNS], ...report.projects.map(projectRow)];
  const dataRows = rows.length - 1;
  const formats: Readonly<Record<FormatKind, string>> = {
    percent: '0%', days: '0', money: moneyFormat(plan.settings.currency), index: '0.00',
  };
  const numberFormats: NumberFormatBlock[] = dataRows === 0 ? [] : FORMAT_OF_COLUMN.map(([name, kind]) => ({
    range: cellRange(1, column(name), dataRows, 1), format: formats[kind],
  }));
  const ragColumns = ['Scope', 'Time', 'Cost'].map(column);
  const values = padRows(rows);
  const styles = [headerStyle(PROJECT_COLUMNS.length)];
  return {
    key: 'projects',
    title: 'Projects Check',
    values,
    numberFormats,
    styles,
    columnWidths: fitColumnWidths({ values, numberFormats, styles }),
    freeze: { rows: 1, cols: 1 },
    conditionalFormats: ragColumns.flatMap((col) => wordFormats(cellRange(1, col, dataRows, 1), RAG_COLOURS)),
    links: [],
    print: summaryPrintSetup(report.asOf, 1, 1),
  };
}

function projectRow(project: ProjectReport): PatchValue[] {
  return [
    project.name,
    project.rag.scope,
    cellNumber(project.scopeCoverage),
    project.rag.time,
    project.forecastFinish,
    cellNumber(project.slipDays),
    project.rag.cost,
    cellNumber(project.forecastCost),
    cellNumber(project.budget),
    ...evmCells(project.evm),
    ...rangeCells(project.range),
  ];
}

/** P50/P80/P90 finish as ISO dates (like Forecast finish), the chances as fractions, P80 cost as money. */
function rangeCells(range: RangeReport | null): PatchValue[] {
  if (range === null) return RANGE_COLUMNS.map(() => null);
  return [range.p50.finish, range.p80.finish, range.p90.finish, range.onTime, range.p80.cost, cellNumber(range.withinBudget)];
}

function evmCells(evm: EvmReport | null): (number | null)[] {
  return EVM_FIELDS.map((field) => cellNumber(evm?.[field]));
}
