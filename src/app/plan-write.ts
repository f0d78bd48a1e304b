/**
 * Decides where a check's output goes: the name of each summary sheet, which of Loadline's old
 * sheets to remove, which fills to restore and which cells to highlight. Pure: no spreadsheet
 * library, so every door plans the same way.
 */
import { a1, parseA1 } from '../workbook/address';
import { HIGHLIGHT_RANK, type Highlight, type SheetKey, type WorkbookPatch } from '../workbook/patch';
import { STATE_SHEET } from '../workbook/state';
import type { NamedSheetPatch, WorkbookSnapshot, WritePlan } from './ports';

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * The WritePlan for a patch on the workbook described by `snapshot`.
 *
 * - A summary sheet keeps the name Loadline owned for its key, when that sheet still exists.
 *   Otherwise it takes its title if no sheet has that name (Excel ignores case), else
 *   "<title> (Loadline)", "<title> (Loadline 2)", …: a user's sheet is never taken over. Names
 *   are shortened to 31 characters and : \ / ? * [ ] become spaces.
 * - Sheets Loadline owned that this patch does not write are removed.
 * - The fills recorded by the previous run are restored.
 * - Highlights on sheets that do not exist or that Loadline owns are dropped; a cell named twice
 *   keeps one conflict highlight, at the more severe level, and one input-issue mark ('issue'):
 *   the door draws the conflict's fill and the border (see HIGHLIGHT_RANK).
 *
 * Throws when the patch has two sheets with the same key or a highlight whose cell is not an A1
 * address (both are report-builder bugs).
 *
 * @example
 * // the user has a "Conflicts" sheet of their own; nothing is owned yet
 * planWrite({ sheets: [conflictsPatch], highlights: [], activate: 'conflicts' }, snapshot)
 * // → { sheets: [{ name: 'Conflicts (Loadline)', patch: conflictsPatch }], activate: 'Conflicts (Loadline)', … }
 */
export function planWrite(patch: WorkbookPatch, snapshot: WorkbookSnapshot): WritePlan {
  const existing = new Map(snapshot.sheetNames.map((name) => [nameKey(name), name]));
  const ownedExisting = new Map<string, { name: string; key: SheetKey }>();
  for (const owned of snapshot.state.owned) {
    const actual = existing.get(nameKey(owned.name));
    if (actual !== undefined && !ownedExisting.has(nameKey(actual))) ownedExisting.set(nameKey(actual), { name: actual, key: owned.key });
  }

  const taken = new Set([...existing.keys(), nameKey(STATE_SHEET), nameKey('History')]);
  const used = new Set<string>();
  const sheets: NamedSheetPatch[] = [];
  const nameOfKey = new Map<SheetKey, string>();
  for (const sheet of patch.sheets) {
    if (nameOfKey.has(sheet.key)) throw new Error(`planWrite: the patch has two "${sheet.key}" sheets.`);
    const owned = [...ownedExisting.values()].find((o) => o.key === sheet.key && !used.has(nameKey(o.name)));
    const name = owned?.name ?? freeName(sheet.title, taken);
    taken.add(nameKey(name));
    used.add(nameKey(name));
    nameOfKey.set(sheet.key, name);
    sheets.push({ name, patch: sheet });
  }

  const removeSheets = [...ownedExisting.values()].filter((o) => !used.has(nameKey(o.name))).map((o) => o.name);
  const highlights = keepHighlights(patch.highlights, existing, new Set([...ownedExisting.keys(), nameKey(STATE_SHEET)]));
  const activate = patch.activate === undefined ? undefined : nameOfKey.get(patch.activate);
  return {
    sheets,
    applied: snapshot.state.applied ?? [],
    removeSheets,
    restoreFills: snapshot.state.fills,
    highlights,
    ...(activate === undefined ? {} : { activate }),
  };
}

/** How Excel compares sheet names: without regard to case. */
function nameKey(name: string): string {
  return name.toLowerCase();
}

/** The first of title, "title (Loadline)", "title (Loadline 2)", … that no sheet has. */
function freeName(title: string, taken: ReadonlySet<string>): string {
  const base = cleanTitle(title);
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '' : n === 1 ? ' (Loadline)' : ` (Loadline ${n})`;
    const name = withSuffix(base, suffix);
    if (!taken.has(nameKey(name))) return name;
  }
}

/** A title Excel accepts as a sheet name: no : \ / ? * [ ], no apostrophe at either end, not blank. */
function cleanTitle(title: string): string {
  const cleaned = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
  return cleaned === '' ? 'Loadline' : cleaned;
}

/** `base + suffix`, with the base shortened so the whole fits Excel's 31 characters. */
function withSuffix(base: string, suffix: string): string {
  const room = MAX_SHEET_NAME - suffix.length;
  // Cut by code points, so a character outside the BMP is never split in two.
  const chars = Array.from(base);
  const head = chars.length <= room ? base : chars.slice(0, room).join('').replace(/[\s']+$/, '');
  return head + suffix;
}

/**
 * Highlights on existing sheets that Loadline does not own, with the sheet name as the workbook
 * spells it and the cell as plain A1; per cell at most one conflict highlight (the most severe
 * level winning) and one input-issue mark.
 */
function keepHighlights(
  highlights: readonly Highlight[],
  existing: ReadonlyMap<string, string>,
  excluded: ReadonlySet<string>,
): Highlight[] {
  const kept = new Map<string, Highlight>();
  for (const highlight of highlights) {
    const position = parseA1(highlight.cell);
    if (!position) throw new Error(`planWrite: highlight cell "${highlight.cell}" is not an A1 address.`);
    const sheet = existing.get(nameKey(highlight.sheet));
    if (sheet === undefined || excluded.has(nameKey(sheet))) continue;
    const cell = a1(position.row, position.col);
    const id = `${nameKey(sheet)}!${cell}!${highlight.level === 'issue' ? 'issue' : 'conflict'}`;
    const previous = kept.get(id);
    if (previous === undefined || HIGHLIGHT_RANK[highlight.level] > HIGHLIGHT_RANK[previous.level]) {
      kept.set(id, { sheet, cell, level: highlight.level });
    }
  }
  return [...kept.values()];
}
