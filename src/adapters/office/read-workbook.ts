/**
 * Reads what the check needs of the workbook — the input sheets and tables as values and number
 * formats, the state sheet and the date system — in two round trips when that fits one response:
 *
 *  1. the worksheet list, the table list, a DATE(1904,1,1) probe for the date system, the
 *     workbook's culture (ExcelApi 1.11, where the host has it), and a
 *     direct lookup of every sheet and table name of the contract with its size
 *     (contract-probes.ts);
 *  2. the cells of every input sheet, input table and the state sheet, whole when their
 *     estimated size fits the budget, with the position of each table on an input sheet.
 *
 * Only sheets and tables the reader can use are read: those whose names match the contract
 * (ignoring case, spaces and punctuation, as the reader does) and the state sheet. An input
 * sheet the probes missed (spelled "ops  duties", say) is sized in the second round trip with a
 * window of its first cells, and read on from there; anything too big for one response is read
 * in row blocks under the budget (range-reads.ts). When the workbook has no Staff sheet, every
 * other sheet is read too, after the state, so the reader can name them in its message.
 *
 * Sheets Loadline owns (per the state) and the state sheet are left out of the result.
 */
import type { WorkbookSnapshot } from '../../app/ports';
import type { RawSheet, RawTable } from '../../workbook/grid';
import { normaliseName, STAFF } from '../../workbook/schema';
import { decodeState, STATE_SHEET } from '../../workbook/state';
import { isContractName, NO_PROBES, queueContractProbes, rectOf } from './contract-probes';
import { RECT_PROPERTIES, readRanges, type RangeRead, type RangeTarget, type Rect } from './range-reads';
import { supportsExcelApi } from './requirements';

/** Reads the workbook of the current Office host. */
export async function readWorkbook(budgetBytes: number): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => {
    const queueFirst = (probeBudget: number) => ({
      worksheets: context.workbook.worksheets.load('items/name,items/visibility'),
      tables: context.workbook.tables.load('items/name,items/worksheet/name'),
      dateProbe: supportsExcelApi('1.2') ? context.workbook.functions.date(1904, 1, 1).load('value') : undefined,
      // The workbook's culture ("de-de") is the default locale for text numbers and dates.
      culture: supportsExcelApi('1.11') ? context.application.cultureInfo.load('name') : undefined,
      probes: queueContractProbes(context, probeBudget),
    });
    let first = queueFirst(budgetBytes);
    try {
      await context.sync();
    } catch (error) {
      // Workaround: the lookups chain a used range onto sheets that may not exist, which the
      // strict fake allows and Excel is expected to allow (a null object's children are null
      // objects) but which has not been tried in every host. If the first round trip fails for
      // any reason, list the sheets again without the lookups: one more round trip, same result.
      if (first.probes === NO_PROBES) throw error;
      first = queueFirst(0);
      await context.sync();
    }
    const { worksheets, tables, dateProbe, culture, probes } = first;

    const found = probes.findings(worksheets.items.map((s) => s.name));
    const stateWorksheet = worksheets.items.find((s) => sameName(s.name, STATE_SHEET));
    const inputSheets = worksheets.items.filter((s) => s !== stateWorksheet && isContractName(s.name));
    const isInputSheet = (name: string) => inputSheets.some((s) => sameName(s.name, name));
    // A contract table on any other sheet is read on its own; every table on an input sheet is
    // cut from that sheet's cells, as the xlsx adapter does.
    const tablesReadAlone = tables.items.filter((t) => isContractName(t.name) && !sameName(t.worksheet.name, STATE_SHEET) && !isInputSheet(t.worksheet.name));
    const tablesOnInputs = tables.items.filter((t) => isInputSheet(t.worksheet.name));

    let positions: { table: Excel.Table; range: Excel.Range }[] = [];
    const queuePositions = () => {
      positions = tablesOnInputs.map((table) => ({ table, range: table.getRange().load(RECT_PROPERTIES) }));
    };
    const sheetTargets = [...(stateWorksheet ? [stateWorksheet] : []), ...inputSheets].map((s) => sheetTarget(s, found.sheets));
    const tableTargets: RangeTarget[] = tablesReadAlone.map((table) => ({
      worksheet: worksheetNamed(worksheets.items, table.worksheet.name),
      known: found.tables.get(table.name.toLowerCase()),
      range: () => table.getRange(),
    }));
    const reads = await readRanges(context, [...sheetTargets, ...tableTargets], budgetBytes, queuePositions);
    const stateRead = stateWorksheet ? reads[0] : undefined;
    const sheetReads = reads.slice(stateWorksheet ? 1 : 0, sheetTargets.length);
    const tableReads = reads.slice(sheetTargets.length);

    const stateAtA1 = stateRead?.rect && stateRead.rect.row === 0 && stateRead.rect.col === 0;
    const state = decodeState(stateAtA1 ? stateRead.values : undefined);
    const owned = new Set(state.owned.map((o) => o.name.toLowerCase()));
    const isUserSheet = (name: string) => !owned.has(name.toLowerCase());

    const sheets = inputSheets.map((worksheet, i) => toRawSheet(worksheet.name, sheetReads[i])).filter((sheet) => isUserSheet(sheet.name));
    const tablesOffState = tables.items.filter((t) => !sameName(t.worksheet.name, STATE_SHEET));
    const hasStaff = [...inputSheets, ...tablesOffState].some((item) => STAFF.aliases.some((alias) => normaliseName(alias) === normaliseName(item.name)));
    if (!hasStaff) {
      // The check stops without Staff, and its message lists the workbook's sheets: read the
      // others too (only now, with the state known, so that Loadline's own sheets are skipped).
      const others = worksheets.items.filter((s) => s !== stateWorksheet && !isInputSheet(s.name) && isUserSheet(s.name));
      const otherReads = await readRanges(context, others.map((s) => sheetTarget(s, new Map())), budgetBytes);
      sheets.push(...others.map((worksheet, i) => toRawSheet(worksheet.name, otherReads[i])));
      const order = worksheets.items.map((s) => s.name);
      sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    }

    const readsBySheet = new Map(inputSheets.map((s, i) => [s.name.toLowerCase(), sheetReads[i]]));
    const rawTables: RawTable[] = [
      ...positions.flatMap(({ table, range }) => {
        const read = readsBySheet.get(table.worksheet.name.toLowerCase());
        return read && isUserSheet(table.worksheet.name) ? [sliceTable(read, table, rectOf(range))] : [];
      }),
      ...tablesReadAlone.flatMap((table, i) => (isUserSheet(table.worksheet.name) ? [tableOf(table, tableReads[i])] : [])),
    ];
    // DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one. Without the
    // probe (a host before ExcelApi 1.2) Loadline assumes 1900, Excel's default everywhere but
    // very old Mac workbooks. Workbook.use1904DateSystem would say it directly, but it is in no
    // released requirement set yet.
    const date1904 = dateProbe !== undefined && dateProbe.value === 0;
    return {
      raw: { sheets, tables: rawTables, date1904, ...(culture ? { locale: culture.name } : {}) },
      state,
      sheetNames: worksheets.items.map((s) => s.name),
    };
  });
}

/** A sheet's used range (values only) to read, its size known when a probe found the sheet. */
function sheetTarget(worksheet: Excel.Worksheet, found: ReadonlyMap<string, Rect | null>): RangeTarget {
  // getUsedRange, not ...OrNullObject, so a window can be chained: an empty sheet gives A1.
  return { worksheet, known: found.get(worksheet.name.toLowerCase()), range: () => worksheet.getUsedRange(true) };
}

function worksheetNamed(worksheets: readonly Excel.Worksheet[], name: string): Excel.Worksheet {
  const worksheet = worksheets.find((s) => sameName(s.name, name));
  if (!worksheet) throw new Error(`A table is on the sheet '${name}', which is not in the workbook's sheet list.`);
  return worksheet;
}

/** A sheet's grids; an empty sheet (sized as a blank A1 when no probe found it) has none. */
function toRawSheet(name: string, read: RangeRead): RawSheet {
  const rect = read.rect;
  const isBlankA1 = rect && rect.row === 0 && rect.col === 0 && rect.rowCount === 1 && rect.colCount === 1 && read.values[0][0] === null;
  if (!rect || isBlankA1) return { name, values: [], numberFormats: [], originRow: 0, originCol: 0 };
  return { name, values: read.values, numberFormats: read.formats, originRow: rect.row, originCol: rect.col };
}

/** A table read on its own. */
function tableOf(table: Excel.Table, read: RangeRead): RawTable {
  const rect = read.rect as Rect;
  return { name: table.name, sheet: table.worksheet.name, values: read.values, numberFormats: read.formats, originRow: rect.row, originCol: rect.col };
}

/** A table's block cut from its sheet's grids (cells outside the used range are blank). */
function sliceTable(sheet: RangeRead, table: Excel.Table, range: Rect): RawTable {
  const used = sheet.rect ?? { row: 0, col: 0 };
  const values = Array.from({ length: range.rowCount }, (_, r) => Array.from({ length: range.colCount }, (_, c) => (
    sheet.values[range.row + r - used.row]?.[range.col + c - used.col] ?? null
  )));
  const numberFormats = Array.from({ length: range.rowCount }, (_, r) => Array.from({ length: range.colCount }, (_, c) => (
    sheet.formats[range.row + r - used.row]?.[range.col + c - used.col] ?? null
  )));
  return { name: table.name, sheet: table.worksheet.name, values, numberFormats, originRow: range.row, originCol: range.col };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
