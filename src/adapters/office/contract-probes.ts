/**
 * Probes for the sheets and tables the workbook contract names, queued in the first round trip
 * next to the sheet list: each name Loadline reads under (Staff, People, Ops Duties, …, and the
 * state sheet) is looked up directly, with its used range's size, so that the second round trip
 * can read exactly the cells that matter.
 *
 * Excel looks sheets and tables up ignoring case but not spaces or punctuation, while the reader
 * matches names ignoring all three: a sheet called "ops  duties" is read, but not found here.
 * The probes are a shortcut; the sheet and table lists of the same round trip are the truth.
 */
import { INPUT_SHEETS, normaliseName } from '../../workbook/schema';
import { STATE_SHEET } from '../../workbook/state';
import { RECT_PROPERTIES, type Rect } from './range-reads';
import { OPERATION_BYTES } from './request-budget';

/** Every name (normalised) under which the reader looks for an input sheet or table. */
const CONTRACT_NAMES = new Set(INPUT_SHEETS.flatMap((spec) => spec.aliases.map(normaliseName)));

/** True when the reader would read a sheet or table of this name (see src/workbook/locate.ts). */
export function isContractName(name: string): boolean {
  return CONTRACT_NAMES.has(normaliseName(name));
}

/** What the probes found, by lower-cased name (Excel's own matching). */
export interface ProbeFindings {
  /** Used range (values only) of each sheet found; null for an empty sheet. */
  readonly sheets: ReadonlyMap<string, Rect | null>;
  /** Range of each table found, header row included. */
  readonly tables: ReadonlyMap<string, Rect>;
}

/** The probes of one round trip; `findings` reads them once it is back. */
export interface ContractProbes {
  /**
   * What the probes found, given the sheet names of the same round trip (a probe's used range
   * is a null object both for a missing sheet and for an empty one: the list tells them apart).
   */
  findings(sheetNames: readonly string[]): ProbeFindings;
}

/** No lookups queued: nothing is found by name. */
export const NO_PROBES: ContractProbes = { findings: () => ({ sheets: new Map(), tables: new Map() }) };

/**
 * Queues a lookup of every contract sheet name, the state sheet, and every contract table name,
 * each with the size of what it finds. Skipped (nothing found) when the lookups alone would not
 * fit a request of `budgetBytes`.
 */
export function queueContractProbes(context: Excel.RequestContext, budgetBytes: number): ContractProbes {
  const sheetNames = [STATE_SHEET, ...INPUT_SHEETS.flatMap((spec) => spec.aliases)];
  const tableNames = tableCandidates();
  // Three operations a lookup: get the item, get its range, load the range's size.
  const requestBytes = [...sheetNames, ...tableNames].reduce((sum, name) => sum + 3 * OPERATION_BYTES + name.length, 0);
  if (requestBytes > budgetBytes) return NO_PROBES;
  const sheets = sheetNames.map((name) => ({
    name,
    used: context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true).load(RECT_PROPERTIES),
  }));
  const tables = tableNames.map((name) => ({
    name,
    range: context.workbook.tables.getItemOrNullObject(name).getRange().load(RECT_PROPERTIES),
  }));
  return {
    findings(existing) {
      const names = new Map(existing.map((name) => [name.toLowerCase(), name]));
      const foundSheets = new Map<string, Rect | null>();
      for (const { name, used } of sheets) {
        if (names.has(name.toLowerCase())) foundSheets.set(name.toLowerCase(), used.isNullObject ? null : rectOf(used));
      }
      const foundTables = new Map<string, Rect>();
      for (const { name, range } of tables) {
        if (!range.isNullObject) foundTables.set(name.toLowerCase(), rectOf(range));
      }
      return { sheets: foundSheets, tables: foundTables };
    },
  };
}

/** Where a loaded range is. */
export function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rowCount: range.rowCount, colCount: range.columnCount };
}

/**
 * Names a contract table may have. Table names cannot hold spaces, so "Ops Duties" is tried as
 * "OpsDuties" and "Ops_Duties"; only valid table names are looked up.
 */
function tableCandidates(): string[] {
  const names = INPUT_SHEETS.flatMap((spec) => spec.aliases.flatMap((alias) => [alias.replace(/ /g, ''), alias.replace(/ /g, '_')]));
  const unique = new Map(names.filter((name) => /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)).map((name) => [name.toLowerCase(), name]));
  return [...unique.values()];
}
