/**
 * The error of a write that would replace or remove one of Loadline's own summary sheets that the
 * user has since protected.
 */

/**
 * Thrown before anything is written when a summary sheet Loadline would rewrite or remove is
 * protected: the protection says the user wants that sheet kept as it is, and deleting it would
 * silently drop the protection (Excel lets a protected sheet be deleted). `code` is Excel's code
 * for a refused change, so code that only knows Office errors still reads it right.
 */
export class ProtectedSheetsError extends Error {
  readonly code = 'AccessDenied';

  constructor(readonly sheets: readonly string[]) {
    super(`Loadline's ${sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets.map((name) => `"${name}"`).join(', ')} ${sheets.length === 1 ? 'is' : 'are'} protected, so the check cannot rewrite ${sheets.length === 1 ? 'it' : 'them'}.`);
    this.name = 'ProtectedSheetsError';
  }
}
