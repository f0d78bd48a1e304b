/**
 * Finding an input sheet in a workbook: the table or sheet with one of the spec's names, its header
 * row (the first row within the first 10 that names every required column) and its columns.
 */
import type { CellValue, RawBlock, RawWorkbook } from './grid';
import { INPUT_SHEETS, normaliseName, type SheetSpec } from './schema';

/** How many rows from the top the header row may be (merged titles and notes sit above it). */
export const HEADER_SEARCH_ROWS = 10;

/** An input sheet found in the workbook. */
export interface LocatedSheet {
  /** Worksheet name, as diagnostics and highlights name it. */
  readonly sheet: string;
  readonly block: RawBlock;
  /** Index into block.values of the header row; -1 when no header was found. */
  readonly headerIndex: number;
  /** Column key → index into a row of block.values. */
  readonly columns: ReadonlyMap<string, number>;
}

/** Finds the table or sheet for a spec: tables first (their extent is exact), then sheets. */
export function findBlock(raw: RawWorkbook, spec: SheetSpec): { sheet: string; block: RawBlock } | undefined {
  const wanted = spec.aliases.map(normaliseName);
  for (const alias of wanted) {
    const table = raw.tables.find((t) => normaliseName(t.name) === alias);
    if (table) return { sheet: table.sheet, block: table };
  }
  for (const alias of wanted) {
    const sheet = raw.sheets.find((s) => normaliseName(s.name) === alias);
    if (sheet) return { sheet: sheet.name, block: sheet };
  }
  return undefined;
}

/**
 * The worksheets the reader takes its input from (Staff, Ops Duties, Projects, Assignments,
 * Time Off, Holidays, Settings, each found by findBlock), once each, in the workbook's spelling:
 * an edit anywhere else cannot change a check.
 */
export function inputSheetNames(raw: RawWorkbook): string[] {
  const names = new Map<string, string>();
  for (const spec of INPUT_SHEETS) {
    const found = findBlock(raw, spec);
    if (found && !names.has(found.sheet.toLowerCase())) names.set(found.sheet.toLowerCase(), found.sheet);
  }
  return [...names.values()];
}

/** Locates the header row and maps the columns; headerIndex is -1 when no row names the required columns. */
export function locateSheet(found: { sheet: string; block: RawBlock }, spec: SheetSpec): LocatedSheet {
  const required = spec.columns.filter((c) => c.required);
  const limit = Math.min(HEADER_SEARCH_ROWS, found.block.values.length);
  for (let index = 0; index < limit; index++) {
    const columns = mapColumns(found.block.values[index], spec);
    if (required.every((c) => columns.has(c.key))) return { ...found, headerIndex: index, columns };
  }
  return { ...found, headerIndex: -1, columns: new Map() };
}

function mapColumns(row: readonly CellValue[], spec: SheetSpec): Map<string, number> {
  const byName = new Map<string, number>();
  row.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const name = normaliseName(cell);
    if (name !== '' && !byName.has(name)) byName.set(name, index);
  });
  const columns = new Map<string, number>();
  const taken = new Set<number>();
  // Specific aliases first: "Hours per week" must not be claimed by a column that only says "Hours".
  for (const column of spec.columns) {
    for (const alias of column.aliases) {
      const index = byName.get(normaliseName(alias));
      if (index !== undefined && !taken.has(index)) {
        columns.set(column.key, index);
        taken.add(index);
        break;
      }
    }
  }
  return columns;
}
