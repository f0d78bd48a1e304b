/**
 * Task-pane navigation: show the user a cell a diagnostic or conflict names.
 */
import { parseA1 } from '../../workbook/address';
import type { CellTarget } from '../../workbook/patch';

/**
 * Activates the target's sheet and selects the cell. Returns false (and changes nothing) when the
 * sheet is missing or hidden, or the address is not a cell: the workbook may have changed since
 * the check, and that is not an error.
 */
export async function selectCell(target: CellTarget): Promise<boolean> {
  const position = parseA1(target.cell);
  if (!position) return false;
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet).load('visibility');
    await context.sync();
    if (sheet.isNullObject || sheet.visibility !== 'Visible') return false;
    sheet.activate();
    sheet.getCell(position.row, position.col).select();
    await context.sync();
    return true;
  });
}
