/**
 * Highlights Loadline left alone because the user protected their sheet. Loadline never
 * unprotects a user's sheet: it writes everything else and says which sheets it could not touch,
 * so the user can unprotect them and run the action again.
 */
import type { FillPlan } from './fill-plan';

/** One protected input sheet and what was left as it was on it. */
export interface ProtectedSheetCells {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  /** Cells this check names that were not highlighted (and carry no earlier highlight either). */
  readonly notHighlighted: number;
  /** Cells still carrying a highlight from an earlier check (their record is kept for later). */
  readonly stillHighlighted: number;
}

/**
 * The protected sheets of a fill plan, in the order they first appear, with their counts; [] when
 * the plan touches no protected sheet.
 *
 * @example
 * protectedSheetCells({ skipped: [{ sheet: 'Staff', cell: 'A2' }], keep: [], restore: [], highlights: [] })
 * // [{ sheet: 'Staff', notHighlighted: 1, stillHighlighted: 0 }]
 */
export function protectedSheetCells(plan: Pick<FillPlan, 'skipped' | 'keep'>): ProtectedSheetCells[] {
  const bySheet = new Map<string, { sheet: string; notHighlighted: number; stillHighlighted: number }>();
  const entry = (sheet: string) => {
    const id = sheet.toLowerCase();
    const found = bySheet.get(id) ?? { sheet, notHighlighted: 0, stillHighlighted: 0 };
    bySheet.set(id, found);
    return found;
  };
  // A cell named again that still carries the last check's highlight is not "not highlighted".
  const kept = new Set(plan.keep.map((fill) => `${fill.sheet.toLowerCase()}!${fill.cell}`));
  for (const { sheet, cell } of plan.skipped) {
    if (!kept.has(`${sheet.toLowerCase()}!${cell}`)) entry(sheet).notHighlighted += 1;
  }
  for (const { sheet } of plan.keep) entry(sheet).stillHighlighted += 1;
  return [...bySheet.values()];
}
