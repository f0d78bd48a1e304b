/**
 * Spare capacity per person and week, as suggestions look for it: how many more hours a week a
 * person can be booked before crossing the over-allocation threshold.
 */
import type { LoadModel, PersonLoad } from '../../core/load';

/** Spare hours and available days per week for each person of a load model, computed on first use. */
export class SpareCapacity {
  private readonly spare = new Map<string, Float64Array>();
  private readonly days = new Map<string, Uint8Array>();

  constructor(private readonly model: LoadModel, private readonly threshold: number, private readonly wd: number) {}

  /** threshold × capacity − (ops + project) in a week: below 0 when over-allocated. */
  spareIn(name: string, week: number): number {
    return this.spareOf(name)[week] ?? 0;
  }

  /** Working days the person is available in a week. */
  availableDaysIn(name: string, week: number): number {
    return this.daysOf(name)[week] ?? 0;
  }

  /**
   * The most hours per week a new weekly booking can give the person in weeks [first, last]
   * without taking any week over the threshold. A booking lands only on available days, so a week
   * with d of wd days available takes hours × d / wd. Negative when some week is already over;
   * Infinity when no week has an available day.
   */
  headroom(name: string, first: number, last: number): number {
    const spare = this.spareOf(name);
    const days = this.daysOf(name);
    let most = Infinity;
    for (let w = Math.max(0, first); w <= Math.min(spare.length - 1, last); w++) {
      if (days[w] === 0) continue;
      most = Math.min(most, (spare[w] * this.wd) / days[w]);
    }
    return most;
  }

  /** True when `headroom(name, first, last)` is at least `hours` (and finite): stops at the first week that is short. */
  hasHeadroom(name: string, first: number, last: number, hours: number): boolean {
    const spare = this.spareOf(name);
    const days = this.daysOf(name);
    let any = false;
    for (let w = Math.max(0, first); w <= Math.min(spare.length - 1, last); w++) {
      if (days[w] === 0) continue;
      if ((spare[w] * this.wd) / days[w] < hours - 1e-9) return false;
      any = true;
    }
    return any;
  }

  /** Available days in weeks [first, last]. */
  availableDays(name: string, first: number, last: number): number {
    const days = this.daysOf(name);
    let total = 0;
    for (let w = Math.max(0, first); w <= Math.min(days.length - 1, last); w++) total += days[w];
    return total;
  }

  private spareOf(name: string): Float64Array {
    let spare = this.spare.get(name);
    if (!spare) {
      const load = this.model.peopleByName.get(name) as PersonLoad | undefined;
      spare = new Float64Array(this.model.horizon.weekCount);
      if (load) for (let w = 0; w < spare.length; w++) spare[w] = this.threshold * load.capacity[w] - load.ops[w] - load.project[w];
      this.spare.set(name, spare);
    }
    return spare;
  }

  private daysOf(name: string): Uint8Array {
    let days = this.days.get(name);
    if (!days) {
      days = new Uint8Array(this.model.horizon.weekCount);
      const available = this.model.calendars.get(name)?.available;
      if (available) for (let i = 0; i < available.length; i++) days[(i / 7) | 0] += available[i];
      this.days.set(name, days);
    }
    return days;
  }
}
