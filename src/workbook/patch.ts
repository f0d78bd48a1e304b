/**
 * WorkbookPatch: a plain description of what Loadline writes back. The report builder makes it
 * (pure); the Office.js and .xlsx adapters apply it. No spreadsheet library is involved here.
 *
 * Coordinates inside a SheetPatch are zero-based (row, col) from A1 of that sheet.
 */

/** A value Loadline writes. Strings are always written as text, never as formulas. */
export type PatchValue = string | number | boolean | null;

/** The summary sheets Loadline owns; the key is how a sheet is recognised across runs. */
export type SheetKey = 'capacity' | 'conflicts' | 'projects' | 'finance' | 'ledger' | 'issues';

/** A rectangle on a sheet, zero-based. */
export interface CellRange {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/** A cell on another sheet: the target of a hyperlink or a highlight. `cell` is A1 ("B4"). */
export interface CellTarget {
  readonly sheet: string;
  readonly cell: string;
}

/** Colours are 6-digit hex RGB without '#', e.g. "F8696B". */
export type Rgb = string;

/** A 3-colour scale conditional format (Excel's "Color Scale"). */
export interface ColorScaleFormat {
  readonly type: 'colorScale';
  readonly range: CellRange;
  readonly min: { readonly value: number; readonly color: Rgb };
  readonly mid: { readonly value: number; readonly color: Rgb };
  readonly max: { readonly value: number; readonly color: Rgb };
}

/** Fill a cell when its text equals `text` (used for RAG words "red" / "amber" / "green"). */
export interface TextEqualsFormat {
  readonly type: 'textEquals';
  readonly range: CellRange;
  readonly text: string;
  readonly fill: Rgb;
  readonly fontColor?: Rgb;
}

export type ConditionalFormat = ColorScaleFormat | TextEqualsFormat;

/** A number format applied to a block, e.g. "0%", "yyyy-mm-dd", "#,##0.00". */
export interface NumberFormatBlock {
  readonly range: CellRange;
  readonly format: string;
}

/** A static style on a block: header rows, totals rows. */
export interface StyleBlock {
  readonly range: CellRange;
  readonly bold?: boolean;
  readonly fill?: Rgb;
  readonly fontColor?: Rgb;
  readonly wrap?: boolean;
}

/** A cell whose value links to a cell elsewhere in the workbook. */
export interface InternalLink {
  readonly row: number;
  readonly col: number;
  readonly target: CellTarget;
}

/** One summary sheet, written whole. */
export interface SheetPatch {
  readonly key: SheetKey;
  /** The name Loadline would like; the app picks another when a user's sheet holds this one. */
  readonly title: string;
  /** Row-major values starting at A1; rows are padded to the same length. */
  readonly values: readonly (readonly PatchValue[])[];
  readonly numberFormats: readonly NumberFormatBlock[];
  readonly styles: readonly StyleBlock[];
  /** Column widths in characters, from column A; absent entries keep the default. */
  readonly columnWidths: readonly number[];
  /** Rows and columns to freeze (0 = none). */
  readonly freeze: { readonly rows: number; readonly cols: number };
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly links: readonly InternalLink[];
  /** Range with an autofilter, usually the header row plus data. */
  readonly autoFilter?: CellRange;
  /** How the sheet prints; absent = the application's defaults. */
  readonly print?: PrintSetup;
  /**
   * Excel tables (ListObjects) on the sheet. `range` covers the header row and the data; the
   * header row's values are the table's column names. A sheet with a table has no autoFilter
   * of its own (the table carries one).
   */
  readonly tables?: readonly TablePatch[];
}

/**
 * Page setup for printing a summary sheet: landscape, fitted to `fitToPagesWide` pages across
 * (any number down), the first `repeatRows` rows and `repeatCols` columns printed on every page,
 * and a centred footer text (plain text; adapters escape Excel's & codes).
 */
export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly fitToPagesWide: number;
  readonly repeatRows: number;
  readonly repeatCols: number;
  readonly footer: string;
}

/** An Excel table written with a sheet: a real table part in .xlsx, a ListObject in Excel. */
export interface TablePatch {
  /** Workbook-unique table name, e.g. "LoadlineLedger". */
  readonly name: string;
  readonly range: CellRange;
  /** Table style, e.g. "TableStyleMedium2". */
  readonly style: string;
}

/**
 * What a highlight marks: a conflict (red for high, amber for medium), or an input issue (the
 * cell of an error diagnostic: light red fill and a red dotted border).
 */
export type HighlightLevel = 'high' | 'medium' | 'issue';

/** A cell on an input sheet to mark because a conflict or an error diagnostic names it. */
export interface Highlight extends CellTarget {
  readonly level: HighlightLevel;
}

/** Fill colours of highlights. */
export const HIGHLIGHT_FILL: Readonly<Record<HighlightLevel, Rgb>> = {
  high: 'FFC7CE',
  medium: 'FFEB9C',
  issue: 'FDE9E9',
};

/**
 * The border of an input-issue mark: dotted red on all four edges. Only 'issue' highlights carry
 * a border, so only they record and restore the cell's original border (FillSnapshot.border).
 */
export const ISSUE_BORDER: { readonly style: 'dotted'; readonly color: Rgb } = { style: 'dotted', color: 'FF0000' };

/**
 * Which mark wins when one cell is named by several highlights: a conflict's colour outranks an
 * issue mark's fill (the cell keeps the issue's border as well), high outranks medium.
 */
export const HIGHLIGHT_RANK: Readonly<Record<HighlightLevel, number>> = { issue: 0, medium: 1, high: 2 };

/** Everything one check writes. */
export interface WorkbookPatch {
  readonly sheets: readonly SheetPatch[];
  /**
   * Cells to mark on the input sheets: per cell at most one conflict highlight ('high' or
   * 'medium') and one input-issue mark ('issue'). A door draws a cell named by both with the
   * conflict's fill and the issue's border (HIGHLIGHT_RANK).
   */
  readonly highlights: readonly Highlight[];
  /** The sheet key to activate after writing (the ribbon button shows Conflicts). */
  readonly activate?: SheetKey;
}
