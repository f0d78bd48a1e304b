/**
 * Excel.Workbook for the fake: worksheets, tables, application, the worksheet functions the
 * adapter uses (DATE, to detect the date system) and the selection.
 */
import { FakeClientObject, FakeCollection } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import { FakeEventHandlers } from './events';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';
import { FakeWorksheet } from './worksheet';
import type { FakeRequestContext } from './context';
import type { ModelSheet } from './model';

/** Excel.Workbook. */
export class FakeWorkbook extends FakeClientObject {
  protected readonly scalarNames = ['name'];
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.application = new FakeApplication(ctx);
    this.functions = new FakeFunctions(ctx);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    return undefined;
  }

  protected readScalar(): unknown {
    return 'Book1.xlsx';
  }

  get name(): string { return this.loaded('name'); }

  /** The selected range (fails when nothing is selected). */
  getSelectedRange(): FakeRange {
    const model = this.ctx.host.model;
    const sheet = new FakeWorksheet(this.ctx, () => (model.selection ? model.sheetById(model.selection.sheetId) : undefined), false, 'of the selection');
    return new FakeRange(this.ctx, sheet, () => {
      if (!model.selection) throw new FakeOfficeError(FakeErrorCode.itemNotFound, 'Nothing is selected.');
      return { sheet: sheet.requireSheet(), rect: model.selection.rect };
    });
  }
}

/** workbook.worksheets: lookup by name, add, the active sheet, items in tab order. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected enumerate(): FakeWorksheet[] {
    return this.ctx.host.model.sheets.map((sheet) => FakeWorksheet.of(this.ctx, sheet));
  }

  getItem(name: string): FakeWorksheet {
    return this.lookup(name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.lookup(name, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const model = this.ctx.host.model;
    return this.located(new FakeWorksheet(this.ctx, () => (model.activeSheetId ? model.sheetById(model.activeSheetId) : undefined), false, '(active)'), undefined);
  }

  /** Adds a worksheet at the end; it is not activated (as in Excel). */
  add(name?: string): FakeWorksheet {
    let created: ModelSheet | undefined;
    const sheet = new FakeWorksheet(this.ctx, () => created, false, `'${name ?? '(new)'}'`);
    this.queueCall(name, (batch) => {
      const model = this.ctx.host.model;
      const added = model.addSheet(name ?? nextDefaultName(model.sheets.map((s) => s.name)));
      created = added;
      sheet.sheetAtSync();
      batch.onSuccess(() => this.ctx.host.fireAdded(added.id));
    });
    return sheet;
  }

  private addedHandlers: FakeEventHandlers | undefined;

  /** WorksheetCollection.onAdded (ExcelApi 1.7). */
  get onAdded(): FakeEventHandlers {
    this.addedHandlers ??= new FakeEventHandlers(this.ctx, () => ({ kind: 'added' }));
    return this.addedHandlers;
  }

  /** Excel's getItem takes a sheet's name or its id. */
  private lookup(name: string, orNull: boolean): FakeWorksheet {
    const model = this.ctx.host.model;
    return this.located(new FakeWorksheet(this.ctx, () => model.sheetByName(name) ?? model.sheetById(name), orNull, `'${name}'`), name);
  }

  // Excel resolves a sheet when the request that names it runs, used or not.
  private located(sheet: FakeWorksheet, args: unknown): FakeWorksheet {
    this.queueCall(args, () => sheet.sheetAtSync());
    return sheet;
  }
}

function nextDefaultName(names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let n = names.length + 1;
  while (taken.has(`sheet${n}`)) n++;
  return `Sheet${n}`;
}

/** workbook.application (also context.application). */
export class FakeApplication extends FakeClientObject {
  protected readonly scalarNames = ['calculationMode'];
  private culture: FakeCultureInfo | undefined;

  protected readScalar(): unknown {
    return 'Automatic';
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'cultureInfo' ? this.cultureInfo : undefined;
  }

  get calculationMode(): string { return this.loaded('calculationMode'); }

  /** Application.cultureInfo: ExcelApi 1.11; on an older host the property is not there. */
  get cultureInfo(): FakeCultureInfo {
    if (!this.ctx.host.isSetSupported('ExcelApi', '1.11')) {
      throw new FakeOfficeError(FakeErrorCode.apiNotFound, 'Application.cultureInfo needs ExcelApi 1.11.');
    }
    this.culture ??= new FakeCultureInfo(this.ctx);
    return this.culture;
  }

  /** Recorded on the host so a test can check the adapter asked for it. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall(undefined, () => {
      this.ctx.host.calculationSuspensions++;
    });
  }
}

/** Excel.CultureInfo: only its name (the number and date formats are not modelled). */
export class FakeCultureInfo extends FakeClientObject {
  protected readonly scalarNames = ['name'];

  protected readScalar(): unknown {
    return this.ctx.host.options.culture;
  }

  get name(): string { return this.loaded('name'); }
}

/** workbook.functions: only DATE, which the adapter uses to detect the date system. */
export class FakeFunctions extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown property '${name}'.`);
  }

  /** DATE(year, month, day) in the workbook's date system. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const serial1900 = Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
      return this.ctx.host.model.date1904 ? serial1900 - 1_462 : serial1900;
    });
  }
}

/** The result of a worksheet function: value and error. */
export class FakeFunctionResult extends FakeClientObject {
  protected readonly scalarNames = ['value', 'error'];

  constructor(ctx: FakeRequestContext, private readonly compute: () => unknown) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    return name === 'value' ? this.compute() : null;
  }

  get value(): unknown { return this.loaded('value'); }
  get error(): string | null { return this.loaded('error'); }
}
