/**
 * Who can work when: per person and day, whether they are available and their capacity in hours.
 *
 * Available = a working weekday inside employment that is not a public holiday for them and not a
 * whole day of leave. Capacity = hours per week / wd on available days, less partial leave
 * (Time Off with Hours: the total spread evenly over the entry's working days), never below 0.
 */
import { weekday, type Day } from './calendar';
import type { Holiday, Person, Settings, TimeOff } from './model';
import type { Horizon } from './horizon';

// A typo such as 2062 for 2026 must not make one leave entry cost millions of iterations.
const MAX_ENTRY_DAYS = 3660;

/** Public holidays by location: blank-location holidays apply to everyone. */
export class HolidayCalendar {
  private readonly everyone = new Set<Day>();
  private readonly byLocation = new Map<string, Set<Day>>();

  constructor(holidays: readonly Holiday[]) {
    for (const h of holidays) {
      if (h.location === null) this.everyone.add(h.date);
      else {
        const key = h.location.trim().toLowerCase();
        let days = this.byLocation.get(key);
        if (!days) this.byLocation.set(key, (days = new Set()));
        days.add(h.date);
      }
    }
  }

  /** True when the day is a public holiday for someone at `location` (null: blank-location holidays only). */
  isHoliday(day: Day, location: string | null): boolean {
    if (this.everyone.has(day)) return true;
    return location !== null && (this.byLocation.get(location.trim().toLowerCase())?.has(day) ?? false);
  }
}

/** One person's days: availability rules for any day, and arrays over the horizon. */
export class PersonCalendar {
  /** 1 when available, per horizon day. */
  readonly available: Uint8Array;
  /** Capacity in hours, per horizon day. */
  readonly capacity: Float64Array;
  private readonly wholeLeave = new Set<Day>();
  private readonly dailyHours: number;

  constructor(
    readonly person: Person,
    private readonly horizon: Horizon,
    private readonly settings: Settings,
    private readonly holidays: HolidayCalendar,
    timeOff: readonly TimeOff[],
  ) {
    const wd = settings.workingDays.filter(Boolean).length;
    this.dailyHours = wd === 0 ? 0 : person.hoursPerWeek / wd;
    const partial: TimeOff[] = [];
    for (const entry of timeOff) {
      if (entry.hours === null) {
        const last = Math.min(entry.to, entry.from + MAX_ENTRY_DAYS);
        for (let day = entry.from; day <= last; day++) this.wholeLeave.add(day);
      } else partial.push(entry);
    }
    this.available = new Uint8Array(horizon.dayCount);
    this.capacity = new Float64Array(horizon.dayCount);
    for (let i = 0; i < horizon.dayCount; i++) {
      if (this.isAvailable(horizon.start + i)) {
        this.available[i] = 1;
        this.capacity[i] = this.dailyHours;
      }
    }
    for (const entry of partial) this.applyPartialLeave(entry);
  }

  /** True when the person is employed on the day (start and end inclusive). */
  isEmployed(day: Day): boolean {
    return (this.person.start === null || day >= this.person.start) && (this.person.end === null || day <= this.person.end);
  }

  /** True on a working weekday per the Working days setting. */
  isWorkingWeekday(day: Day): boolean {
    return this.settings.workingDays[weekday(day)];
  }

  /** The availability rule for any day, inside the horizon or not. */
  isAvailable(day: Day): boolean {
    return this.isWorkingWeekday(day) && this.isEmployed(day) && !this.holidays.isHoliday(day, this.person.location)
      && !this.wholeLeave.has(day);
  }

  /** Available on a horizon day index, from the array. */
  availableAt(index: number): boolean {
    return this.available[index] === 1;
  }

  private applyPartialLeave(entry: TimeOff): void {
    // "Its working days": the days of the entry on which the person would otherwise work.
    const days: Day[] = [];
    const last = Math.min(entry.to, entry.from + MAX_ENTRY_DAYS);
    for (let day = entry.from; day <= last; day++) if (this.isAvailable(day)) days.push(day);
    if (days.length === 0 || entry.hours === null) return;
    const perDay = entry.hours / days.length;
    for (const day of days) {
      const i = day - this.horizon.start;
      if (i >= 0 && i < this.horizon.dayCount) this.capacity[i] = Math.max(0, this.capacity[i] - perDay);
    }
  }
}
