/**
 * Which fills a write (or a clear) puts back, which it must leave recorded, and which cells it
 * highlights — decided against the sheets as they are now: a record for a sheet that is gone is
 * dropped, a record on a protected sheet is kept for later, a highlight on a missing or
 * protected sheet is not drawn. Pure.
 */
import { a1, parseA1 } from '../../workbook/address';
import { HIGHLIGHT_RANK, type Highlight, type HighlightLevel } from '../../workbook/patch';
import type { FillSnapshot, RecordedFill } from '../../workbook/state';
import type { SheetList } from './sheet-list';

/** A cell to highlight, named by its sheet's actual name and canonical A1 address. */
export interface PlannedHighlight {
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  /** The level whose fill the cell gets: the highest-ranked of the cell's highlights (HIGHLIGHT_RANK). */
  readonly level: HighlightLevel;
  /** True when an input-issue mark names the cell: it gets the dotted red border too. */
  readonly issue: boolean;
  /** The cell's original fill when a previous run highlighted it (its current fill is Loadline's). */
  readonly recordedOriginal?: FillSnapshot;
}

/** A recorded fill with its position, ready to restore. */
export interface PlannedRestore extends RecordedFill {
  readonly row: number;
  readonly col: number;
}

/** The fill changes of one write or clear. */
export interface FillPlan {
  /** Recorded fills to put back now (cells highlighted again are left to the new highlight). */
  readonly restore: readonly PlannedRestore[];
  /** Recorded fills that cannot be put back now (their sheet is protected); they stay recorded. */
  readonly keep: readonly RecordedFill[];
  /** One entry per cell to highlight; a cell named twice gets the higher level. */
  readonly highlights: readonly PlannedHighlight[];
  /**
   * Cells highlighted again whose recorded border goes back now: the last run marked them as an
   * input issue, this one only as a conflict. Their new record keeps the fill, not the border.
   */
  readonly restoreBorders: readonly PlannedRestore[];
  /** Cells (one entry each) that would be highlighted but whose sheet is protected. */
  readonly skipped: readonly { readonly sheet: string; readonly cell: string }[];
}

/** Plans the fills for restoring `recorded` and highlighting `highlights` on `sheets`. */
export function planFills(recorded: readonly RecordedFill[], highlights: readonly Highlight[], sheets: SheetList): FillPlan {
  const keep: RecordedFill[] = [];
  const restorable = new Map<string, PlannedRestore>();
  for (const fill of recorded) {
    const sheet = sheets.find(fill.sheet);
    const position = parseA1(fill.cell);
    if (!sheet || !position) continue;
    if (sheet.isProtected) {
      keep.push(fill);
      continue;
    }
    const cell = a1(position.row, position.col);
    restorable.set(key(sheet.name, cell), { sheet: sheet.name, cell, original: fill.original, ...position });
  }

  const planned = new Map<string, PlannedHighlight>();
  const skipped = new Map<string, { sheet: string; cell: string }>();
  for (const highlight of highlights) {
    const sheet = sheets.find(highlight.sheet);
    const position = parseA1(highlight.cell);
    if (!sheet || !position) continue;
    const cell = a1(position.row, position.col);
    const id = key(sheet.name, cell);
    if (sheet.isProtected) {
      skipped.set(id, { sheet: sheet.name, cell });
      continue;
    }
    const earlier = planned.get(id);
    const level = earlier && HIGHLIGHT_RANK[earlier.level] >= HIGHLIGHT_RANK[highlight.level] ? earlier.level : highlight.level;
    const issue = (earlier?.issue ?? false) || highlight.level === 'issue';
    planned.set(id, { sheet: sheet.name, cell, ...position, level, issue, recordedOriginal: restorable.get(id)?.original });
  }

  const restore = [...restorable].filter(([id]) => !planned.has(id)).map(([, fill]) => fill);
  const restoreBorders: PlannedRestore[] = [];
  const highlighted = [...planned.values()].map((highlight) => {
    const original = highlight.recordedOriginal;
    if (highlight.issue || original?.border === undefined) return highlight;
    restoreBorders.push({ sheet: highlight.sheet, cell: highlight.cell, row: highlight.row, col: highlight.col, original });
    const { border: _border, ...fill } = original;
    return { ...highlight, recordedOriginal: fill };
  });
  return { restore, keep, highlights: highlighted, restoreBorders, skipped: [...skipped.values()] };
}

function key(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell}`;
}
