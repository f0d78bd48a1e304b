/**
 * Where new summary sheets go in the tab order: each takes the tab of the sheet it replaces, and
 * a sheet written for the first time goes right after the summary sheet before it in Loadline's
 * order (the Finance Ledger after OpEx CapEx in a workbook checked before the ledger existed), or
 * after every existing sheet when there is none. So a re-run leaves the tabs where the user put
 * them, and running twice gives the same order as running once. Pure.
 */

/**
 * The tab position of each new sheet once `removed` sheets are gone and `replaced` ones swapped,
 * in ascending order — the order to set them in, so each move leaves earlier tabs in place.
 *
 * @param current sheet names in tab order (temporary and state sheets left out)
 * @param replaced lower-case old name → the new sheet taking its tab
 * @param removed lower-case names of sheets deleted for good
 * @param added new sheets with no predecessor, in Loadline's order
 * @param after for an added sheet, the (new) summary sheet it follows in Loadline's order
 *
 * @example
 * sheetPositions(['Staff', 'Capacity', 'Projects'], new Map([['capacity', 'Capacity']]), new Set(), ['Conflicts'])
 * // [{ name: 'Capacity', position: 1 }, { name: 'Conflicts', position: 3 }]
 */
export function sheetPositions(
  current: readonly string[],
  replaced: ReadonlyMap<string, string>,
  removed: ReadonlySet<string>,
  added: readonly string[],
  after: ReadonlyMap<string, string> = new Map(),
): { name: string; position: number }[] {
  const order: { name: string; isNew: boolean }[] = [];
  for (const name of current) {
    const key = name.toLowerCase();
    const successor = replaced.get(key);
    if (successor !== undefined) order.push({ name: successor, isNew: true });
    else if (!removed.has(key)) order.push({ name, isNew: false });
  }
  for (const name of added) {
    const previous = after.get(name)?.toLowerCase();
    const at = previous === undefined ? -1 : order.findIndex((entry) => entry.name.toLowerCase() === previous);
    if (at < 0) order.push({ name, isNew: true });
    else order.splice(at + 1, 0, { name, isNew: true });
  }
  return order.flatMap((entry, position) => (entry.isNew ? [{ name: entry.name, position }] : []));
}
