/**
 * Range.format for the fake: fill, font, column width and wrapping. Like Excel, reading a format
 * property of a multi-cell range gives null when the cells differ, and a cell with no fill reads
 * as colour "#FFFFFF" — only tintAndShade (null for no fill, ExcelApi 1.9) tells the two apart.
 */
import { FakeRangeBorderCollection } from './borders';
import { FakeClientObject } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelCell } from './model';
import { MAX_COLUMNS, cellCount } from './rect';
import type { FakeRequestContext } from './context';
import type { FakeRange } from './range';

const DEFAULT_COLUMN_WIDTH_POINTS = 48;

/** "#RRGGBB" upper case from "#rrggbb" or "rrggbb"; throws InvalidArgument otherwise. */
export function normaliseColor(color: unknown): string {
  if (typeof color === 'string' && /^#?[0-9a-fA-F]{6}$/.test(color)) return `#${color.replace('#', '').toUpperCase()}`;
  throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${String(color)}' is not a colour the fake understands (use #RRGGBB).`);
}

/** One value for every cell of the range, or null when they differ. */
function uniform(range: FakeRange, pick: (cell: ModelCell | undefined) => unknown): unknown {
  const { sheet, rect } = range.requirePlace();
  const model = range.worksheet.context.host.model;
  const values = new Set<string>();
  let stored = 0;
  for (const { cell } of model.storedCells(sheet, rect)) {
    stored++;
    values.add(JSON.stringify(pick(cell) ?? null));
  }
  if (stored < cellCount(rect)) values.add(JSON.stringify(pick(undefined) ?? null));
  return values.size === 1 ? JSON.parse([...values][0]) : null;
}

/** Range.format: column width, wrapping, and the fill, font and border parts. */
export class FakeRangeFormat extends FakeClientObject {
  protected readonly scalarNames = ['columnWidth', 'wrapText'];
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;

  constructor(ctx: FakeRequestContext, private readonly range: FakeRange) {
    super(ctx);
    this.fill = new FakeRangeFill(ctx, range);
    this.font = new FakeRangeFont(ctx, range);
    this.borders = new FakeRangeBorderCollection(ctx, range);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    if (name === 'wrapText') return uniform(this.range, (cell) => cell?.wrap ?? false);
    const { sheet, rect } = this.range.requirePlace();
    const widths = new Set<number>();
    for (let c = rect.col; c < rect.col + rect.colCount; c++) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS);
    return widths.size === 1 ? [...widths][0] : null;
  }

  /** Column width in points (Excel's unit here, not characters). */
  get columnWidth(): number { return this.loaded('columnWidth'); }
  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, () => {
      const { sheet, rect } = this.range.requirePlace();
      if (typeof points !== 'number' || !(points >= 0)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A column width is a number of points.');
      for (let c = rect.col; c < Math.min(rect.col + rect.colCount, MAX_COLUMNS); c++) this.ctx.host.model.setColumnWidth(sheet, c, points);
    });
  }

  get wrapText(): boolean { return this.loaded('wrapText'); }
  set wrapText(wrap: boolean) {
    this.queueSet('wrapText', wrap, () => {
      const { sheet, rect } = this.range.requirePlace();
      this.ctx.host.model.updateCells(sheet, rect, (cell) => ({ ...cell, wrap: wrap ? true : undefined }));
    });
  }
}

/** Range.format.fill: colour, tintAndShade, pattern; clear() removes the fill. */
export class FakeRangeFill extends FakeClientObject {
  protected readonly scalarNames = ['color', 'tintAndShade', 'pattern'];

  constructor(ctx: FakeRequestContext, private readonly range: FakeRange) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    switch (name) {
      case 'color': return uniform(this.range, (cell) => cell?.fill ?? '#FFFFFF');
      case 'tintAndShade': return uniform(this.range, (cell) => (cell?.fill ? 0 : null));
      default: return uniform(this.range, (cell) => (cell?.fill ? 'Solid' : 'None'));
    }
  }

  get color(): string { return this.loaded('color'); }
  set color(color: string) {
    this.queueSet('color', color, () => {
      const { sheet, rect } = this.range.requirePlace();
      const fill = normaliseColor(color);
      this.ctx.host.model.updateCells(sheet, rect, (cell) => ({ ...cell, fill }));
    });
  }

  get tintAndShade(): number | null { return this.loaded('tintAndShade'); }
  get pattern(): string | null { return this.loaded('pattern'); }

  /** Removes the fill ("No Fill"). */
  clear(): void {
    this.queueCall(undefined, () => {
      const { sheet, rect } = this.range.requirePlace();
      this.ctx.host.model.clearCells(sheet, rect, (cell) => ({ ...cell, fill: undefined }));
    });
  }
}

/** Range.format.font: bold and colour. */
export class FakeRangeFont extends FakeClientObject {
  protected readonly scalarNames = ['bold', 'color'];

  constructor(ctx: FakeRequestContext, private readonly range: FakeRange) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    return name === 'bold'
      ? uniform(this.range, (cell) => cell?.bold ?? false)
      : uniform(this.range, (cell) => cell?.fontColor ?? '#000000');
  }

  get bold(): boolean { return this.loaded('bold'); }
  set bold(bold: boolean) {
    this.queueSet('bold', bold, () => {
      const { sheet, rect } = this.range.requirePlace();
      this.ctx.host.model.updateCells(sheet, rect, (cell) => ({ ...cell, bold: bold ? true : undefined }));
    });
  }

  get color(): string { return this.loaded('color'); }
  set color(color: string) {
    this.queueSet('color', color, () => {
      const { sheet, rect } = this.range.requirePlace();
      const fontColor = normaliseColor(color);
      this.ctx.host.model.updateCells(sheet, rect, (cell) => ({ ...cell, fontColor }));
    });
  }
}
