/**
 * Temporary sheets: Loadline writes every new sheet under a temporary, very hidden name and
 * renames it into place in one final round trip, so a write that fails part way never leaves a
 * half-written sheet under a real name. A temporary sheet left over by a failure whose clean-up
 * also failed is very hidden and is swept by the next write.
 */
import { deleteWorksheet } from './delete-sheet';

const PREFIX = 'Loadline temp ';
const PATTERN = /^Loadline temp \d+$/;

/** `count` temporary names that no sheet in `taken` uses (names compare case-insensitively). */
export function temporaryNames(count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${PREFIX}${n}`;
    if (!used.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

/** True for a leftover temporary sheet: Loadline's name pattern and very hidden (a user's sheet is not). */
export function isLeftoverTemporarySheet(sheet: { readonly name: string; readonly visibility: string }): boolean {
  return PATTERN.test(sheet.name) && sheet.visibility === 'VeryHidden';
}

/** Deletes whichever of `names` exist; never throws (the caller is already handling a failure). */
export async function deleteTemporarySheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load('name,visibility'));
    await context.sync();
    const existing = found.filter((sheet) => !sheet.isNullObject);
    if (existing.length === 0) return;
    for (const sheet of existing) deleteWorksheet(sheet, sheet.visibility);
    await context.sync();
  } catch {
    // Best effort: what is left is very hidden and the next write sweeps it.
  }
}
