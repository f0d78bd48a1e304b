/**
 * Who can work when: per person and day, whether they are available and their capacity in hours.
 *
 * Available = a working weekday inside employment that is not a public holiday for them and not a
 * whole day of leave. Capacity = hours per week / wd on available days, less partial leave
 * (Time Off with Hours: the total spread evenly over the entry's working days), never below 0.
 */
import { UNSHARED, type ArraySlab } from './array-slab';
import { weekday, type Day } from './calendar';
import type { Holiday, Person, Settings, TimeOff } from './model';
import type { Horizon } from './horizon';

// A typo such as 2062 for 2026 must not make one leave entry cost millions of iterations.
const MAX_ENTRY_DAYS = 3660;

/** Public holidays by location: blank-location holidays apply to everyone. */
export class HolidayCalendar {
  private readonly everyone = new Set<Day>();
  private readonly byLocation = new Map<string, Set<Day>>();
  private readonly masks = new Map<string, Uint8Array>();

  constructor(holidays: readonly Holiday[], private readonly horizon: Horizon) {
    for (const h of holidays) {
      if (h.location === null) this.everyone.add(h.date);
      else {
        const key = locationKey(h.location);
        let days = this.byLocation.get(key);
        if (!days) this.byLocation.set(key, (days = new Set()));
        days.add(h.date);
      }
    }
  }

  /** True when the day is a public holiday for someone at `location` (null: blank-location holidays only). */
  isHoliday(day: Day, location: string | null): boolean {
    if (this.everyone.has(day)) return true;
    return location !== null && (this.byLocation.get(locationKey(location))?.has(day) ?? false);
  }

  /** 1 on the horizon days that are public holidays at `location`; shared by everyone there. */
  maskFor(location: string | null): Uint8Array {
    const key = location === null ? '' : locationKey(location);
    let mask = this.masks.get(key);
    if (!mask) {
      mask = new Uint8Array(this.horizon.dayCount);
      const mark = (days: Set<Day> | undefined) => days?.forEach((day) => {
        const i = day - this.horizon.start;
        if (i >= 0 && i < mask!.length) mask![i] = 1;
      });
      mark(this.everyone);
      if (key !== '') mark(this.byLocation.get(key));
      this.masks.set(key, mask);
    }
    return mask;
  }
}

function locationKey(location: string): string {
  return location.trim().toLowerCase();
}

/** 1 on the horizon days that are working weekdays per the Working days setting. */
export function workingWeekdayMask(horizon: Horizon, settings: Settings): Uint8Array {
  const mask = new Uint8Array(horizon.dayCount);
  for (let i = 0; i < horizon.dayCount; i++) mask[i] = settings.workingDays[weekday(horizon.start + i)] ? 1 : 0;
  return mask;
}

/** One person's days: availability rules for any day, and availability over the horizon. */
export class PersonCalendar {
  /** 1 when available, per horizon day. */
  readonly available: Uint8Array;
  private readonly wholeLeave: readonly TimeOff[];
  private readonly partialLeave: readonly TimeOff[];
  private readonly dailyHours: number;
  /** 1 on the horizon days that are public holidays at the person's location. */
  readonly holidayMask: Uint8Array;

  constructor(
    readonly person: Person,
    private readonly horizon: Horizon,
    private readonly settings: Settings,
    private readonly holidays: HolidayCalendar,
    workingMask: Uint8Array,
    timeOff: readonly TimeOff[],
    slab: ArraySlab = UNSHARED,
  ) {
    const wd = settings.workingDays.filter(Boolean).length;
    this.dailyHours = wd === 0 ? 0 : person.hoursPerWeek / wd;
    this.wholeLeave = timeOff.filter((t) => t.hours === null);
    this.partialLeave = timeOff.filter((t) => t.hours !== null);
    this.holidayMask = holidays.maskFor(person.location);
    this.available = slab.uint8(horizon.dayCount);
    const first = Math.max(0, (person.start ?? -Infinity) - horizon.start);
    const last = Math.min(horizon.dayCount - 1, (person.end ?? Infinity) - horizon.start);
    for (let i = first; i <= last; i++) this.available[i] = workingMask[i] & (this.holidayMask[i] ^ 1);
    for (const entry of this.wholeLeave) {
      const from = Math.max(0, entry.from - horizon.start);
      const to = Math.min(horizon.dayCount - 1, Math.min(entry.to, entry.from + MAX_ENTRY_DAYS) - horizon.start);
      for (let i = from; i <= to; i++) this.available[i] = 0;
    }
  }

  /**
   * Capacity in hours per horizon day, computed on demand (only the person's own pass needs it)
   * into `into` when given, so one array serves every person in turn; only days first…last
   * (horizon day indices) are written.
   */
  capacity(into: Float64Array = new Float64Array(this.horizon.dayCount), firstIndex = 0, lastIndex = into.length - 1): Float64Array {
    const capacity = into;
    for (let i = firstIndex; i <= lastIndex; i++) capacity[i] = this.available[i] === 1 ? this.dailyHours : 0;
    for (const entry of this.partialLeave) {
      // Entries wholly outside the days asked for change none of them.
      if (entry.to < this.horizon.start + firstIndex || entry.from > this.horizon.start + lastIndex) continue;
      // "Its working days": the days of the entry on which the person would otherwise work.
      const days: Day[] = [];
      const last = Math.min(entry.to, entry.from + MAX_ENTRY_DAYS);
      for (let day = entry.from; day <= last; day++) if (this.isAvailable(day)) days.push(day);
      if (days.length === 0 || entry.hours === null) continue;
      const perDay = entry.hours / days.length;
      for (const day of days) {
        const i = day - this.horizon.start;
        if (i >= firstIndex && i <= lastIndex) capacity[i] = Math.max(0, capacity[i] - perDay);
      }
    }
    return capacity;
  }

  /** True when the person is employed on the day (start and end inclusive). */
  isEmployed(day: Day): boolean {
    return (this.person.start === null || day >= this.person.start) && (this.person.end === null || day <= this.person.end);
  }

  /** The availability rule for any day, inside the horizon or not. */
  isAvailable(day: Day): boolean {
    const i = day - this.horizon.start;
    if (i >= 0 && i < this.available.length) return this.available[i] === 1;
    return this.settings.workingDays[weekday(day)] && this.isEmployed(day) && !this.holidays.isHoliday(day, this.person.location)
      && !this.wholeLeave.some((t) => day >= t.from && day <= t.to);
  }
}
