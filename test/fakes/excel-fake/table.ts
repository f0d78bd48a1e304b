/**
 * Excel.Table and table collections (workbook.tables, worksheet.tables) for the fake.
 */
import { applyTypedValue } from './cell-input';
import { FakeClientObject, FakeCollection } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelTable } from './model';
import { FakeRange } from './range';
import { parseAddress, type Rect } from './rect';
import { FakeWorksheet } from './worksheet';
import type { FakeRequestContext } from './context';

/** Built-in table styles Excel accepts by name. */
const TABLE_STYLES = new Set([
  ...Array.from({ length: 21 }, (_, i) => `TableStyleLight${i + 1}`),
  ...Array.from({ length: 28 }, (_, i) => `TableStyleMedium${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `TableStyleDark${i + 1}`),
]);

/** Excel.Table: name, style, worksheet and its ranges. */
export class FakeTable extends FakeClientObject {
  protected readonly scalarNames = ['name', 'id', 'style'];
  private tableId: string | undefined;
  private worksheetProxy: FakeWorksheet | undefined;

  constructor(ctx: FakeRequestContext, private readonly locate: () => ModelTable | undefined, private readonly orNull: boolean, private readonly description: string) {
    super(ctx);
  }

  /** A proxy for a table already known (a member of a loaded collection). */
  static of(ctx: FakeRequestContext, table: ModelTable): FakeTable {
    const proxy = new FakeTable(ctx, () => table, false, `'${table.name}'`);
    proxy.tableId = table.id;
    return proxy;
  }

  /** The table at sync time, undefined for a null object. */
  tableAtSync(): ModelTable | undefined {
    const model = this.ctx.host.model;
    const table = this.tableId !== undefined ? model.tables.find((t) => t.id === this.tableId) : this.locate();
    if (table) this.tableId = table.id;
    else if (!this.orNull) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The table ${this.description} does not exist.`);
    return table;
  }

  private requireTable(): ModelTable {
    const table = this.tableAtSync();
    if (!table) throw new FakeOfficeError(FakeErrorCode.invalidOperation, `The table ${this.description} is a null object.`);
    return table;
  }

  protected override isNullAtSync(): boolean {
    return this.tableAtSync() === undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  protected readScalar(name: string): unknown {
    const table = this.requireTable();
    return name === 'name' ? table.name : name === 'style' ? table.style : table.id;
  }

  get name(): string { return this.loaded('name'); }
  set name(name: string) {
    this.queueSet('name', name, () => this.ctx.host.model.renameTable(this.requireTable(), name));
  }

  get id(): string { return this.loaded('id'); }

  /** A built-in style name, e.g. "TableStyleMedium2"; anything else fails. */
  get style(): string { return this.loaded('style'); }
  set style(style: string) {
    this.queueSet('style', style, () => {
      if (!TABLE_STYLES.has(style)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${style}' is not a table style.`);
      this.ctx.host.model.setTableField(this.requireTable(), 'style', style);
    });
  }

  /** The sheet the table is on. */
  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.ctx, () => this.ctx.host.model.sheetById(this.requireTable().sheetId), false, 'of the table');
    return this.worksheetProxy;
  }

  /** The table's data rows (ExcelApi 1.1): add at the bottom, delete one. */
  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.ctx, this);
  }

  /** The table's model at sync time (for its rows). */
  modelAtSync(): ModelTable {
    return this.requireTable();
  }

  /** Header row plus data body. */
  getRange(): FakeRange {
    return this.part((rect) => rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part((rect) => ({ ...rect, rowCount: 1 }));
  }

  /** The data rows (a table always keeps at least one, possibly blank). */
  getDataBodyRange(): FakeRange {
    return this.part((rect) => ({ ...rect, row: rect.row + 1, rowCount: Math.max(1, rect.rowCount - 1) }));
  }

  private part(shape: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, () => {
      const table = this.tableAtSync();
      if (!table) return undefined;
      return { sheet: this.worksheet.requireSheet(), rect: shape(table.rect) };
    });
  }
}

/** workbook.tables (all tables) or worksheet.tables (one sheet's), per `sheetIdAtSync`. */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(ctx: FakeRequestContext, private readonly sheetIdAtSync?: () => string) {
    super(ctx);
  }

  protected enumerate(): FakeTable[] {
    const sheetId = this.sheetIdAtSync?.();
    return this.ctx.host.model.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId).map((t) => FakeTable.of(this.ctx, t));
  }

  getItem(name: string): FakeTable {
    return this.lookup(name, false);
  }

  /**
   * Makes a table over `address` (on this sheet, or "Sheet!A1:F9" from workbook.tables), named
   * Table1, Table2, … until renamed. With headers, the first row's cells become the column names
   * as Excel makes them: a blank header becomes "ColumnN", a repeated one gets a number, a number
   * becomes text. Refused on a protected sheet, over another table, and without a data row.
   */
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: ModelTable | undefined;
    const table = new FakeTable(this.ctx, () => created, false, `'${address}'`);
    this.queueCall([address, hasHeaders], () => {
      const model = this.ctx.host.model;
      const bang = address.lastIndexOf('!');
      const sheetId = this.sheetIdAtSync?.();
      const sheet = bang >= 0
        ? model.sheetByName(address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"))
        : sheetId === undefined ? undefined : model.sheetById(sheetId);
      if (!sheet) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The table address '${address}' names no sheet.`);
      model.assertWritable(sheet);
      const rect = parseAddress(bang >= 0 ? address.slice(bang + 1) : address);
      if (hasHeaders && rect.rowCount < 2) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A table needs a header row and at least one data row.');
      if (!hasHeaders) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'The fake models tables with a header row only.');
      const used = new Set<string>();
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        const cell = model.cell(sheet, rect.row, c) ?? { value: null };
        let header = cell.value === null || cell.value === '' ? `Column${c - rect.col + 1}` : String(cell.value);
        for (let n = 2; used.has(header.toLowerCase()); n++) header = `${String(cell.value ?? 'Column')}${n}`;
        used.add(header.toLowerCase());
        if (header !== cell.value) model.putCell(sheet, rect.row, c, { ...cell, value: header });
      }
      let n = model.tables.length + 1;
      while (model.tableByName(`Table${n}`)) n++;
      created = model.addTable(`Table${n}`, sheet, rect);
      table.tableAtSync();
    });
    return table;
  }

  getItemOrNullObject(name: string): FakeTable {
    return this.lookup(name, true);
  }

  private lookup(name: string, orNull: boolean): FakeTable {
    const table = new FakeTable(this.ctx, () => {
      const found = this.ctx.host.model.tableByName(name);
      const sheetId = this.sheetIdAtSync?.();
      return found && (sheetId === undefined || found.sheetId === sheetId) ? found : undefined;
    }, orNull, `'${name}'`);
    this.queueCall(name, () => table.tableAtSync());
    return table;
  }
}

/** Table.rows: `add` inserts rows at the bottom (cells below move down), `getItemAt(i).delete()` removes one. */
export class FakeTableRowCollection extends FakeClientObject {
  protected readonly scalarNames = ['count'];

  constructor(ctx: FakeRequestContext, private readonly table: FakeTable) {
    super(ctx);
  }

  protected readScalar(): unknown {
    return this.table.modelAtSync().rect.rowCount - 1;
  }

  get count(): number { return this.loaded('count'); }

  /**
   * Adds rows at the bottom with their values (typed as Range.values types them). Only the
   * bottom (index null or undefined) is modelled: Loadline appends.
   */
  add(index?: number | null, values?: unknown[][]): void {
    this.queueCall(values, () => {
      if (index !== null && index !== undefined) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'The fake adds table rows at the bottom only.');
      const model = this.table.modelAtSync();
      const rows = values ?? [[]];
      const sheet = this.ctx.host.model.sheetById(model.sheetId);
      for (const rowValues of rows) {
        if (rowValues.length !== model.rect.colCount) {
          throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The row has ${rowValues.length} values; the table '${model.name}' has ${model.rect.colCount} columns.`);
        }
        const row = this.ctx.host.model.insertTableRow(model);
        if (sheet) this.ctx.host.model.updateCells(sheet, { row, col: model.rect.col, rowCount: 1, colCount: model.rect.colCount }, (cell, _r, c) => applyTypedValue(cell, rowValues[c - model.rect.col]));
      }
    });
  }

  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.ctx, this.table, index);
  }
}

/** One data row of a table. */
export class FakeTableRow extends FakeClientObject {
  protected readonly scalarNames = ['index'];

  constructor(ctx: FakeRequestContext, private readonly table: FakeTable, private readonly index: number) {
    super(ctx);
  }

  protected readScalar(): unknown {
    return this.index;
  }

  delete(): void {
    this.queueCall(undefined, () => this.ctx.host.model.deleteTableRow(this.table.modelAtSync(), this.index));
  }
}
