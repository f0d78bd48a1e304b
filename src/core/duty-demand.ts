/**
 * Operations demand: how a duty's weekly hours fall on days, and who does them.
 *
 * Each week, the duty's hours pro rata to its in-window working days (weekly hours × in-window
 * working days / wd) fall evenly on the in-window working days that are not public holidays for
 * the owner (on all in-window working days if every one is a holiday: the work still has to be
 * done that week). Each day's share goes to the owner if available, else to the backup if
 * available, else it is uncovered.
 */
import { UNSHARED, type ArraySlab } from './array-slab';
import type { Horizon } from './horizon';
import type { Duty } from './model';
import type { PersonCalendar } from './availability';

/** Who does a duty's share on a day. */
export const ROUTED_TO_OWNER = 0;
export const ROUTED_TO_BACKUP = 1;
export const UNCOVERED = 2;

/** A duty's demand per horizon day and where each day's share went. */
export interface DutyDemand {
  readonly duty: Duty;
  readonly index: number;
  /** Hours of the duty on each horizon day. */
  readonly hours: Float64Array;
  /** ROUTED_TO_OWNER, ROUTED_TO_BACKUP or UNCOVERED per horizon day (meaningful where hours > 0). */
  readonly routedTo: Uint8Array;
}

/**
 * Spreads a duty over the horizon and routes each day's share. Counts and flags are read from the
 * calendars' day arrays directly: this runs for every duty on every day of the horizon.
 */
export function spreadDuty(
  duty: Duty, index: number, horizon: Horizon, workingMask: Uint8Array, wd: number,
  owner: PersonCalendar, backup: PersonCalendar | undefined, slab: ArraySlab = UNSHARED,
): DutyDemand {
  const hours = slab.float64(horizon.dayCount);
  const routedTo = slab.uint8(horizon.dayCount);
  if (wd === 0) return { duty, index, hours, routedTo };
  // The duty's window as horizon day indices (the horizon is whole weeks: dayCount = weekCount × 7).
  const first = Math.max(0, (duty.start ?? -Infinity) - horizon.start);
  const last = Math.min(horizon.dayCount - 1, (duty.end ?? Infinity) - horizon.start);
  const ownerAvailable = owner.available;
  const ownerHoliday = owner.holidayMask;
  const backupAvailable = backup?.available;
  for (let week = Math.floor(first / 7), lastWeek = Math.floor(last / 7); week <= lastWeek; week++) {
    const from = Math.max(first, week * 7);
    const to = Math.min(last, week * 7 + 6);
    let inWindow = 0;
    let workable = 0;
    for (let i = from; i <= to; i++) {
      if (workingMask[i] === 0) continue;
      inWindow++;
      if (ownerHoliday[i] === 0) workable++;
    }
    if (inWindow === 0) continue;
    const weekHours = (duty.hoursPerWeek * inWindow) / wd;
    // On the in-window working days that are not the owner's holidays; on all of them if every one is.
    const skipHolidays = workable > 0;
    const share = weekHours / (skipHolidays ? workable : inWindow);
    for (let i = from; i <= to; i++) {
      if (workingMask[i] === 0 || (skipHolidays && ownerHoliday[i] === 1)) continue;
      hours[i] = share;
      if (ownerAvailable[i] === 1) routedTo[i] = ROUTED_TO_OWNER;
      else if (backupAvailable !== undefined && backupAvailable[i] === 1) routedTo[i] = ROUTED_TO_BACKUP;
      else routedTo[i] = UNCOVERED;
    }
  }
  return { duty, index, hours, routedTo };
}
