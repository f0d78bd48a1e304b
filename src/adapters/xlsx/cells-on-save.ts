/**
 * Sheet rows written straight into the file, one at a time, while ExcelJS saves a workbook; and
 * summary sheets whose cells are only made then.
 *
 * ExcelJS renders each sheet as one array of XML fragments, about fifteen per cell, joined at the
 * end, and keeps several objects per cell in memory. The Capacity sheet of a 10,000-person
 * organisation has 1.7 million cells: held as cells and rendered that way it took a gigabyte and
 * a half and most of the save time. Instead, while ExcelJS prepares a sheet, it is handed one row
 * at a time to number the row's styles, shared strings and links as it always does; the row's XML
 * is written at once (render-rows.ts) and the rows go in place of the empty `<sheetData/>`
 * ExcelJS then renders. Summary sheets go further: their cells are a pure function of their
 * SheetPatch, so the adapter keeps the patch and makes each row only while saving. Either way the
 * file is the same, byte for byte, as ExcelJS writes it. Sheets with a cell render-rows.ts does
 * not cover (a formula, an error value) are left to ExcelJS.
 *
 * This leans on ExcelJS 4.4's writer: `prepareModel` prepares each sheet's rows with
 * `rows.forEach`, and `addWorksheets` renders each sheet to `xl/worksheets/sheet<id>.xml` with
 * `zip.append`. If a later ExcelJS does otherwise, saving throws rather than write a sheet
 * without its cells.
 */
import { ValueType, type Style, type Workbook, type Worksheet } from 'exceljs';
import { a1, columnLetters } from '../../workbook/address';
import type { SheetPatch } from '../../workbook/patch';
import { forEachPatchRow, forEachWrittenCell, isWrittenValue, type PatchRow } from './patch-cells';
import { isPlainRow, renderRow, type CellWriteModel, type RowWriteModel } from './render-rows';

/** Worksheet → the patch whose cells it gets when saved. */
const pendingCells = new WeakMap<Worksheet, SheetPatch>();
const HOOKED = Symbol('loadline rows on save');
/** Where prepareModel leaves each sheet's rendered rows for addWorksheets, on the write model. */
const SHEET_DATA = Symbol('loadline sheet data');

/** The parts of ExcelJS's write model used here. */
interface WriteModel {
  worksheets?: SheetWriteModel[];
  [SHEET_DATA]?: Map<string, string>;
}
interface SheetWriteModel {
  id: number;
  name: string;
  rows: RowWriteModel[];
  dimensions?: unknown;
}
interface ZipWriter {
  append(data: unknown, options: { name: string }): void;
}
type Hookable = Record<string, unknown> & { [HOOKED]?: true };

/**
 * Has the worksheet (fresh and empty) get the patch's cells when its workbook is saved. Nothing
 * may write cells into the worksheet afterwards: saving throws if something did. Only for a
 * workbook whose writer `useRowsWrittenOnSave` could wrap.
 */
export function writeCellsOnSave(worksheet: Worksheet, patch: SheetPatch): void {
  if (!useRowsWrittenOnSave(worksheet.workbook)) unsupported('it has no prepareModel or addWorksheets');
  pendingCells.set(worksheet, patch);
}

/**
 * Wraps the workbook's xlsx writer (once; later calls do nothing) so that rows are written as
 * they are prepared. Call it before saving. False when this ExcelJS has not the two methods it
 * wraps: the writer is then left as it is.
 */
export function useRowsWrittenOnSave(workbook: Workbook): boolean {
  const xlsx = workbook.xlsx as unknown as Hookable;
  if (xlsx[HOOKED]) return true;
  const prepareModel = xlsx.prepareModel;
  const addWorksheets = xlsx.addWorksheets;
  if (typeof prepareModel !== 'function' || typeof addWorksheets !== 'function') return false;
  xlsx[HOOKED] = true;

  xlsx.prepareModel = function (this: unknown, model: WriteModel, options: unknown) {
    const byId = new Map(workbook.worksheets.map((worksheet) => [worksheet.id, worksheet]));
    const streamed: { sheet: SheetWriteModel; rows: StreamedRows; fromPatch: boolean }[] = [];
    for (const sheet of model.worksheets ?? []) {
      const worksheet = byId.get(sheet.id);
      const patch = worksheet && pendingCells.get(worksheet);
      if (patch && sheet.rows.length > 0) throw new Error(`Cannot save sheet "${sheet.name}": cells were written into it after its summary was.`);
      const rows = patch ? patchRows(patch) : sheet.rows.length > 0 && sheet.rows.every(isPlainRow) ? loadedRows(sheet.rows) : undefined;
      if (!rows) continue;
      sheet.rows = rows.asPrepared;
      streamed.push({ sheet, rows, fromPatch: patch !== undefined });
    }
    const result: unknown = prepareModel.call(this, model, options);
    const sheetData = new Map<string, string>();
    for (const { sheet, rows, fromPatch } of streamed) {
      if (!rows.prepared) unsupported('it did not prepare the rows with rows.forEach');
      if (fromPatch) sheet.dimensions = rows.dimensions();
      sheetData.set(`xl/worksheets/sheet${sheet.id}.xml`, rows.xml());
    }
    model[SHEET_DATA] = sheetData;
    return result;
  };

  xlsx.addWorksheets = async function (this: unknown, zip: ZipWriter, model: WriteModel) {
    const sheetData = model[SHEET_DATA] ?? new Map<string, string>();
    delete model[SHEET_DATA];
    const splicing: ZipWriter = Object.create(zip) as ZipWriter;
    splicing.append = (data, options) => {
      const rows = sheetData.get(options.name);
      if (rows === undefined) return zip.append(data, options);
      sheetData.delete(options.name);
      const at = typeof data === 'string' ? data.indexOf(EMPTY_SHEET_DATA) : -1;
      if (at < 0) unsupported(`${options.name} has no empty <sheetData/> to fill`);
      const xml = data as string;
      return zip.append(xml.slice(0, at) + rows + xml.slice(at + EMPTY_SHEET_DATA.length), options);
    };
    await (addWorksheets.call(this, splicing, model) as Promise<void>);
    if (sheetData.size > 0) unsupported(`it did not write ${[...sheetData.keys()].join(', ')}`);
  };
  return true;
}

/** How ExcelJS renders a sheet without rows. */
const EMPTY_SHEET_DATA = '<sheetData/>';

/**
 * One sheet's rows while ExcelJS saves. `asPrepared` stands in for the sheet's row list: it looks
 * empty to ExcelJS's renderer, but its `forEach`, which ExcelJS's prepare step calls, hands
 * ExcelJS each row in turn and renders the row once ExcelJS has numbered its styles and strings.
 */
class StreamedRows {
  readonly asPrepared: RowWriteModel[] = [];
  prepared = false;
  private readonly rendered: string[] = [];
  private top = 0;
  private left = 0;
  private bottom = 0;
  private right = 0;

  constructor(eachRow: (visit: (row: RowWriteModel) => void) => void) {
    const forEach = (prepare: (row: RowWriteModel, index: number) => void): void => {
      this.prepared = true;
      let index = 0;
      eachRow((row) => {
        prepare(row, index++);
        this.rendered.push(renderRow(row));
        this.widen(row);
      });
    };
    Object.defineProperty(this.asPrepared, 'forEach', { value: forEach });
  }

  /** The sheet's `<dimension>` range as ExcelJS works it out: every cell that exists, or A1. */
  dimensions(): string {
    if (this.top === 0) return 'A1:A1';
    return `${a1(this.top - 1, this.left - 1)}:${a1(this.bottom - 1, this.right - 1)}`;
  }

  /** The `<sheetData>` element. */
  xml(): string {
    return this.rendered.length === 0 ? EMPTY_SHEET_DATA : `<sheetData>${this.rendered.join('')}</sheetData>`;
  }

  private widen(row: RowWriteModel): void {
    if (this.top === 0) this.top = row.number;
    this.bottom = row.number;
    if (this.left === 0 || row.min < this.left) this.left = row.min;
    if (row.max > this.right) this.right = row.max;
  }
}

function loadedRows(rows: readonly RowWriteModel[]): StreamedRows {
  return new StreamedRows((visit) => rows.forEach((row) => visit(row)));
}

function patchRows(patch: SheetPatch): StreamedRows {
  const rowStyle: Partial<Style> = {};
  return new StreamedRows((visit) => forEachPatchRow(patch, (patchRow) => {
    const row = rowModel(patchRow, rowStyle);
    if (row) visit(row);
  }));
}

/** The row as ExcelJS would model it with real cells; undefined when no cell in it exists. */
function rowModel(row: PatchRow, rowStyle: Partial<Style>): RowWriteModel | undefined {
  const number = row.index + 1;
  const cells: CellWriteModel[] = [];
  let min = 0;
  let max = 0;
  forEachWrittenCell(row, ({ col, link, value, style }) => {
    const address = `${columnLetter(col)}${number}`;
    // A new ExcelJS cell's style is a fresh empty object; `style ?? {}` is the same to the writer.
    const cellStyle = style ?? {};
    if (link) cells.push({ address, type: ValueType.Hyperlink, text: link.text, hyperlink: link.hyperlink, style: cellStyle });
    else if (isWrittenValue(value)) cells.push({ address, type: valueType(value), value, style: cellStyle });
    else cells.push({ address, type: ValueType.Null, style: cellStyle });
    if (min === 0) min = col + 1;
    max = col + 1;
  });
  if (cells.length === 0) return undefined;
  return { cells, number, min, max, height: undefined, style: rowStyle, hidden: false, outlineLevel: 0, collapsed: false };
}

function valueType(value: string | number | boolean): ValueType {
  if (typeof value === 'number') return ValueType.Number;
  if (typeof value === 'boolean') return ValueType.Boolean;
  return ValueType.String;
}

/** Column letters by zero-based index, worked out once per column. */
const letters: string[] = [];
function columnLetter(col: number): string {
  return (letters[col] ??= columnLetters(col));
}

function unsupported(what: string): never {
  throw new Error(`Cannot save the workbook with this version of ExcelJS: ${what}.`);
}
