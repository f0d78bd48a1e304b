/**
 * Operations demand: how a duty's weekly hours fall on days, and who does them.
 *
 * Each week, the duty's hours pro rata to its in-window working days (weekly hours × in-window
 * working days / wd) fall evenly on the in-window working days that are not public holidays for
 * the owner (on all in-window working days if every one is a holiday: the work still has to be
 * done that week). Each day's share goes to the owner if available, else to the backup if
 * available, else it is uncovered.
 */
import type { Day } from './calendar';
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

/** Spreads a duty over the horizon and routes each day's share. */
export function spreadDuty(
  duty: Duty, index: number, horizon: Horizon, workingMask: Uint8Array, wd: number,
  owner: PersonCalendar, backup: PersonCalendar | undefined,
): DutyDemand {
  const hours = new Float64Array(horizon.dayCount);
  const routedTo = new Uint8Array(horizon.dayCount);
  const from: Day = duty.start ?? -Infinity;
  const to: Day = duty.end ?? Infinity;
  const inWindow: number[] = [];
  const workable: number[] = [];
  const firstWeek = Math.max(0, Math.floor((from - horizon.start) / 7));
  const lastWeek = Math.min(horizon.weekCount - 1, Math.floor((to - horizon.start) / 7));
  for (let week = firstWeek; week <= lastWeek; week++) {
    inWindow.length = 0;
    workable.length = 0;
    for (let i = week * 7; i < week * 7 + 7; i++) {
      const day = horizon.start + i;
      if (day < from || day > to || workingMask[i] === 0) continue;
      inWindow.push(i);
      if (!owner.holidayAt(i)) workable.push(i);
    }
    if (inWindow.length === 0 || wd === 0) continue;
    const weekHours = (duty.hoursPerWeek * inWindow.length) / wd;
    const days = workable.length > 0 ? workable : inWindow;
    const share = weekHours / days.length;
    for (const i of days) {
      hours[i] = share;
      if (owner.availableAt(i)) routedTo[i] = ROUTED_TO_OWNER;
      else if (backup && backup.availableAt(i)) routedTo[i] = ROUTED_TO_BACKUP;
      else routedTo[i] = UNCOVERED;
    }
  }
  return { duty, index, hours, routedTo };
}
