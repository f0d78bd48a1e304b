/**
 * A worksheet's Excel tables (its table parts) as RawTables.
 */
import type { CellValue, RawTable } from '../../workbook/grid';
import { parseA1 } from '../../workbook/address';
import { resolveTarget } from './part-names';
import { isRelType } from './relationships';
import type { ReadCellList } from './read-used-range';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';
import { attributes, findElement, findElements } from './xml';

/**
 * Every table on a worksheet: header row first (`values[0]`), then the data rows; a totals row
 * is left out because it is not data. A table without a header row (headerRowCount="0") gets its
 * column names as `values[0]`, one row above the table (`originRow` is then the row above its
 * first row), so data rows keep their real addresses.
 */
export function readTables(workbook: XlsxWorkbook, sheet: SheetEntry, cells: ReadCellList): RawTable[] {
  if (sheet.part === undefined) return [];
  const tables: RawTable[] = [];
  for (const rel of workbook.relationships(sheet.part)) {
    if (rel.external || !isRelType(rel.type, 'table')) continue;
    const xml = workbook.pkg.text(resolveTarget(sheet.part, rel.target));
    const root = xml === undefined ? undefined : findElement(xml, 'table');
    if (!xml || !root) continue;
    const a = attributes(root.tag);
    const [first, last = first] = (a.ref ?? '').split(':');
    const start = parseA1(first ?? '');
    const end = parseA1(last ?? '');
    if (!start || !end) continue;
    const withHeader = a.headerRowCount !== '0';
    const totals = Number(a.totalsRowCount ?? 0) || 0;
    const columns = findElements(xml, 'tableColumn').map(({ tag }) => attributes(tag).name ?? '');
    const lastDataRow = end.row - totals;
    // Cell index by position; a later cell at the same place wins, as in the used range.
    const byPosition = new Map<number, number>();
    for (let i = 0; i < cells.rows.length; i++) {
      const row = cells.rows[i];
      const col = cells.cols[i];
      if (row >= start.row && row <= lastDataRow && col >= start.col && col <= end.col) byPosition.set(row * 16_384 + col, i);
    }
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    if (!withHeader) {
      values.push(Array.from({ length: end.col - start.col + 1 }, (_, i) => columns[i] ?? null));
      numberFormats.push(values[0].map(() => null));
    }
    for (let r = start.row; r <= lastDataRow; r++) {
      const rowValues: CellValue[] = [];
      const rowFormats: (string | null)[] = [];
      for (let c = start.col; c <= end.col; c++) {
        const i = byPosition.get(r * 16_384 + c);
        rowValues.push(i === undefined ? null : cells.values[i]);
        rowFormats.push(i === undefined ? null : cells.formats[i]);
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    tables.push({
      name: a.name ?? a.displayName ?? '',
      sheet: sheet.name,
      values,
      numberFormats,
      originRow: withHeader ? start.row : start.row - 1,
      originCol: start.col,
    });
  }
  return tables;
}
