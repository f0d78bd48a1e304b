/**
 * Excel tables as ExcelJS models them, and whether a table has a header row.
 */
import { ValueType, type Worksheet } from 'exceljs';
import { parseA1 } from '../../workbook/address';

/**
 * The part of ExcelJS's table model Loadline uses. ExcelJS's typings describe tables created in
 * code, not tables loaded from a file, so the adapter reads the model through this shape.
 */
export interface ExcelTableModel {
  name: string;
  /** The table's whole range, header and totals rows included, e.g. "B3:D10". */
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
  autoFilterRef?: string;
  /** The table style (<tableStyleInfo>); absent in files from tools that write none, such as LibreOffice. */
  style?: { theme: string | null; showFirstColumn: boolean; showLastColumn: boolean; showRowStripes: boolean; showColumnStripes: boolean };
}

/** A table's zero-based rectangle on its sheet (inclusive bounds). */
export interface TableBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The tables of a worksheet as models, in the order ExcelJS keeps them. */
export function tableModels(worksheet: Worksheet): ExcelTableModel[] {
  // getTables() is typed as tuples but returns Table objects whose `table` is the model.
  const tables = worksheet.getTables() as unknown as { table?: ExcelTableModel }[];
  return tables.map((table) => table.table).filter((model): model is ExcelTableModel => model !== undefined);
}

/** The rectangle of a table, or undefined when its range is not an A1 range. */
export function tableBounds(model: ExcelTableModel): TableBounds | undefined {
  if (!model.tableRef) return undefined;
  const [first, last = first] = model.tableRef.split(':');
  const start = parseA1(first);
  const end = parseA1(last);
  if (!start || !end) return undefined;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/**
 * True when the table's first row is its header row. ExcelJS 4.4 reads a missing
 * `headerRowCount` attribute as "no header row", but Excel omits it precisely when the table
 * has one (1 is the default). Excel keeps header cells equal to the column names, so a first row
 * that spells every column name is the header whatever ExcelJS says. Remove this when ExcelJS
 * applies the attribute's default.
 */
export function hasHeaderRow(worksheet: Worksheet, model: ExcelTableModel, bounds: TableBounds): boolean {
  if (model.headerRow) return true;
  if (model.columns.length !== bounds.right - bounds.left + 1) return false;
  return model.columns.every((column, i) => {
    const cell = worksheet.findCell(bounds.top + 1, bounds.left + i + 1);
    return cell !== undefined && cell.type !== ValueType.Null && String(cell.text) === column.name;
  });
}
