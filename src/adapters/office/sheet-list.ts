/**
 * The workbook's worksheets as the write side needs them: names in tab order, visibility and
 * protection, found case-insensitively as Excel finds them.
 */

/** One worksheet. `position` is its zero-based tab index. */
export interface SheetInfo {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly isProtected: boolean;
}

/** The worksheets of a workbook, looked up by name the way Excel does (case-insensitively), and its tables. */
export class SheetList {
  private readonly byName: ReadonlyMap<string, SheetInfo>;

  constructor(readonly sheets: readonly SheetInfo[], readonly tables: readonly { readonly name: string; readonly sheet: string }[] = []) {
    this.byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  }

  find(name: string): SheetInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
}

/** Loads every worksheet's name, position, visibility and protection, and every table's name and sheet, in one round trip. */
export async function loadSheetList(context: Excel.RequestContext): Promise<SheetList> {
  const worksheets = context.workbook.worksheets.load('items/name,items/position,items/visibility,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();
  return new SheetList(worksheets.items.map((sheet, index) => ({
    name: sheet.name,
    position: index,
    visibility: sheet.visibility,
    isProtected: sheet.protection.protected,
  })), tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name })));
}
