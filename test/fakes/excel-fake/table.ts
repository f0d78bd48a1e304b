/**
 * Excel.Table and table collections (workbook.tables, worksheet.tables) for the fake.
 */
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
