/**
 * Worksheet.pageLayout for the fake (ExcelApi 1.9): orientation, zoom (a scale or fit-to-pages),
 * print title rows and columns, and the footer of headersFooters.defaultForAllPages. On a host
 * below ExcelApi 1.9 every use fails at sync with ApiNotFound, as an older Excel does.
 */
import { FakeClientObject } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelPageLayout } from './model';
import type { FakeRequestContext } from './context';
import type { FakeWorksheet } from './worksheet';

/** Excel refuses header and footer sections longer than this. */
const MAX_FOOTER = 255;

/** Worksheet.pageLayout. */
export class FakePageLayout extends FakeClientObject {
  protected readonly scalarNames = ['orientation', 'zoom'];
  readonly headersFooters: FakeHeadersFooters;

  constructor(ctx: FakeRequestContext, private readonly worksheet: FakeWorksheet) {
    super(ctx);
    this.headersFooters = new FakeHeadersFooters(ctx, this);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'headersFooters' ? this.headersFooters : undefined;
  }

  protected readScalar(name: string): unknown {
    const layout = this.layoutAtSync();
    return name === 'orientation' ? layout.orientation : { ...layout.zoom };
  }

  /** The sheet's layout at sync time; fails on a host without ExcelApi 1.9. */
  layoutAtSync(): ModelPageLayout {
    if (!this.ctx.host.isSetSupported('ExcelApi', '1.9')) {
      throw new FakeOfficeError(FakeErrorCode.apiNotFound, 'Worksheet.pageLayout needs ExcelApi 1.9.');
    }
    return this.worksheet.requireSheet().pageLayout;
  }

  /** Replaces the layout with `change` applied (an undoable sheet field). */
  update(change: (layout: ModelPageLayout) => ModelPageLayout): void {
    const next = change(this.layoutAtSync());
    this.ctx.host.model.setSheetField(this.worksheet.requireSheet(), 'pageLayout', next);
  }

  get orientation(): string { return this.loaded('orientation'); }
  set orientation(orientation: string) {
    this.queueSet('orientation', orientation, () => {
      if (orientation !== 'Portrait' && orientation !== 'Landscape') throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${orientation}' is not a page orientation.`);
      this.update((layout) => ({ ...layout, orientation }));
    });
  }

  /**
   * Zoom: { scale } (10–400 %) or { horizontalFitToPages, verticalFitToPages }, whole numbers,
   * 0 meaning "automatic" in that direction (as fitToWidth/fitToHeight 0 in the file), at least
   * one of them above 0.
   */
  get zoom(): ModelPageLayout['zoom'] { return this.loaded('zoom'); }
  set zoom(zoom: ModelPageLayout['zoom']) {
    this.queueSet('zoom', zoom, () => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom ?? {};
      const count = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 32767);
      const fit = wide !== undefined || tall !== undefined;
      const valid = fit
        ? scale === undefined && count(wide) && count(tall) && ((wide ?? 0) > 0 || (tall ?? 0) > 0)
        : typeof scale === 'number' && scale >= 10 && scale <= 400;
      if (!valid) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The zoom ${JSON.stringify(zoom)} is not valid.`);
      this.update((layout) => ({ ...layout, zoom: { ...zoom } }));
    });
  }

  /** Rows to repeat at the top of every page, as whole rows: "$1:$2". */
  setPrintTitleRows(rows: string): void {
    this.queueCall(rows, () => {
      const match = /^\$?(\d+):\$?(\d+)$/.exec(rows);
      if (!match || Number(match[1]) < 1 || Number(match[2]) < Number(match[1])) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${rows}' is not a range of whole rows.`);
      this.update((layout) => ({ ...layout, printTitleRows: `$${match[1]}:$${match[2]}` }));
    });
  }

  /** Columns to repeat at the left of every page, as whole columns: "$A:$D". */
  setPrintTitleColumns(columns: string): void {
    this.queueCall(columns, () => {
      const match = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(columns);
      if (!match) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${columns}' is not a range of whole columns.`);
      this.update((layout) => ({ ...layout, printTitleColumns: `$${match[1]}:$${match[2]}` }));
    });
  }
}

/** pageLayout.headersFooters: only defaultForAllPages is modelled. */
export class FakeHeadersFooters extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];
  readonly defaultForAllPages: FakeHeaderFooter;

  constructor(ctx: FakeRequestContext, layout: FakePageLayout) {
    super(ctx);
    this.defaultForAllPages = new FakeHeaderFooter(ctx, layout);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'defaultForAllPages' ? this.defaultForAllPages : undefined;
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown property '${name}'.`);
  }
}

/** One header/footer set; only the centre footer is modelled. */
export class FakeHeaderFooter extends FakeClientObject {
  protected readonly scalarNames = ['centerFooter'];

  constructor(ctx: FakeRequestContext, private readonly layout: FakePageLayout) {
    super(ctx);
  }

  protected readScalar(): unknown {
    return this.layout.layoutAtSync().centerFooter;
  }

  /** The footer as Excel's format codes: "&&" is a literal ampersand, "&D" the date, and so on. */
  get centerFooter(): string { return this.loaded('centerFooter'); }
  set centerFooter(footer: string) {
    this.queueSet('centerFooter', footer, () => {
      if (typeof footer !== 'string' || footer.length > MAX_FOOTER) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A footer is text of at most 255 characters.');
      this.layout.update((layout) => ({ ...layout, centerFooter: footer }));
    });
  }
}
