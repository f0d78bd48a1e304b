/**
 * Orders text the same way on every machine: by UTF-16 code units, not by the locale, so two
 * doors (or two users) sorting the same names get the same sheet.
 *
 * @example
 * ['b', 'B', 'a'].sort(compareText) // ['B', 'a', 'b']
 */
export function compareText(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}
