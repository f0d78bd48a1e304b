/**
 * The horizon: whole Monday–Sunday weeks from the status date's week to the week of the latest
 * counted end, at least 12 and at most 156 weeks.
 */
import { isoDate, mondayOf, sundayOf, type Day } from './calendar';
import type { Diagnostic } from './diagnostics';
import type { CellRef, Settings } from './model';

export const MIN_WEEKS = 12;
export const MAX_WEEKS = 156;

/** The span the check covers; `start` is a Monday, `end` a Sunday. */
export interface Horizon {
  readonly start: Day;
  readonly end: Day;
  readonly weekCount: number;
  readonly dayCount: number;
}

/** A date that may end the horizon, with the cell it came from (for the HORIZON_CUT warning). */
export interface CountedEnd {
  readonly day: Day;
  readonly cell: CellRef;
}

/** Works out the horizon from the status date, Settings and the latest counted end. */
export function planHorizon(statusDay: Day, settings: Settings, ends: readonly CountedEnd[], diagnostics: Diagnostic[]): Horizon {
  const start = mondayOf(settings.horizonStart ?? statusDay);
  let latest: CountedEnd | undefined;
  for (const end of ends) if (!latest || end.day > latest.day) latest = end;
  const endDay = settings.horizonEnd ?? latest?.day ?? start;
  let weekCount = Math.max(1, Math.round((sundayOf(Math.max(endDay, start)) + 1 - start) / 7));
  if (weekCount < MIN_WEEKS) weekCount = MIN_WEEKS;
  if (weekCount > MAX_WEEKS) {
    const cell = settings.horizonEnd !== null || !latest ? { sheet: 'Settings', cell: '' } : latest.cell;
    diagnostics.push({
      severity: 'warning', code: 'HORIZON_CUT', sheet: cell.sheet, cell: cell.cell,
      message: `The plan runs to ${isoDate(endDay)}, beyond ${MAX_WEEKS} weeks from ${isoDate(start)}: the check stops at ${isoDate(start + MAX_WEEKS * 7 - 1)}`,
    });
    weekCount = MAX_WEEKS;
  }
  return { start, end: start + weekCount * 7 - 1, weekCount, dayCount: weekCount * 7 };
}
