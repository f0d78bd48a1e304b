/**
 * Range.format.borders for the fake: getItem(index) gives one edge's style, colour and weight.
 * As in Excel: an edge with no line reads style "None", colour "#000000", weight "Thin"; an edge
 * of a multi-cell range reads null when its cells differ; setting the colour or weight of an edge
 * with no line draws a continuous line; style "None" removes the line. InsideHorizontal and
 * InsideVertical address the edges between a range's cells. (Excel shares an edge between two
 * neighbouring cells; the fake keeps each cell's own edges, which is how the file stores them.)
 */
import { FakeClientObject } from './client-object';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { BorderEdge, ModelBorder, ModelCell } from './model';
import type { FakeRequestContext } from './context';
import type { FakeRange } from './range';
import { normaliseColor } from './range-format';
import type { Rect } from './rect';

/** Excel.BorderLineStyle. */
export const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
/** Excel.BorderWeight. */
export const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;
/** Excel.BorderIndex values the fake models. */
const INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;
type BorderIndex = (typeof INDEXES)[number];

const NO_LINE = { style: 'None', color: '#000000', weight: 'Thin' } as const;

/** Range.format.borders. */
export class FakeRangeBorderCollection extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: FakeRequestContext, private readonly range: FakeRange) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown property '${name}'.`);
  }

  /** One edge, by Excel.BorderIndex ("EdgeTop", …). */
  getItem(index: string): FakeRangeBorder {
    if (!(INDEXES as readonly string[]).includes(index)) {
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${index}' is not a border index the fake knows.`);
    }
    return new FakeRangeBorder(this.ctx, this.range, index as BorderIndex);
  }
}

/** One edge of a range: style, color, weight. */
export class FakeRangeBorder extends FakeClientObject {
  protected readonly scalarNames = ['style', 'color', 'weight', 'sideIndex'];

  constructor(ctx: FakeRequestContext, private readonly range: FakeRange, private readonly index: BorderIndex) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    if (name === 'sideIndex') return this.index;
    const values = new Set<string>();
    for (const { cell, edge } of this.edges()) {
      const line = cell?.borders?.[edge] ?? NO_LINE;
      values.add(line[name as keyof ModelBorder]);
    }
    return values.size === 1 ? [...values][0] : null;
  }

  get sideIndex(): string { return this.loaded('sideIndex'); }

  get style(): string { return this.loaded('style'); }
  set style(style: string) {
    if (!(BORDER_STYLES as readonly string[]).includes(style)) {
      this.queueSet('style', style, () => { throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${style}' is not a border line style.`); });
      return;
    }
    this.queueSet('style', style, () => this.change((line) => (style === 'None' ? undefined : { ...(line ?? NO_LINE), style })));
  }

  get color(): string { return this.loaded('color'); }
  set color(color: string) {
    this.queueSet('color', color, () => {
      const rgb = normaliseColor(color);
      this.change((line) => ({ ...(line ?? { ...NO_LINE, style: 'Continuous' }), color: rgb }));
    });
  }

  get weight(): string { return this.loaded('weight'); }
  set weight(weight: string) {
    this.queueSet('weight', weight, () => {
      if (!(BORDER_WEIGHTS as readonly string[]).includes(weight)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${weight}' is not a border weight.`);
      this.change((line) => ({ ...(line ?? { ...NO_LINE, style: 'Continuous' }), weight }));
    });
  }

  private change(next: (line: ModelBorder | undefined) => ModelBorder | undefined): void {
    const { sheet } = this.range.requirePlace();
    const model = this.range.worksheet.context.host.model;
    model.assertWritable(sheet);
    for (const { row, col, edge } of this.edges()) {
      const cell: ModelCell = model.cell(sheet, row, col) ?? { value: null };
      const borders = { ...(cell.borders ?? {}) };
      const line = next(borders[edge]);
      if (line) borders[edge] = line;
      else delete borders[edge];
      model.putCell(sheet, row, col, { ...cell, borders: Object.keys(borders).length > 0 ? borders : undefined });
    }
  }

  /** The cell edges this border item addresses. */
  private *edges(): Generator<{ row: number; col: number; cell: ModelCell | undefined; edge: BorderEdge }> {
    const { sheet, rect } = this.range.requirePlace();
    const model = this.range.worksheet.context.host.model;
    for (const { row, col, edge } of edgesOf(rect, this.index)) yield { row, col, cell: model.cell(sheet, row, col), edge };
  }
}

function* edgesOf(rect: Rect, index: BorderIndex): Generator<{ row: number; col: number; edge: BorderEdge }> {
  const last = { row: rect.row + rect.rowCount - 1, col: rect.col + rect.colCount - 1 };
  for (let row = rect.row; row <= last.row; row++) {
    for (let col = rect.col; col <= last.col; col++) {
      if (index === 'EdgeTop' && row === rect.row) yield { row, col, edge: 'EdgeTop' };
      if (index === 'EdgeBottom' && row === last.row) yield { row, col, edge: 'EdgeBottom' };
      if (index === 'EdgeLeft' && col === rect.col) yield { row, col, edge: 'EdgeLeft' };
      if (index === 'EdgeRight' && col === last.col) yield { row, col, edge: 'EdgeRight' };
      if (index === 'InsideHorizontal' && row < last.row) yield { row, col, edge: 'EdgeBottom' };
      if (index === 'InsideVertical' && col < last.col) yield { row, col, edge: 'EdgeRight' };
    }
  }
}
