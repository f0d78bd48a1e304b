/** The OpEx CapEx sheet: labour and other costs per month, split CapEx / OpEx / Idle. */
import type { Plan } from '../../core/model';
import type { FinanceReport, Report } from '../../core/report';
import type { PatchValue, SheetPatch, StyleBlock } from '../patch';
import { fitColumnWidths } from './column-widths';
import { summaryPrintSetup } from './print-setup';
import { moneyFormat } from './currency-format';
import { cellNumber, cellRange, cellText, hasCells, headerStyle, padRows, TOTAL_FILL } from './sheet-parts';

/** Kind, Name, Cost centre and Type come before the months. */
export const FINANCE_FIRST_MONTH_COL = 4;

/** Label of the check row; its figures should all be 0. */
export const FINANCE_CHECK_LABEL = 'CapEx + OpEx + Idle − Paid − Other';

/** Grey font of the check row: it proves the sheet adds up, it is not a cost line. */
const CHECK_FONT = '7F7F7F';

/**
 * Builds the OpEx CapEx sheet. Every figure is copied from the report (already rounded to cents)
 * except the check row, which is the only sum the builder does.
 */
export function buildFinanceSheet(plan: Plan, report: Report): SheetPatch {
  const finance = report.finance;
  const monthCount = finance.months.length;
  const money = (amounts: readonly number[]): (number | null)[] =>
    Array.from({ length: monthCount }, (_, month) => cellNumber(amounts[month]));

  const rows: PatchValue[][] = [['Kind', 'Name', 'Cost centre', 'Type', ...finance.months]];
  const ofKind = (kind: 'project' | 'ops' | 'idle') => finance.rows.filter((row) => row.kind === kind);
  for (const row of ofKind('project')) {
    rows.push(['Project', row.name, cellText(row.costCentre), 'CapEx', ...money(row.capex)]);
    rows.push(['Project', row.name, cellText(row.costCentre), 'OpEx', ...money(row.opex)]);
  }
  for (const row of ofKind('ops')) {
    rows.push(['Operations', row.name, cellText(row.costCentre), 'OpEx', ...money(row.opex)]);
  }
  // An idle row carries its amount in `opex` (see the report's finance rules).
  for (const row of ofKind('idle')) {
    rows.push(['Idle', row.name, cellText(row.costCentre), 'Idle', ...money(row.opex)]);
  }
  const totalsStart = rows.length;
  const { totals } = finance;
  rows.push(['Total', null, null, 'CapEx', ...money(totals.capex)]);
  rows.push(['Total', null, null, 'OpEx', ...money(totals.opex)]);
  rows.push(['Total', null, null, 'Idle', ...money(totals.idle)]);
  rows.push(['Total', null, null, 'Paid', ...money(totals.paid)]);
  rows.push(['Total', null, null, 'Other costs', ...money(totals.other)]);
  const checkRow = rows.length;
  rows.push(['Check', FINANCE_CHECK_LABEL, null, null, ...checkAmounts(finance, monthCount)]);

  const colCount = FINANCE_FIRST_MONTH_COL + monthCount;
  const amounts = cellRange(1, FINANCE_FIRST_MONTH_COL, rows.length - 1, monthCount);
  const styles: StyleBlock[] = [
    headerStyle(colCount),
    { range: cellRange(totalsStart, 0, checkRow - totalsStart, colCount), bold: true, fill: TOTAL_FILL },
    { range: cellRange(checkRow, 0, 1, colCount), fontColor: CHECK_FONT },
  ];
  const values = padRows(rows);
  const numberFormats = hasCells(amounts) ? [{ range: amounts, format: moneyFormat(plan.settings.currency) }] : [];
  return {
    key: 'finance',
    title: 'OpEx CapEx',
    values,
    numberFormats,
    styles,
    // The check label is long; it may run into the empty Cost centre and Type cells beside it.
    columnWidths: fitColumnWidths({ values, numberFormats, styles }, { overflowRows: [checkRow] }),
    freeze: { rows: 1, cols: FINANCE_FIRST_MONTH_COL },
    conditionalFormats: [],
    links: [],
    print: summaryPrintSetup(report.asOf, 1, FINANCE_FIRST_MONTH_COL),
  };
}

/**
 * CapEx + OpEx + Idle − Paid − Other per month, summed in whole cents so float noise cannot show
 * a non-zero check for a month that adds up.
 */
function checkAmounts(finance: FinanceReport, monthCount: number): number[] {
  const cents = (amounts: readonly number[], month: number): number => Math.round((amounts[month] ?? 0) * 100);
  const { capex, opex, idle, paid, other } = finance.totals;
  return Array.from({ length: monthCount }, (_, month) => {
    const difference =
      cents(capex, month) + cents(opex, month) + cents(idle, month) - cents(paid, month) - cents(other, month);
    return difference === 0 ? 0 : difference / 100;
  });
}
