/** Source cells of conflicts, as the report names them ("Sheet!A1"), split for links and fills. */
import { a1, parseA1 } from '../address';

/** A source cell: sheet name, normalised A1 address ("B4") and its zero-based position. */
export interface SourceCell {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
}

/**
 * Splits "Sheet!A1" at the LAST "!" (a sheet name may itself hold "!", an address never does).
 * A quoted sheet part (`'Ops Duties'!B4`) is unquoted: Excel forbids sheet names that begin or
 * end with an apostrophe, so surrounding quotes can only be quoting. "$B$4" becomes "B4".
 * Undefined when the text names no cell; the caller then skips the link or highlight, since a
 * bad reference must not stop the report.
 *
 * @example
 * parseSourceCell('Q1!Plan!C7') // { sheet: 'Q1!Plan', cell: 'C7', row: 6, col: 2 }
 */
export function parseSourceCell(reference: string): SourceCell | undefined {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return undefined;
  const sheet = unquoteSheetName(reference.slice(0, bang));
  const position = parseA1(reference.slice(bang + 1));
  if (sheet === '' || !position || position.row < 0 || position.col < 0) return undefined;
  return { sheet, cell: a1(position.row, position.col), row: position.row, col: position.col };
}

function unquoteSheetName(text: string): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    return text.slice(1, -1).replace(/''/g, "'");
  }
  return text;
}
