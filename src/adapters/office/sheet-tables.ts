/**
 * Excel tables (ListObjects) on the summary sheets. A table name is unique in the workbook, and
 * the sheet a run replaces still holds its table while the new sheet is written under a
 * temporary name; so a new table is made under a temporary name too and takes its final name
 * in the commit, after the old sheet (and its table) is deleted. A table of the user's that
 * already has the name is never touched: Loadline's takes the name with a number after it.
 */
import { a1Range } from '../../workbook/address';
import type { TablePatch } from '../../workbook/patch';
import { OPERATION_BYTES } from './request-budget';
import type { Operation, RequestPacker } from './request-packer';

/** A table to make: where, under which temporary name, and its name once committed. */
export interface PlannedTable {
  readonly sheetName: string;
  readonly table: TablePatch;
  readonly temporaryName: string;
  readonly finalName: string;
}

/** A table as the workbook has it now. */
export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
}

/**
 * Names for the tables of each sheet to write (`sheets[i]` is written under `temps[i]`). Tables on
 * sheets this write deletes (`replaced`, lower case) free their names.
 */
export function planTables(
  sheets: readonly { readonly tables?: readonly TablePatch[] }[],
  temps: readonly string[],
  existing: readonly ExistingTable[],
  replaced: ReadonlySet<string>,
): PlannedTable[] {
  const taken = new Set(existing.filter((t) => !replaced.has(t.sheet.toLowerCase())).map((t) => t.name.toLowerCase()));
  const everything = new Set(existing.map((t) => t.name.toLowerCase()));
  const planned: PlannedTable[] = [];
  sheets.forEach((sheet, i) => {
    for (const table of sheet.tables ?? []) {
      let finalName = table.name;
      for (let n = 2; taken.has(finalName.toLowerCase()); n++) finalName = `${table.name}${n}`;
      taken.add(finalName.toLowerCase());
      let temporaryName = `LoadlineNew_${finalName}`;
      for (let n = 2; everything.has(temporaryName.toLowerCase()); n++) temporaryName = `LoadlineNew${n}_${finalName}`;
      everything.add(temporaryName.toLowerCase());
      planned.push({ sheetName: temps[i], table, temporaryName, finalName });
    }
  });
  return planned;
}

/** Queues the making of each table, under its temporary name, once its sheet's cells are written. */
export function queueTables(packer: RequestPacker, tables: readonly PlannedTable[]): void {
  for (const { sheetName, table, temporaryName } of tables) {
    const { row, col, rowCount, colCount } = table.range;
    const address = a1Range(row, col, rowCount, colCount);
    packer.add(4 * OPERATION_BYTES + address.length + temporaryName.length + table.style.length, (sheets) => {
      const added = sheets.get(sheetName).tables.add(address, true);
      added.name = temporaryName;
      added.style = table.style;
    });
  }
}

/** The commit's renames, to run after the replaced sheets are deleted. */
export function renameTables(tables: readonly PlannedTable[]): Operation[] {
  return tables.map(({ temporaryName, finalName }) => (sheets) => {
    sheets.context.workbook.tables.getItem(temporaryName).name = finalName;
  });
}
