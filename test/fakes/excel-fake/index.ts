/**
 * A strict in-memory fake of the Excel JavaScript API subset Loadline uses, for tests in Node and
 * for a browser page (see browser.ts). Plain TypeScript, no Node imports.
 *
 * Strict like Excel: properties are readable only after load() and sync(); writes are queued and
 * applied at sync, in order; 2-D values and numberFormat must match the range's size; a string
 * starting with "=" written into values becomes a formula; a protected sheet refuses writes to its
 * cells, formats, column widths and filter (AccessDenied); a very hidden sheet cannot be deleted
 * (InvalidOperation); reading more than 5,000,000 cells fails; each request and response is
 * capped (5 MB by default). Every sync is recorded with its approximate payload, any sync can be
 * made to fail, and the workbook can be put in cell-edit mode, where every sync fails.
 * A failed sync applies nothing of its batch (see FakeHost.runBatch for why).
 *
 * @example
 * const fake = createExcelFake({ sheets: { Staff: [['Name'], ['Ada']] } });
 * const uninstall = fake.install(globalThis);
 * await Excel.run(async (context) => { ... });
 * expect(fake.sheet('Staff').cell('A2').value).toBe('Ada');
 * uninstall();
 */
import type { FakeDialog } from './dialog';
import { createExcelGlobal, createOfficeGlobal } from './globals';
import { FakeHost, type SyncRecord } from './host';
import type { FakeErrorCodeValue } from './errors';
import {
  FakeWorkbookModel, type BorderEdge, type ModelBorder, type ModelCell, type ModelConditionalFormat, type ModelPageLayout,
  type ModelSheet, type StoredHyperlink, type Visibility,
} from './model';
import { parseAddress, formatLocalAddress, type Rect } from './rect';
import { normaliseColor } from './range-format';
import { applyTypedValue } from './cell-input';
import { FakeCustomFunctions } from './custom-functions';
import { usedRect } from './worksheet';

export type { SyncRecord } from './host';
export type { FakeDialog } from './dialog';
export type { FakeCustomFunctions, FakeInvocation, StreamedResult } from './custom-functions';
export { FakeOfficeError, FakeErrorCode, type FakeErrorCodeValue } from './errors';

/** A seeded cell: a plain value, or an error value such as { error: '#N/A' }. */
export type FakeCellInput = string | number | boolean | null | { readonly error: string };

/** A seeded sheet with more than values. */
export interface FakeSheetSpec {
  readonly values?: readonly (readonly FakeCellInput[])[];
  /** Where values[0][0] goes (default "A1"). */
  readonly origin?: string;
  /** Aligned with values; null or "General" leaves the default. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Fills by A1 address, colours as "RRGGBB" or "#RRGGBB". */
  readonly fills?: Readonly<Record<string, string>>;
  /** Borders by A1 address: { B4: { EdgeTop: { style: 'Continuous', color: '00B050', weight: 'Medium' } } }. */
  readonly borders?: Readonly<Record<string, Partial<Record<BorderEdge, ModelBorder>>>>;
  /** Formulas by A1 address, with their cached value taken from values. */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly visibility?: Visibility;
  readonly protected?: boolean;
}

/** Seed data and host settings for createExcelFake. */
export interface ExcelFakeOptions {
  /** Sheets in tab order: plain 2-D values from A1, or a FakeSheetSpec. */
  readonly sheets?: Readonly<Record<string, readonly (readonly FakeCellInput[])[] | FakeSheetSpec>>;
  /** Excel tables; `range` is an A1 range including the header row. */
  readonly tables?: readonly { readonly name: string; readonly sheet: string; readonly range: string }[];
  /** The active sheet (default: the first visible one). */
  readonly activeSheet?: string;
  /** True for a workbook in the 1904 date system. */
  readonly date1904?: boolean;
  /** Highest ExcelApi requirement set claimed (default "1.17"). */
  readonly excelApi?: string;
  /** Highest DialogApi requirement set claimed (default "1.2"); null: no dialogs (no Office.context.ui). */
  readonly dialogApi?: string | null;
  /** Request and response size limit per sync (default 5,000,000 bytes, as Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** Modelled time of one round trip in ms (default 0), e.g. 50 for a benchmark of Excel on the web. */
  readonly syncLatencyMs?: number;
  /** True for a host whose runtime runs custom functions (a shared runtime): installs CustomFunctions. */
  readonly customFunctions?: boolean;
  /** The culture Excel reports (Application.cultureInfo.name, ExcelApi 1.11), e.g. "de-DE"; default "en-US". */
  readonly culture?: string;
}

/** What a test sees of one cell. Colours are "RRGGBB" (no '#'), null when none. */
export interface FakeCellView {
  readonly value: string | number | boolean | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly bold: boolean;
  readonly fontColor: string | null;
  readonly wrap: boolean;
  readonly hyperlink: StoredHyperlink | null;
}

/** What a test sees of one sheet. */
export interface FakeSheetView {
  readonly name: string;
  readonly visibility: Visibility;
  readonly protected: boolean;
  readonly position: number;
  readonly freeze: { readonly rows: number; readonly cols: number };
  /** Values from A1 to the last used cell (blank: null), or [] for an empty sheet. */
  values(): (string | number | boolean | null)[][];
  cell(address: string): FakeCellView;
  /** Every filled cell as { "B4": "FFC7CE" }. */
  fills(): Record<string, string>;
  /** Column widths in points by column letter index (0 = A). */
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly conditionalFormats: readonly (Omit<ModelConditionalFormat, 'rect'> & { readonly address: string })[];
  readonly autoFilter: string | null;
  /** Page setup as recorded (defaults on a sheet nobody set up). */
  readonly pageLayout: ModelPageLayout;
  /** Every cell with a border, as { "B4": { EdgeTop: { style, color: "RRGGBB", weight } } }. */
  borders(): Record<string, Partial<Record<BorderEdge, ModelBorder>>>;
}

/** A fake workbook: install its globals, then run code against them and inspect the result. */
export interface ExcelFake {
  /** Puts `Excel` and `Office` on the target (default globalThis); returns a function that removes them. */
  install(target?: object): () => void;
  /** Every sync so far, in order, failed ones included. */
  readonly syncs: readonly SyncRecord[];
  /**
   * Makes the sync with this 1-based index (counting all syncs so far) fail, applying nothing,
   * with the error `code` (default GeneralException).
   */
  failAtSync(index: number, code?: FakeErrorCodeValue): void;
  /**
   * Puts the workbook in or out of cell-edit mode (a user typing in a cell): while on, every
   * sync fails with InvalidOperationInCellEditMode and applies nothing, as in Excel on the web.
   * With `fromSync`, edit mode begins at that 1-based sync index (the user starts typing in
   * the middle of an action) and lasts until it is turned off.
   */
  setCellEditMode(editing: boolean, fromSync?: number): void;
  sheet(name: string): FakeSheetView;
  hasSheet(name: string): boolean;
  sheetNames(): string[];
  readonly activeSheet: string | undefined;
  /** The selection as "Sheet!B4", or undefined. */
  readonly selection: string | undefined;
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly address: string; readonly style: string }[];
  readonly associatedActions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  readonly calculationSuspensions: number;
  /** Every dialog opened with Office.context.ui.displayDialogAsync; act as the user through them. */
  readonly dialogs: readonly FakeDialog[];
  /** Every message sent with Office.context.ui.messageParent (a dialog page's side). */
  readonly parentMessages: readonly string[];
  /**
   * The user types `values` into the cells from `address` (top-left, e.g. "B4"), as Excel takes
   * typed input; onChanged handlers of the sheet are told afterwards, asynchronously.
   */
  editCells(sheet: string, address: string, values: readonly (readonly (string | number | boolean | null)[])[]): void;
  /** Event handlers registered and not removed. */
  readonly eventHandlers: number;
  /** Calls `listener` after every batch Excel runs successfully, before its answer is back. */
  onBatch(listener: (record: SyncRecord) => void): void;
  /** The custom functions associated, when the fake has them (options.customFunctions). */
  readonly customFunctions: FakeCustomFunctions | undefined;
  /** Changes a sheet's protection between actions (as a user would). */
  setProtected(sheet: string, isProtected: boolean): void;
  /** The globals, for code that wants them without installing. */
  readonly Excel: Record<string, unknown>;
  readonly Office: Record<string, unknown>;
}

/** Builds a fake workbook from seed data. */
export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const model = new FakeWorkbookModel(options.date1904 ?? false);
  for (const [name, seed] of Object.entries(options.sheets ?? {})) seedSheet(model, name, seed);
  for (const table of options.tables ?? []) {
    model.addTable(table.name, requireSheet(model, table.sheet), parseAddress(table.range));
  }
  const active = options.activeSheet ? requireSheet(model, options.activeSheet) : model.sheets.find((s) => s.visibility === 'Visible');
  model.activeSheetId = active?.id;
  model.selection = active ? { sheetId: active.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } } : undefined;

  const host = new FakeHost(model, {
    payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
    excelApi: options.excelApi ?? '1.17',
    dialogApi: options.dialogApi === undefined ? '1.2' : options.dialogApi,
    syncLatencyMs: options.syncLatencyMs ?? 0,
    // Excel reports culture names in lower case ("en-us"), as the Office.js reference says.
    culture: (options.culture ?? 'en-US').toLowerCase(),
  });
  const excel = createExcelGlobal(host);
  const office = createOfficeGlobal(host);
  const customFunctions = options.customFunctions ? new FakeCustomFunctions() : undefined;

  return {
    install(target: object = globalThis) {
      const slots = target as Record<string, unknown>;
      const previous = { Excel: slots.Excel, Office: slots.Office, CustomFunctions: slots.CustomFunctions };
      slots.Excel = excel;
      slots.Office = office;
      if (customFunctions) slots.CustomFunctions = customFunctions.global();
      return () => {
        slots.Excel = previous.Excel;
        slots.Office = previous.Office;
        slots.CustomFunctions = previous.CustomFunctions;
      };
    },
    get syncs() { return host.syncs; },
    failAtSync: (index, code) => host.failAtSync(index, code),
    setCellEditMode: (editing, fromSync) => {
      host.cellEditMode = editing && fromSync === undefined;
      host.cellEditModeFromSync = editing ? fromSync : undefined;
    },
    sheet: (name) => viewSheet(model, requireSheet(model, name)),
    hasSheet: (name) => model.sheetByName(name) !== undefined,
    sheetNames: () => model.sheets.map((s) => s.name),
    get activeSheet() { return model.activeSheetId ? model.sheetById(model.activeSheetId)?.name : undefined; },
    get selection() {
      const selection = model.selection;
      const sheet = selection ? model.sheetById(selection.sheetId) : undefined;
      return selection && sheet ? `${sheet.name}!${formatLocalAddress(selection.rect)}` : undefined;
    },
    get tables() {
      return model.tables.map((t) => ({ name: t.name, sheet: model.sheetById(t.sheetId)?.name ?? '', address: formatLocalAddress(t.rect), style: t.style }));
    },
    associatedActions: host.associatedActions,
    get calculationSuspensions() { return host.calculationSuspensions; },
    dialogs: host.dialogs,
    parentMessages: host.parentMessages,
    editCells(name, address, values) {
      const sheet = requireSheet(model, name);
      const origin = parseAddress(address);
      values.forEach((row, r) => row.forEach((input, c) => {
        model.putCell(sheet, origin.row + r, origin.col + c, applyTypedValue(model.cell(sheet, origin.row + r, origin.col + c) ?? { value: null }, input === null ? '' : input));
      }));
      const rows = values.length;
      const cols = Math.max(1, ...values.map((row) => row.length));
      host.fireChanged(sheet.id, formatLocalAddress({ row: origin.row, col: origin.col, rowCount: Math.max(1, rows), colCount: cols }));
    },
    get eventHandlers() { return host.registrations.length; },
    onBatch: (listener) => { host.batchListeners.push(listener); },
    customFunctions,
    setProtected: (name, isProtected) => { requireSheet(model, name).protected = isProtected; },
    Excel: excel,
    Office: office,
  };
}

function requireSheet(model: FakeWorkbookModel, name: string): ModelSheet {
  const sheet = model.sheetByName(name);
  if (!sheet) throw new Error(`The fake has no sheet named '${name}'.`);
  return sheet;
}

function seedSheet(model: FakeWorkbookModel, name: string, seed: readonly (readonly FakeCellInput[])[] | FakeSheetSpec): void {
  const spec: FakeSheetSpec = Array.isArray(seed) ? { values: seed as readonly (readonly FakeCellInput[])[] } : seed as FakeSheetSpec;
  const sheet = model.addSheet(name);
  const origin = parseAddress(spec.origin ?? 'A1');
  const put = (row: number, col: number, change: (cell: ModelCell) => ModelCell) => {
    model.putCell(sheet, row, col, change(model.cell(sheet, row, col) ?? { value: null }));
  };
  (spec.values ?? []).forEach((cells, r) => cells.forEach((input, c) => {
    const value = typeof input === 'object' && input !== null ? input.error : input;
    const format = spec.numberFormats?.[r]?.[c];
    put(origin.row + r, origin.col + c, (cell) => ({
      ...cell,
      value: value === '' ? null : value,
      numberFormat: format && format !== 'General' ? format : undefined,
    }));
  }));
  for (const [address, color] of Object.entries(spec.fills ?? {})) {
    const rect = parseAddress(address);
    put(rect.row, rect.col, (cell) => ({ ...cell, fill: normaliseColor(color) }));
  }
  for (const [address, edges] of Object.entries(spec.borders ?? {})) {
    const rect = parseAddress(address);
    const borders = Object.fromEntries(Object.entries(edges).map(([edge, line]) => [edge, { ...line, color: normaliseColor(line.color) }]));
    put(rect.row, rect.col, (cell) => ({ ...cell, borders }));
  }
  for (const [address, formula] of Object.entries(spec.formulas ?? {})) {
    const rect = parseAddress(address);
    put(rect.row, rect.col, (cell) => ({ ...cell, formula }));
  }
  sheet.visibility = spec.visibility ?? 'Visible';
  sheet.protected = spec.protected ?? false;
}

function viewSheet(model: FakeWorkbookModel, sheet: ModelSheet): FakeSheetView {
  const bare = (color: string | undefined) => (color ? color.replace('#', '') : null);
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    protected: sheet.protected,
    position: model.sheets.indexOf(sheet),
    freeze: { ...sheet.freeze },
    values() {
      const used = usedRect(sheet, true);
      if (!used) return [];
      const rows: (string | number | boolean | null)[][] = [];
      for (let r = 0; r < used.row + used.rowCount; r++) {
        const row: (string | number | boolean | null)[] = [];
        for (let c = 0; c < used.col + used.colCount; c++) row.push(model.cell(sheet, r, c)?.value ?? null);
        rows.push(row);
      }
      return rows;
    },
    cell(address) {
      const rect: Rect = parseAddress(address);
      const cell = model.cell(sheet, rect.row, rect.col) ?? { value: null };
      return {
        value: cell.value,
        formula: cell.formula ?? null,
        numberFormat: cell.numberFormat ?? 'General',
        fill: bare(cell.fill),
        bold: cell.bold ?? false,
        fontColor: bare(cell.fontColor),
        wrap: cell.wrap ?? false,
        hyperlink: cell.hyperlink ?? null,
      };
    },
    fills() {
      const fills: Record<string, string> = {};
      for (const { row, col, cell } of model.storedCells(sheet, { row: 0, col: 0, rowCount: 1_048_576, colCount: 16_384 })) {
        if (cell.fill) fills[formatLocalAddress({ row, col, rowCount: 1, colCount: 1 })] = cell.fill.replace('#', '');
      }
      return fills;
    },
    columnWidths: new Map(sheet.columnWidths),
    conditionalFormats: sheet.conditionalFormats.map(({ rect, ...rest }) => ({ ...rest, address: formatLocalAddress(rect) })),
    autoFilter: sheet.autoFilter ? formatLocalAddress(sheet.autoFilter) : null,
    pageLayout: { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom } },
    borders() {
      const borders: Record<string, Partial<Record<BorderEdge, ModelBorder>>> = {};
      for (const { row, col, cell } of model.storedCells(sheet, { row: 0, col: 0, rowCount: 1_048_576, colCount: 16_384 })) {
        if (!cell.borders) continue;
        borders[formatLocalAddress({ row, col, rowCount: 1, colCount: 1 })] = Object.fromEntries(
          Object.entries(cell.borders).map(([edge, line]) => [edge, { ...line, color: line.color.replace('#', '') }]),
        );
      }
      return borders;
    },
  };
}
