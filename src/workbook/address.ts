/** A1 addresses: the only way Loadline names a cell to a user. */

/** Column letters for a zero-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index for column letters: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a zero-based row and column: (3, 1) → "B4". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address of a rectangle: "B4:D9", or "B4" when it is one cell. */
export function a1Range(row: number, col: number, rowCount: number, colCount: number): string {
  const start = a1(row, col);
  if (rowCount === 1 && colCount === 1) return start;
  return `${start}:${a1(row + rowCount - 1, col + colCount - 1)}`;
}

/** Parses "B4" (or "$B$4") into zero-based row and column; undefined when it is not an A1 cell. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/**
 * A sheet name quoted for use in a reference: `'Q1 ''Plan'''!A1`. Excel requires quotes around
 * names with spaces or punctuation and doubles any quote inside; quoting always is also valid.
 */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A full reference to a cell, e.g. `'Ops Duties'!B4`. */
export function sheetRef(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}
