/**
 * Sheet rows as XML, written exactly as ExcelJS 4.4's row and cell renderers write them, for the
 * rows cells-on-save.ts renders itself. Only plain cells are covered (blank, merged, numbers,
 * booleans, dates, text, rich text and links); a sheet with any other cell (a formula, an error)
 * is left to ExcelJS.
 */
import { ValueType, type Style } from 'exceljs';

/** A cell as ExcelJS models it for writing; its prepare step adds `styleId`, `ssId`, `date1904`. */
export interface CellWriteModel {
  address: string;
  type: ValueType;
  value?: unknown;
  text?: unknown;
  hyperlink?: string;
  style?: Partial<Style>;
  styleId?: number;
  ssId?: number;
  date1904?: boolean;
}

/** A row as ExcelJS models it for writing; its prepare step adds `styleId`. */
export interface RowWriteModel {
  cells: CellWriteModel[];
  number: number;
  min: number;
  max: number;
  height?: number;
  style?: Partial<Style>;
  styleId?: number;
  hidden?: boolean;
  outlineLevel?: number;
  collapsed?: boolean;
}

/** True when every cell of the row is one `renderRow` writes as ExcelJS would. */
export function isPlainRow(row: RowWriteModel): boolean {
  return row.cells.every(isPlainCell);
}

function isPlainCell(cell: CellWriteModel): boolean {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
    case ValueType.Boolean:
    case ValueType.String:
    case ValueType.RichText:
      return true;
    case ValueType.Number: return typeof cell.value === 'number';
    case ValueType.Date: return cell.value instanceof Date;
    // ExcelJS writes a link without text as an inline string: not a plain cell.
    case ValueType.Hyperlink: return cell.text !== undefined && cell.text !== null;
    default: return false;
  }
}

/**
 * The `<row>` element of a prepared row of plain cells.
 *
 * @example
 * // row 2 with B2 = 0.8 in style 16
 * renderRow(row) // '<row r="2" spans="2:2" x14ac:dyDescent="0.25"><c r="B2" s="16"><v>0.8</v></c></row>'
 */
export function renderRow(row: RowWriteModel): string {
  // Joined from an array, the row is one flat string: concatenation would keep a rope of small
  // strings per cell alive until the whole sheet is joined.
  const parts: string[] = [`<row r="${row.number}"`];
  if (row.height) parts.push(` ht="${row.height}" customHeight="1"`);
  if (row.hidden) parts.push(' hidden="1"');
  if (row.min > 0 && row.max > 0 && row.min <= row.max) parts.push(` spans="${row.min}:${row.max}"`);
  if (row.styleId) parts.push(` s="${row.styleId}" customFormat="1"`);
  parts.push(' x14ac:dyDescent="0.25"');
  if (row.outlineLevel) parts.push(` outlineLevel="${row.outlineLevel}"`);
  if (row.collapsed) parts.push(' collapsed="1"');
  const attributes = parts.length;
  for (const cell of row.cells) {
    // A blank cell without a style is not written (it may still widen the row's span).
    if (cell.type === ValueType.Null && !cell.styleId) continue;
    if (parts.length === attributes) parts.push('>');
    parts.push(`<c r="${cell.address}"${cell.styleId ? ` s="${cell.styleId}"` : ''}${cellBody(cell)}`);
  }
  parts.push(parts.length === attributes ? '/>' : '</row>');
  return parts.join('');
}

function cellBody(cell: CellWriteModel): string {
  switch (cell.type) {
    case ValueType.Null:
    case ValueType.Merge:
      return '/>';
    case ValueType.Number: return `><v>${String(cell.value)}</v></c>`;
    case ValueType.Boolean: return ` t="b"><v>${cell.value ? '1' : '0'}</v></c>`;
    case ValueType.Date: return `><v>${String(excelSerial(cell.value as Date, cell.date1904 === true))}</v></c>`;
    case ValueType.String:
    case ValueType.RichText:
    case ValueType.Hyperlink:
      if (cell.ssId === undefined) throw new Error(`Cannot write cell ${cell.address}: ExcelJS did not put its text in the shared strings.`);
      return ` t="s"><v>${cell.ssId}</v></c>`;
    default:
      throw new Error(`Cannot write cell ${cell.address}: value type ${cell.type} is not a plain cell.`);
  }
}

/** ExcelJS's date serial, computed in the same order so the float is the same to the last bit. */
function excelSerial(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000) - (date1904 ? 1462 : 0);
}
