/**
 * Excel.Table and table collections (workbook.tables, worksheet.tables) for the fake.
 */
import { applyTypedValue } from './cell-input';
import { FakeClientObject, FakeCollection } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelTable } from './model';
import { FakeRange } from './range';
import type { Rect } from './rect';
import { FakeWorksheet } from './worksheet';
import type { FakeRequestContext } from './context';

/** Excel.Table: name, worksheet and its ranges. */
export class FakeTable extends FakeClientObject {
  protected readonly scalarNames = ['name', 'id'];
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
    return name === 'name' ? table.name : table.id;
  }

  get name(): string { return this.loaded('name'); }
  get id(): string { return this.loaded('id'); }

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
