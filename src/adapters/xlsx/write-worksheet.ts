/**
 * One sheet written whole from a SheetPatch: its part, its table parts and its print titles.
 */
import type { SheetPatch } from '../../workbook/patch';
import { printTitles, renderSheetPatch, tablePartXml } from './sheet-writer';
import type { SheetState } from './workbook-xml';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';
import { escapeText } from './xml';

/** How and where the sheet goes. */
export interface WriteWorksheetOptions {
  readonly state?: SheetState;
  /** The sheet it replaces (same tab), if any. */
  readonly replace?: SheetEntry;
  /** A new sheet goes before this one (after the last tab when not given). */
  readonly before?: SheetEntry;
  readonly tabSelected?: boolean;
  /** Table names already used by other sheets (Excel wants them unique in the workbook). */
  readonly takenTableNames?: ReadonlySet<string>;
}

/**
 * Writes the patch as a worksheet named `name`. Its XML is made when the workbook is saved, one
 * sheet at a time, and compressed at once (XlsxWorkbook.toBytes).
 */
export function writeWorksheet(workbook: XlsxWorkbook, name: string, patch: SheetPatch, options: WriteWorksheetOptions = {}): SheetEntry {
  const styles = workbook.styles();
  const taken = new Set([...(options.takenTableNames ?? [])].map((n) => n.toLowerCase()));
  const tables = (patch.tables ?? []).map((table) => {
    let tableName = table.name;
    for (let n = 2; taken.has(tableName.toLowerCase()); n++) tableName = `${table.name}${n}`;
    taken.add(tableName.toLowerCase());
    return { xml: (id: number) => tablePartXml(table, tableName, patch, id) };
  });
  const sheet = workbook.writeSheet(
    name,
    options.state ?? 'visible',
    // Made when the workbook is saved (or first read back): a summary sheet can hold millions of cells.
    (tableRelIds) => () => renderSheetPatch(patch, styles, { tabSelected: options.tabSelected === true, tableRelIds }),
    tables,
    options.replace,
    options.before,
  );
  const titles = printTitles(name, patch);
  if (titles !== undefined) {
    workbook.addDefinedName(sheet, '_xlnm.Print_Titles', `<definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeText(titles)}</definedName>`);
  }
  return sheet;
}
