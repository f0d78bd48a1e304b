/**
 * Plain words for protected sheets an action had to leave alone: which ones, what was left as it
 * was, and what to do (Loadline never unprotects a user's sheet itself).
 */
import type { ProtectedSheetCells } from '../adapters/office';

/** "Staff", "Staff and Leave", "Staff, Leave and Projects". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function cells(count: number): string {
  return `${count} ${count === 1 ? 'cell' : 'cells'}`;
}

/**
 * What to tell the user after a check or a clear that left protected sheets alone; undefined
 * when there were none.
 *
 * @example
 * protectedSheetsText([{ sheet: 'Staff', notHighlighted: 4, stillHighlighted: 0 }], 'check')
 * // 'Highlights on Staff were not updated: the sheet is protected, so 4 cells this check names
 * //  are not highlighted. Unprotect it (Review > Unprotect Sheet), then choose Check capacity again.'
 */
export function protectedSheetsText(sheets: readonly ProtectedSheetCells[], action: 'check' | 'clear'): string | undefined {
  if (sheets.length === 0) return undefined;
  const one = sheets.length === 1;
  const names = listNames(sheets.map((s) => s.sheet));
  const unprotect = `Unprotect ${one ? 'it' : 'them'} (Review > Unprotect Sheet), then choose ${action === 'check' ? 'Check capacity' : 'Clear highlights'} again.`;
  if (action === 'check') {
    const missing = sheets.reduce((sum, s) => sum + s.notHighlighted, 0);
    const which = missing === 0 ? '' : `, so ${cells(missing)} this check names ${missing === 1 ? 'is' : 'are'} not highlighted`;
    return `Highlights on ${names} were not updated: ${one ? 'the sheet is' : 'the sheets are'} protected${which}. ${unprotect}`;
  }
  const kept = sheets.reduce((sum, s) => sum + s.stillHighlighted, 0);
  return `${names} ${one ? 'is' : 'are'} protected, so ${cells(kept)} ${kept === 1 ? 'keeps its' : 'keep their'} highlight. ${unprotect}`;
}
