/**
 * A worksheet's Excel tables (its table parts) as RawTables.
 */
import type { CellValue, RawTable } from '../../workbook/grid';
import { parseA1 } from '../../workbook/address';
import { resolveTarget } from './part-names';
import { isRelType } from './relationships';
import type { ReadCell } from './read-used-range';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';
import { attributes, findElement, findElements } from './xml';

/**
 * Every table on a worksheet: header row first (`values[0]`), then the data rows; a totals row
 * is left out because it is not data. A table without a header row (headerRowCount="0") gets its
 * column names as `values[0]`, one row above the table (`originRow` is then the row above its
 * first row), so data rows keep their real addresses.
 */
export function readTables(workbook: XlsxWorkbook, sheet: SheetEntry, cells: readonly ReadCell[]): RawTable[] {
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
    const byPosition = new Map<number, ReadCell>();
    for (const cell of cells) {
      if (cell.row >= start.row && cell.row <= lastDataRow && cell.col >= start.col && cell.col <= end.col) byPosition.set(cell.row * 16_384 + cell.col, cell);
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
        const cell = byPosition.get(r * 16_384 + c);
        rowValues.push(cell?.value ?? null);
        rowFormats.push(cell?.format ?? null);
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
