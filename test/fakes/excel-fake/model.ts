/**
 * The in-memory workbook behind the fake: sheets of sparse cells, tables, view state. Every
 * mutation goes through this class and is journaled, so a sync that fails part way can be undone
 * whole (the fake applies nothing of a failed batch; see context.ts).
 */
import { FakeErrorCode, FakeOfficeError } from './errors';
import { intersect, type Rect } from './rect';

/** A stored cell value; blank is null. Error values are kept as their text, e.g. "#N/A". */
export type StoredValue = string | number | boolean | null;

/** A hyperlink as Office.js describes it (Range.hyperlink). */
export interface StoredHyperlink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

/** One cell. Colours are "#RRGGBB" upper case; absent means default (no fill, General, ...). */
export interface ModelCell {
  readonly value: StoredValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly bold?: boolean;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly hyperlink?: StoredHyperlink;
  /** Borders by edge; an edge absent has no line. */
  readonly borders?: Readonly<Partial<Record<BorderEdge, ModelBorder>>>;
}

/** The four edges of a cell, as Excel.BorderIndex names them. */
export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

/** One drawn edge: Excel.BorderLineStyle (never "None": no line is no entry), "#RRGGBB", Excel.BorderWeight. */
export interface ModelBorder {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

/** Worksheet.pageLayout as recorded (ExcelApi 1.9). */
export interface ModelPageLayout {
  orientation: 'Portrait' | 'Landscape';
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** "$1:$2" or null. */
  printTitleRows: string | null;
  /** "$A:$A" or null. */
  printTitleColumns: string | null;
  centerFooter: string;
}

/** A conditional format as recorded: its type, where it applies, and what was set on it. */
export interface ModelConditionalFormat {
  readonly id: number;
  readonly type: string;
  readonly rect: Rect;
  criteria?: unknown;
  formula?: string;
  rule?: unknown;
  fill?: string;
  fontColor?: string;
}

/** Excel.SheetVisibility values. */
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** One worksheet of the model. */
export interface ModelSheet {
  readonly id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Rows → columns → cell; absent cells are blank with default format. */
  readonly cells: Map<number, Map<number, ModelCell>>;
  freeze: { rows: number; cols: number };
  /** Column widths in points by zero-based column. */
  readonly columnWidths: Map<number, number>;
  readonly conditionalFormats: ModelConditionalFormat[];
  autoFilter: Rect | undefined;
  pageLayout: ModelPageLayout;
}

/** One Excel table: its name, sheet and range (header row included; it grows and shrinks with its rows). */
export interface ModelTable {
  readonly id: string;
  readonly name: string;
  readonly sheetId: string;
  rect: Rect;
  /** Table style name, e.g. "TableStyleMedium2" (Excel's default for a new table). */
  style: string;
}

const INVALID_NAME_CHARS = /[[\]:*?/\\]/;

/** The workbook model. Read freely; change only through the mutation methods. */
export class FakeWorkbookModel {
  readonly sheets: ModelSheet[] = [];
  readonly tables: ModelTable[] = [];
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  private nextId = 1;
  private journal: (() => void)[] | undefined;

  constructor(readonly date1904: boolean) {}

  /** Starts recording undo steps for one sync. */
  begin(): void {
    this.journal = [];
  }

  /** Keeps everything done since begin(); returns how many changes that was. */
  commit(): number {
    const steps = this.journal?.length ?? 0;
    this.journal = undefined;
    return steps;
  }

  /** Undoes everything done since begin(), newest first. */
  rollback(): void {
    const steps = this.journal ?? [];
    this.journal = undefined;
    for (let i = steps.length - 1; i >= 0; i--) steps[i]();
  }

  private remember(undo: () => void): void {
    this.journal?.push(undo);
  }

  sheetById(id: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Excel finds sheets case-insensitively. */
  sheetByName(name: string): ModelSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  tableByName(name: string): ModelTable | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  cell(sheet: ModelSheet, row: number, col: number): ModelCell | undefined {
    return sheet.cells.get(row)?.get(col);
  }

  /** Every stored cell inside a rectangle, row by row. */
  *storedCells(sheet: ModelSheet, rect: Rect): Generator<{ row: number; col: number; cell: ModelCell }> {
    const rows = [...sheet.cells.keys()].filter((r) => r >= rect.row && r < rect.row + rect.rowCount).sort((a, b) => a - b);
    for (const row of rows) {
      const cols = [...(sheet.cells.get(row) ?? new Map<number, ModelCell>()).entries()]
        .filter(([c]) => c >= rect.col && c < rect.col + rect.colCount)
        .sort((a, b) => a[0] - b[0]);
      for (const [col, cell] of cols) yield { row, col, cell };
    }
  }

  /** Replaces one cell (undefined: back to a blank default cell). */
  putCell(sheet: ModelSheet, row: number, col: number, next: ModelCell | undefined): void {
    const previous = this.cell(sheet, row, col);
    this.remember(() => this.storeCell(sheet, row, col, previous));
    this.storeCell(sheet, row, col, next);
  }

  private storeCell(sheet: ModelSheet, row: number, col: number, cell: ModelCell | undefined): void {
    let cols = sheet.cells.get(row);
    if (!cell || isDefaultCell(cell)) {
      cols?.delete(col);
      if (cols && cols.size === 0) sheet.cells.delete(row);
      return;
    }
    if (!cols) {
      cols = new Map();
      sheet.cells.set(row, cols);
    }
    cols.set(col, cell);
  }

  /** Changes every cell of a rectangle; `change` gets the current cell (or a blank one). */
  updateCells(sheet: ModelSheet, rect: Rect, change: (cell: ModelCell, row: number, col: number) => ModelCell): void {
    this.assertWritable(sheet);
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        this.putCell(sheet, r, c, change(this.cell(sheet, r, c) ?? BLANK, r, c));
      }
    }
  }

  /** Clears cells of a rectangle (only stored cells are visited, so whole columns are cheap). */
  clearCells(sheet: ModelSheet, rect: Rect, keep: (cell: ModelCell) => ModelCell | undefined): void {
    this.assertWritable(sheet);
    for (const { row, col, cell } of [...this.storedCells(sheet, rect)]) this.putCell(sheet, row, col, keep(cell));
  }

  /** Writes to a protected sheet fail, as in Excel. */
  assertWritable(sheet: ModelSheet): void {
    if (sheet.protected) {
      throw new FakeOfficeError(FakeErrorCode.accessDenied, `The sheet '${sheet.name}' is protected: the cells you are trying to change are read-only.`);
    }
  }

  addSheet(name: string): ModelSheet {
    this.assertValidName(name, undefined);
    const sheet: ModelSheet = {
      id: `{sheet-${this.nextId++}}`, name, visibility: 'Visible', protected: false, cells: new Map(),
      freeze: { rows: 0, cols: 0 }, columnWidths: new Map(), conditionalFormats: [], autoFilter: undefined,
      pageLayout: defaultPageLayout(),
    };
    this.sheets.push(sheet);
    this.remember(() => this.sheets.splice(this.sheets.indexOf(sheet), 1));
    if (this.activeSheetId === undefined) this.setActive(sheet);
    return sheet;
  }

  /**
   * Deletes a sheet. Excel refuses to delete a very hidden sheet ("by design": make it hidden or
   * visible first; office-js issue #365 and Worksheet.delete's reference). A protected sheet
   * can be deleted: sheet protection guards cells, only workbook structure protection guards tabs.
   */
  deleteSheet(sheet: ModelSheet): void {
    if (sheet.visibility === 'VeryHidden') {
      throw new FakeOfficeError(FakeErrorCode.invalidOperation, `The worksheet '${sheet.name}' is very hidden: make it hidden or visible before deleting it.`);
    }
    const visibleOthers = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
    if (sheet.visibility === 'Visible' && visibleOthers.length === 0) {
      throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.remember(() => this.sheets.splice(index, 0, sheet));
    for (const table of this.tables.filter((t) => t.sheetId === sheet.id)) this.removeTable(table);
    if (this.activeSheetId === sheet.id) this.setActive(visibleOthers[0]);
    if (this.selection?.sheetId === sheet.id) this.setSelection(undefined);
  }

  renameSheet(sheet: ModelSheet, name: string): void {
    this.assertValidName(name, sheet);
    this.setSheetField(sheet, 'name', name);
  }

  setVisibility(sheet: ModelSheet, visibility: Visibility): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${visibility}' is not a sheet visibility.`);
    }
    const visibleOthers = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
    if (visibility !== 'Visible' && visibleOthers.length === 0) {
      throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    this.setSheetField(sheet, 'visibility', visibility);
    if (visibility !== 'Visible' && this.activeSheetId === sheet.id) this.setActive(visibleOthers[0]);
  }

  moveSheet(sheet: ModelSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Position ${position} is outside the workbook.`);
    }
    const from = this.sheets.indexOf(sheet);
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
    this.remember(() => {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.sheets.splice(from, 0, sheet);
    });
  }

  setSheetField<K extends 'name' | 'visibility' | 'protected' | 'freeze' | 'autoFilter' | 'pageLayout'>(sheet: ModelSheet, key: K, value: ModelSheet[K]): void {
    const previous = sheet[key];
    this.remember(() => { sheet[key] = previous; });
    sheet[key] = value;
  }

  setColumnWidth(sheet: ModelSheet, col: number, points: number): void {
    // A protected sheet allows no column formatting unless the user allowed it; the fake never does.
    this.assertWritable(sheet);
    const previous = sheet.columnWidths.get(col);
    this.remember(() => (previous === undefined ? sheet.columnWidths.delete(col) : sheet.columnWidths.set(col, previous)));
    sheet.columnWidths.set(col, points);
  }

  addConditionalFormat(sheet: ModelSheet, type: string, rect: Rect): ModelConditionalFormat {
    this.assertWritable(sheet);
    const format: ModelConditionalFormat = { id: this.nextId++, type, rect };
    sheet.conditionalFormats.push(format);
    this.remember(() => sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1));
    return format;
  }

  removeConditionalFormat(sheet: ModelSheet, format: ModelConditionalFormat): void {
    const index = sheet.conditionalFormats.indexOf(format);
    sheet.conditionalFormats.splice(index, 1);
    this.remember(() => sheet.conditionalFormats.splice(index, 0, format));
  }

  setConditionalFormatField<K extends 'criteria' | 'formula' | 'rule' | 'fill' | 'fontColor'>(format: ModelConditionalFormat, key: K, value: ModelConditionalFormat[K]): void {
    const previous = format[key];
    this.remember(() => { format[key] = previous; });
    format[key] = value;
  }

  addTable(name: string, sheet: ModelSheet, rect: Rect): ModelTable {
    assertValidTableName(name);
    if (this.tableByName(name)) throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `A table named '${name}' already exists.`);
    const clash = this.tables.find((t) => t.sheetId === sheet.id && intersect(t.rect, rect));
    if (clash) throw new FakeOfficeError(FakeErrorCode.invalidOperation, `The range overlaps the table '${clash.name}'.`);
    const table: ModelTable = { id: `{table-${this.nextId++}}`, name, sheetId: sheet.id, rect, style: 'TableStyleMedium2' };
    this.tables.push(table);
    this.remember(() => this.tables.splice(this.tables.indexOf(table), 1));
    return table;
  }

  /**
   * Inserts a row at the bottom of a table, as TableRowCollection.add does: the cells below the
   * table, in the table's columns, move down one row, and the table grows by the row.
   */
  insertTableRow(table: ModelTable): number {
    const sheet = this.sheetById(table.sheetId) as ModelSheet;
    this.assertWritable(sheet);
    const row = table.rect.row + table.rect.rowCount;
    this.shiftRows(sheet, row, table.rect.col, table.rect.colCount, 1);
    this.setTableRect(table, { ...table.rect, rowCount: table.rect.rowCount + 1 });
    return row;
  }

  /**
   * Deletes a table's data row (0 = the first under the header), as TableRow.delete does: its
   * cells go, the cells below in the table's columns move up one row, the table shrinks.
   */
  deleteTableRow(table: ModelTable, index: number): void {
    const sheet = this.sheetById(table.sheetId) as ModelSheet;
    this.assertWritable(sheet);
    const dataRows = table.rect.rowCount - 1;
    if (!Number.isInteger(index) || index < 0 || index >= dataRows) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The table '${table.name}' has no data row ${index}.`);
    }
    const row = table.rect.row + 1 + index;
    for (let c = table.rect.col; c < table.rect.col + table.rect.colCount; c++) this.putCell(sheet, row, c, undefined);
    this.shiftRows(sheet, row + 1, table.rect.col, table.rect.colCount, -1);
    this.setTableRect(table, { ...table.rect, rowCount: table.rect.rowCount - 1 });
  }

  /** Moves the stored cells of rows ≥ `fromRow` in columns [col, col + colCount) by `delta` rows. */
  private shiftRows(sheet: ModelSheet, fromRow: number, col: number, colCount: number, delta: 1 | -1): void {
    const moving = [...this.storedCells(sheet, { row: fromRow, col, rowCount: Number.MAX_SAFE_INTEGER - fromRow, colCount })];
    // Down: bottom row first; up: top row first, so no cell overwrites one not yet moved.
    if (delta > 0) moving.reverse();
    for (const { row, col: c, cell } of moving) {
      this.putCell(sheet, row, c, undefined);
      this.putCell(sheet, row + delta, c, cell);
    }
  }

  private setTableRect(table: ModelTable, rect: Rect): void {
    const previous = table.rect;
    this.remember(() => { table.rect = previous; });
    table.rect = rect;
  }

  /** Renames a table; the name must be valid and not taken by another table. */
  renameTable(table: ModelTable, name: string): void {
    assertValidTableName(name);
    const other = this.tableByName(name);
    if (other && other !== table) throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `A table named '${name}' already exists.`);
    this.setTableField(table, 'name', name);
  }

  /** Sets a table field with an undo step. */
  setTableField<K extends 'name' | 'style'>(table: ModelTable, key: K, value: ModelTable[K]): void {
    const mutable = table as { -readonly [P in keyof ModelTable]: ModelTable[P] };
    const previous = mutable[key];
    this.remember(() => { mutable[key] = previous; });
    mutable[key] = value;
  }

  private removeTable(table: ModelTable): void {
    const index = this.tables.indexOf(table);
    this.tables.splice(index, 1);
    this.remember(() => this.tables.splice(index, 0, table));
  }

  setActive(sheet: ModelSheet | undefined): void {
    const previous = this.activeSheetId;
    this.remember(() => { this.activeSheetId = previous; });
    this.activeSheetId = sheet?.id;
  }

  setSelection(selection: { sheetId: string; rect: Rect } | undefined): void {
    const previous = this.selection;
    this.remember(() => { this.selection = previous; });
    this.selection = selection;
  }

  private assertValidName(name: string, renamed: ModelSheet | undefined): void {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || INVALID_NAME_CHARS.test(name)
      || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${name}' is not a valid sheet name.`);
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== renamed) {
      throw new FakeOfficeError(FakeErrorCode.itemAlreadyExists, `A sheet named '${name}' already exists.`);
    }
  }
}

const BLANK: ModelCell = { value: null };

function isDefaultCell(cell: ModelCell): boolean {
  return cell.value === null && cell.formula === undefined && cell.numberFormat === undefined && cell.fill === undefined
    && cell.bold === undefined && cell.fontColor === undefined && cell.wrap === undefined && cell.hyperlink === undefined
    && (cell.borders === undefined || Object.keys(cell.borders).length === 0);
}

/** A new sheet's page setup: portrait at 100 %, no print titles, no footer. */
export function defaultPageLayout(): ModelPageLayout {
  return { orientation: 'Portrait', zoom: { scale: 100 }, printTitleRows: null, printTitleColumns: null, centerFooter: '' };
}

/**
 * Excel's table-name rules: starts with a letter, "_" or "\\"; then letters, digits, "_" and
 * "."; at most 255 characters; not a cell reference such as "A1" or "R1C1".
 */
function assertValidTableName(name: string): void {
  const valid = typeof name === 'string' && name.length <= 255 && /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)
    && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!valid) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${name}' is not a valid table name.`);
}

/** A blank cell with default formatting. */
export const BLANK_CELL = BLANK;
