/**
 * Excel.Worksheet for the fake, with its freeze panes, protection and auto-filter. A worksheet
 * proxy is found at sync time (by name, by position in a loaded collection, or as the one
 * `add()` created) and then follows that sheet through renames, as in Excel.
 */
import { FakeClientObject } from './client-object';
import { FakeEventHandlers } from './events';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelSheet, Visibility } from './model';
import { FakePageLayout } from './page-layout';
import { FakeRange, rangeAt } from './range';
import type { Rect } from './rect';
import { FakeTableCollection } from './table';
import type { FakeRequestContext } from './context';

/** Excel.Worksheet. */
export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarNames = ['name', 'id', 'position', 'visibility'];
  private sheetId: string | undefined;
  private foundNull = false;
  private tablesProxy: FakeTableCollection | undefined;
  readonly freezePanes: FakeFreezePanes;
  readonly protection: FakeWorksheetProtection;
  readonly autoFilter: FakeAutoFilter;
  readonly pageLayout: FakePageLayout;

  /**
   * @param locate finds the sheet at sync time
   * @param orNull true for *OrNullObject lookups: nothing found is a null object, not ItemNotFound
   * @param description how to name the sheet in error messages
   */
  constructor(ctx: FakeRequestContext, private readonly locate: () => ModelSheet | undefined, private readonly orNull: boolean, private readonly description: string) {
    super(ctx);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.autoFilter = new FakeAutoFilter(ctx, this);
    this.pageLayout = new FakePageLayout(ctx, this);
  }

  /** A proxy for a sheet already known (a member of a loaded collection). */
  static of(ctx: FakeRequestContext, sheet: ModelSheet): FakeWorksheet {
    const proxy = new FakeWorksheet(ctx, () => sheet, false, `'${sheet.name}'`);
    proxy.sheetId = sheet.id;
    return proxy;
  }

  /** The sheet at sync time, undefined for a null object. */
  sheetAtSync(): ModelSheet | undefined {
    const model = this.ctx.host.model;
    if (this.sheetId !== undefined) {
      const sheet = model.sheetById(this.sheetId);
      if (!sheet) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The worksheet ${this.description} was deleted.`);
      return sheet;
    }
    if (this.foundNull) return undefined;
    const sheet = this.locate();
    if (sheet) this.sheetId = sheet.id;
    else if (this.orNull) this.foundNull = true;
    else throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The worksheet ${this.description} does not exist.`);
    return sheet;
  }

  /** The sheet of a proxy that must not be a null object. */
  requireSheet(): ModelSheet {
    const sheet = this.sheetAtSync();
    if (!sheet) throw new FakeOfficeError(FakeErrorCode.invalidOperation, `The worksheet ${this.description} is a null object.`);
    return sheet;
  }

  protected override isNullAtSync(): boolean {
    return this.sheetAtSync() === undefined;
  }

  private changedHandlers: FakeEventHandlers | undefined;

  /** Worksheet.onChanged (ExcelApi 1.7): cell changes on this sheet; the sheet must exist at the registering sync. */
  get onChanged(): FakeEventHandlers {
    this.changedHandlers ??= new FakeEventHandlers(this.ctx, () => ({ kind: 'changed', sheetId: this.requireSheet().id }));
    return this.changedHandlers;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'tables') return this.tables;
    if (name === 'pageLayout') return this.pageLayout;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const sheet = this.requireSheet();
    switch (name) {
      case 'name': return sheet.name;
      case 'id': return sheet.id;
      case 'position': return this.ctx.host.model.sheets.indexOf(sheet);
      default: return sheet.visibility;
    }
  }

  get id(): string { return this.loaded('id'); }

  get name(): string { return this.loaded('name'); }
  set name(name: string) {
    this.queueSet('name', name, () => this.ctx.host.model.renameSheet(this.requireSheet(), name));
  }

  get position(): number { return this.loaded('position'); }
  set position(position: number) {
    this.queueSet('position', position, () => this.ctx.host.model.moveSheet(this.requireSheet(), position));
  }

  get visibility(): Visibility { return this.loaded('visibility'); }
  set visibility(visibility: Visibility) {
    this.queueSet('visibility', visibility, () => this.ctx.host.model.setVisibility(this.requireSheet(), visibility));
  }

  get tables(): FakeTableCollection {
    this.tablesProxy ??= new FakeTableCollection(this.ctx, () => this.requireSheet().id);
    return this.tablesProxy;
  }

  /** A range by A1 address; no address means the whole sheet. */
  getRange(address?: string): FakeRange {
    return rangeAt(this.ctx, this, address);
  }

  /** A cell by zero-based row and column. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({ sheet: this.requireSheet(), rect: { row, col: column, rowCount: 1, colCount: 1 } }));
  }

  /** The used range; on an empty sheet, A1 (Excel does not fail here). */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      const sheet = this.requireSheet();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  /** The used range, or a null object on an empty sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this, () => {
      const sheet = this.sheetAtSync();
      const rect = sheet ? usedRect(sheet, valuesOnly) : undefined;
      return sheet && rect ? { sheet, rect } : undefined;
    });
  }

  /** Makes the sheet the active one (hidden sheets cannot be activated). */
  activate(): void {
    this.queueCall(undefined, () => {
      const sheet = this.requireSheet();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'A hidden worksheet cannot be activated.');
      const model = this.ctx.host.model;
      if (model.activeSheetId !== sheet.id) {
        model.setActive(sheet);
        model.setSelection({ sheetId: sheet.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } });
      }
    });
  }

  delete(): void {
    this.queueCall(undefined, () => this.ctx.host.model.deleteSheet(this.requireSheet()));
  }
}

/** The rectangle around every used cell: cells with a value (and, unless valuesOnly, any format). */
export function usedRect(sheet: ModelSheet, valuesOnly: boolean): Rect | undefined {
  let top = Infinity; let left = Infinity; let bottom = -1; let right = -1;
  for (const [row, cols] of sheet.cells) {
    for (const [col, cell] of cols) {
      if (valuesOnly && cell.value === null && cell.formula === undefined) continue;
      top = Math.min(top, row); bottom = Math.max(bottom, row);
      left = Math.min(left, col); right = Math.max(right, col);
    }
  }
  if (bottom < 0) return undefined;
  return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
}

/** Worksheet.freezePanes: records how many rows and columns are frozen. */
export class FakeFreezePanes extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown property '${name}'.`);
  }

  freezeRows(count = 1): void {
    this.set(count, { rows: count, cols: 0 });
  }

  freezeColumns(count = 1): void {
    this.set(count, { rows: 0, cols: count });
  }

  /** Freezes the rows above and the columns left of the range's bottom-right corner. */
  freezeAt(frozenRange: FakeRange | string): void {
    const range = typeof frozenRange === 'string' ? this.worksheet.getRange(frozenRange) : frozenRange;
    this.queueCall(undefined, () => {
      const { rect } = range.requirePlace();
      this.ctx.host.model.setSheetField(this.worksheet.requireSheet(), 'freeze', { rows: rect.row + rect.rowCount, cols: rect.col + rect.colCount });
    });
  }

  unfreeze(): void {
    this.set(0, { rows: 0, cols: 0 });
  }

  private set(count: number, freeze: { rows: number; cols: number }): void {
    this.queueCall(count, () => {
      if (!Number.isInteger(count) || count < 0) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'Freeze counts are whole numbers.');
      this.ctx.host.model.setSheetField(this.worksheet.requireSheet(), 'freeze', freeze);
    });
  }
}

/** Worksheet.protection: a protected sheet refuses cell writes. */
export class FakeWorksheetProtection extends FakeClientObject {
  protected readonly scalarNames = ['protected'];

  constructor(ctx: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(ctx);
  }

  protected override isNullAtSync(): boolean {
    return this.worksheet.sheetAtSync() === undefined;
  }

  protected readScalar(): unknown {
    return this.worksheet.requireSheet().protected;
  }

  get protected(): boolean { return this.loaded('protected'); }

  protect(): void {
    this.queueCall(undefined, () => this.ctx.host.model.setSheetField(this.worksheet.requireSheet(), 'protected', true));
  }

  unprotect(): void {
    this.queueCall(undefined, () => this.ctx.host.model.setSheetField(this.worksheet.requireSheet(), 'protected', false));
  }
}

/** Worksheet.autoFilter: records the filtered range. */
export class FakeAutoFilter extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown property '${name}'.`);
  }

  /** Puts an auto-filter on a range (ExcelApi 1.9); criteria are not modelled. A protected sheet refuses it. */
  apply(range: FakeRange | string): void {
    const target = typeof range === 'string' ? this.worksheet.getRange(range) : range;
    this.queueCall(undefined, () => {
      const { sheet, rect } = target.requirePlace();
      this.ctx.host.model.assertWritable(sheet);
      this.ctx.host.model.setSheetField(sheet, 'autoFilter', rect);
    });
  }

  remove(): void {
    this.queueCall(undefined, () => {
      const sheet = this.worksheet.requireSheet();
      this.ctx.host.model.assertWritable(sheet);
      this.ctx.host.model.setSheetField(sheet, 'autoFilter', undefined);
    });
  }
}
