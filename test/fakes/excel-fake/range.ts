/**
 * Excel.Range for the fake. A range proxy is located at sync time (by address, from a used range,
 * from another range) and keeps that place afterwards, as in Excel.
 */
import { applyNumberFormat, applyTypedValue } from './cell-input';
import { FakeClientObject } from './client-object';
import { FakeConditionalFormatCollection } from './conditional-formats';
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelCell, ModelSheet, StoredHyperlink } from './model';
import { cellCount, formatAddress, formatLocalAddress, intersect, isOnSheet, parseAddress, type Rect } from './rect';
import { FakeRangeFormat } from './range-format';
import type { FakeRequestContext } from './context';
import type { FakeWorksheet } from './worksheet';

/** Excel refuses to read more cells than this in one range (values, formats, formulas). */
export const MAX_READ_CELLS = 5_000_000;

/** Where a range is: its sheet and rectangle; undefined for a null object. */
export type RangePlace = { readonly sheet: ModelSheet; readonly rect: Rect } | undefined;

const CELL_PROPERTIES = ['values', 'numberFormat', 'formulas', 'text', 'valueTypes'];

/** Excel.Range: cell properties, navigation to other ranges, select, clear. */
export class FakeRange extends FakeClientObject {
  protected readonly scalarNames = [
    'address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount',
    'values', 'numberFormat', 'formulas', 'text', 'valueTypes', 'hyperlink',
  ];
  private place: RangePlace;
  private located = false;
  private formatProxy: FakeRangeFormat | undefined;
  private conditionalFormatsProxy: FakeConditionalFormatCollection | undefined;

  /**
   * @param worksheet the sheet proxy the range was reached from (Range.worksheet)
   * @param locate finds the range at sync time; undefined means a null object
   */
  constructor(ctx: FakeRequestContext, readonly worksheet: FakeWorksheet, private readonly locate: () => RangePlace) {
    super(ctx);
    // Excel locates (and validates) a range when the request that creates it runs.
    this.queueCall(undefined, () => this.placeAtSync());
  }

  /** The range's place at sync time (undefined: null object). */
  placeAtSync(): RangePlace {
    if (!this.located) {
      this.place = this.locate();
      this.located = true;
    }
    if (this.place && !this.ctx.host.model.sheetById(this.place.sheet.id)) {
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, 'The range is on a worksheet that was deleted.');
    }
    return this.place;
  }

  /** The place of a range that must exist (writes and methods on a null object fail). */
  requirePlace(): { sheet: ModelSheet; rect: Rect } {
    const place = this.placeAtSync();
    if (!place) throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'The range is a null object.');
    return place;
  }

  protected override isNullAtSync(): boolean {
    return this.placeAtSync() === undefined;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected readScalar(name: string): unknown {
    const { sheet, rect } = this.requirePlace();
    if (CELL_PROPERTIES.includes(name) && cellCount(rect) > MAX_READ_CELLS) {
      throw new FakeOfficeError(FakeErrorCode.rangeExceedsLimit, `Reading ${cellCount(rect)} cells is over Excel's limit of ${MAX_READ_CELLS}.`);
    }
    const model = this.ctx.host.model;
    const grid = (pick: (cell: ModelCell | undefined) => unknown) => {
      const rows: unknown[][] = [];
      for (let r = 0; r < rect.rowCount; r++) {
        const row: unknown[] = [];
        for (let c = 0; c < rect.colCount; c++) row.push(pick(model.cell(sheet, rect.row + r, rect.col + c)));
        rows.push(row);
      }
      return rows;
    };
    switch (name) {
      case 'address': return formatAddress(sheet.name, rect);
      case 'rowCount': return rect.rowCount;
      case 'columnCount': return rect.colCount;
      case 'rowIndex': return rect.row;
      case 'columnIndex': return rect.col;
      case 'cellCount': return cellCount(rect);
      case 'values': return grid((cell) => cell?.value ?? '');
      case 'numberFormat': return grid((cell) => cell?.numberFormat ?? 'General');
      case 'formulas': return grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'text': return grid((cell) => (cell?.value === null || cell?.value === undefined ? '' : String(cell.value)));
      case 'valueTypes': return grid(valueType);
      case 'hyperlink': return model.cell(sheet, rect.row, rect.col)?.hyperlink ?? null;
      default: throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown range property '${name}'.`);
    }
  }

  get address(): string { return this.loaded('address'); }
  get rowCount(): number { return this.loaded('rowCount'); }
  get columnCount(): number { return this.loaded('columnCount'); }
  get rowIndex(): number { return this.loaded('rowIndex'); }
  get columnIndex(): number { return this.loaded('columnIndex'); }
  get cellCount(): number { return this.loaded('cellCount'); }
  get text(): string[][] { return this.loaded('text'); }
  get valueTypes(): string[][] { return this.loaded('valueTypes'); }
  get formulas(): unknown[][] { return this.loaded('formulas'); }

  get values(): unknown[][] { return this.loaded('values'); }
  set values(values: unknown[][]) {
    this.queueSet('values', values, () => {
      this.writeGrid('values', values, applyTypedValue);
      const { sheet, rect } = this.requirePlace();
      this.ctx.host.noteValuesChanged(sheet.id, formatLocalAddress(rect));
    });
  }

  get numberFormat(): unknown[][] { return this.loaded('numberFormat'); }
  set numberFormat(formats: unknown[][]) {
    this.queueSet('numberFormat', formats, () => this.writeGrid('numberFormat', formats, applyNumberFormat));
  }

  get hyperlink(): StoredHyperlink | null { return this.loaded('hyperlink'); }
  set hyperlink(link: StoredHyperlink | null) {
    this.queueSet('hyperlink', link, () => {
      const { sheet, rect } = this.requirePlace();
      const stored = link ? { ...link } : undefined;
      this.ctx.host.model.updateCells(sheet, rect, (cell) => ({
        ...cell,
        hyperlink: stored,
        ...(stored?.textToDisplay !== undefined ? { value: stored.textToDisplay, formula: undefined } : {}),
      }));
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.ctx, this);
    return this.formatProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(this.ctx, this);
    return this.conditionalFormatsProxy;
  }

  /** A cell of this range, zero-based from its top-left. */
  getCell(row: number, column: number): FakeRange {
    return this.derive(({ rect }) => ({ row: rect.row + row, col: rect.col + column, rowCount: 1, colCount: 1 }));
  }

  /** The same top-left with rows and columns added (negative: removed). */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(({ rect }) => ({ ...rect, rowCount: rect.rowCount + deltaRows, colCount: rect.colCount + deltaColumns }));
  }

  /** The same size moved by rows and columns. */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(({ rect }) => ({ ...rect, row: rect.row + rowOffset, col: rect.col + columnOffset }));
  }

  /** One row of this range. */
  getRow(row: number): FakeRange {
    return this.derive(({ rect }) => ({ ...rect, row: rect.row + row, rowCount: 1 }));
  }

  /** The overlap with another range; fails at sync when they do not meet. */
  getIntersection(other: FakeRange | string): FakeRange {
    return this.intersection(other, false);
  }

  /** The overlap with another range, or a null object when they do not meet. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.intersection(other, true);
  }

  private intersection(other: FakeRange | string, orNull: boolean): FakeRange {
    const otherRange = typeof other === 'string' ? this.worksheet.getRange(other) : other;
    return new FakeRange(this.ctx, this.worksheet, () => {
      const mine = this.placeAtSync();
      const theirs = otherRange.placeAtSync();
      if (!mine || !theirs) return undefined;
      const rect = mine.sheet === theirs.sheet ? intersect(mine.rect, theirs.rect) : undefined;
      if (!rect && !orNull) throw new FakeOfficeError(FakeErrorCode.itemNotFound, 'The ranges do not intersect.');
      return rect ? { sheet: mine.sheet, rect } : undefined;
    });
  }

  /** Selects the range (its sheet must be the active one, as in Excel). */
  select(): void {
    this.queueCall(undefined, () => {
      const { sheet, rect } = this.requirePlace();
      const model = this.ctx.host.model;
      if (model.activeSheetId !== sheet.id) {
        throw new FakeOfficeError(FakeErrorCode.invalidSelection, 'Only a range on the active worksheet can be selected.');
      }
      model.setSelection({ sheetId: sheet.id, rect });
    });
  }

  /** Clears contents, formats or both ("All", "Formats", "Contents"; hyperlinks go with contents). */
  clear(applyTo: string = 'All'): void {
    this.queueCall(applyTo, () => {
      const { sheet, rect } = this.requirePlace();
      const model = this.ctx.host.model;
      model.clearCells(sheet, rect, (cell) => {
        if (applyTo === 'Formats') return { value: cell.value, formula: cell.formula, hyperlink: cell.hyperlink };
        if (applyTo === 'Contents') return { ...cell, value: null, formula: undefined, hyperlink: undefined };
        return undefined;
      });
      if (applyTo !== 'Contents') {
        for (const format of [...sheet.conditionalFormats]) {
          if (intersect(format.rect, rect)) model.removeConditionalFormat(sheet, format);
        }
      }
    });
  }

  private derive(shape: (place: { sheet: ModelSheet; rect: Rect }) => Rect): FakeRange {
    return new FakeRange(this.ctx, this.worksheet, () => {
      const place = this.placeAtSync();
      if (!place) return undefined;
      const rect = shape(place);
      if (!isOnSheet(rect)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'The range would reach outside the sheet.');
      return { sheet: place.sheet, rect };
    });
  }

  private writeGrid(name: string, grid: unknown, apply: (cell: ModelCell, input: unknown) => ModelCell): void {
    const { sheet, rect } = this.requirePlace();
    if (!Array.isArray(grid) || grid.length !== rect.rowCount
      || grid.some((row) => !Array.isArray(row) || row.length !== rect.colCount)) {
      throw new FakeOfficeError(
        FakeErrorCode.invalidArgument,
        `The number of rows or columns in the input array for '${name}' doesn't match the size or dimensions of the range.`,
      );
    }
    const rows = grid as unknown[][];
    this.ctx.host.model.updateCells(sheet, rect, (cell, r, c) => apply(cell, rows[r - rect.row][c - rect.col]));
  }
}

/** A range located by an A1 address on a worksheet proxy. */
export function rangeAt(ctx: FakeRequestContext, worksheet: FakeWorksheet, address: string | undefined): FakeRange {
  return new FakeRange(ctx, worksheet, () => {
    const sheet = worksheet.requireSheet();
    const rect = address === undefined || address === '' ? { row: 0, col: 0, rowCount: 1_048_576, colCount: 16_384 } : parseAddress(address);
    return { sheet, rect };
  });
}

function valueType(cell: ModelCell | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return /^#[A-Z0-9/!?_]+[!?A-Z]$/.test(value) && cell?.numberFormat !== '@' ? 'Error' : 'String';
}
