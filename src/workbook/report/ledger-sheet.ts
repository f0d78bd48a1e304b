/**
 * The Finance Ledger sheet: the OpEx CapEx figures in long form, one row per non-zero amount, in
 * one Excel table (LoadlineLedger) that finance can pivot, filter and SUMIFS.
 */
import type { FinanceRow, Report } from '../../core/report';
import type { Plan } from '../../core/model';
import { serialOfIsoDate } from '../excel-date';
import type { PatchValue, SheetPatch } from '../patch';
import { fitColumnWidths } from './column-widths';
import { moneyFormat } from './currency-format';
import { cellRange, cellText, headerStyle } from './sheet-parts';

/** Column names of the ledger table, in order. */
export const LEDGER_COLUMNS = ['Month', 'Kind', 'Name', 'Cost centre', 'Type', 'Amount'] as const;

/** The table's name: workbook-unique, so formulas can say LoadlineLedger[Amount]. */
export const LEDGER_TABLE = 'LoadlineLedger';

/** Excel's default table style (blue banded rows). */
const LEDGER_STYLE = 'TableStyleMedium2';

/** Days between the 1900 and 1904 date systems' serials of one date. */
const OFFSET_1904 = 1462;

const KIND_NAME: Readonly<Record<FinanceRow['kind'], string>> = { project: 'Project', ops: 'Ops', idle: 'Idle' };

/**
 * Builds the Finance Ledger: month by month (in the report's order), then the report's rows
 * (projects, ops cost centres, idle cost centres). A project row gives a CapEx and an OpEx line,
 * an ops row OpEx (and CapEx, should it ever carry any), an idle row one Idle line with both of
 * its parts; a zero amount gives no line. Amounts are copied in whole cents from the report, so
 * each month's lines add up exactly to its CapEx + OpEx + Idle total = paid + other costs.
 * Month is the month's first day as a date serial (of the workbook's date system, 1904 when
 * `date1904`), so it filters and groups as a date.
 *
 * Excel needs a table to have at least one data row: with nothing to list, the table covers
 * the header and one blank row.
 */
export function buildLedgerSheet(plan: Plan, report: Report, date1904 = false): SheetPatch {
  const { months, rows } = report.finance;
  const lines: PatchValue[][] = [];
  months.forEach((month, m) => {
    const serial1900 = serialOfIsoDate(`${month}-01`);
    const serial = serial1900 === undefined ? null : serial1900 - (date1904 ? OFFSET_1904 : 0);
    for (const row of rows) {
      const line = (type: string, cents: number) => {
        if (cents !== 0) lines.push([serial, KIND_NAME[row.kind], row.name, cellText(row.costCentre), type, cents / 100]);
      };
      const capex = toCents(row.capex[m]);
      const opex = toCents(row.opex[m]);
      if (row.kind === 'idle') line('Idle', capex + opex);
      else {
        line('CapEx', capex);
        line('OpEx', opex);
      }
    }
  });
  const dataRows = Math.max(1, lines.length);
  const values: PatchValue[][] = [[...LEDGER_COLUMNS], ...(lines.length > 0 ? lines : [LEDGER_COLUMNS.map(() => null)])];
  const colCount = LEDGER_COLUMNS.length;
  const numberFormats = [
    { range: cellRange(1, 0, dataRows, 1), format: 'yyyy-mm-dd' },
    { range: cellRange(1, colCount - 1, dataRows, 1), format: moneyFormat(plan.settings.currency) },
  ];
  const styles = [headerStyle(colCount)];
  return {
    key: 'ledger',
    title: 'Finance Ledger',
    values,
    numberFormats,
    styles,
    columnWidths: fitColumnWidths({ values, numberFormats, styles, filterHeaders: [cellRange(0, 0, 1, colCount)] }),
    freeze: { rows: 1, cols: 0 },
    conditionalFormats: [],
    links: [],
    tables: [{ name: LEDGER_TABLE, range: cellRange(0, 0, dataRows + 1, colCount), style: LEDGER_STYLE }],
  };
}

/** Whole cents of a report amount (already rounded to cents; this removes float noise). */
function toCents(amount: number | undefined): number {
  return amount === undefined || !Number.isFinite(amount) ? 0 : Math.round(amount * 100);
}
