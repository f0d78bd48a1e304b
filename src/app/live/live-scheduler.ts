/**
 * When a live check runs: about half a second after the last edit, one at a time, and only the
 * check of the newest edit may show. Pure scheduling with the timers passed in, so tests drive it
 * with fake timers and no Office.
 *
 * Every edit bumps a generation counter and restarts the wait. A check remembers the generation
 * it started under; when it ends, its result is shown only if no edit (and no switch-off, and no
 * clicked check) came since: nothing stale ever shows. An edit that arrives while a check runs
 * waits for it to end, then a fresh check starts (never two reads at once).
 */

/** The timer functions the scheduler uses (globalThis's in the pane, fakes in tests). */
export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of LiveScheduler. */
export interface LiveSchedulerOptions<T> {
  /** Quiet time after the last edit before checking, in ms (default 500). */
  readonly delayMs?: number;
  readonly timers?: SchedulerTimers;
  /** Reads and checks the workbook; never writes. */
  readonly check: () => Promise<T>;
  /** Given the result of a check that is still the newest. */
  readonly onResult: (result: T) => void;
  /** Given the error of a check that is still the newest. */
  readonly onError: (error: unknown) => void;
  /** Told when a check starts (for a quiet "checking…" in the pane). */
  readonly onStart?: () => void;
}

/** Default quiet time after the last edit, in ms. */
export const LIVE_DELAY_MS = 500;

/** Debounces edits into checks; see the file comment. */
export class LiveScheduler<T> {
  private generation = 0;
  private timer: unknown = undefined;
  private running = false;
  /** A wait ended while a check ran: start another when it ends. */
  private due = false;
  private on = true;
  private readonly delayMs: number;
  private readonly timers: SchedulerTimers;

  constructor(private readonly options: LiveSchedulerOptions<T>) {
    this.delayMs = options.delayMs ?? LIVE_DELAY_MS;
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
  }

  /** True while edits start checks. */
  get enabled(): boolean {
    return this.on;
  }

  /** True while a check runs. */
  get checking(): boolean {
    return this.running;
  }

  /** An edit arrived: (re)start the wait; the check of any earlier edit can no longer show. */
  edited(): void {
    if (!this.on) return;
    this.generation++;
    this.restartWait(this.delayMs);
  }

  /** Checks as soon as possible (no wait), e.g. when the switch is turned on. */
  checkSoon(): void {
    if (!this.on) return;
    this.generation++;
    this.restartWait(0);
  }

  /** Turns live checking on or off; off forgets the wait and drops a running check's result. */
  setEnabled(on: boolean): void {
    this.on = on;
    if (!on) this.cancel();
  }

  /**
   * Drops the wait and any running check's result (a clicked check is about to show newer
   * figures, or the switch went off). Later edits start anew.
   */
  cancel(): void {
    this.generation++;
    this.due = false;
    this.stopWait();
  }

  private restartWait(ms: number): void {
    this.stopWait();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (this.running) this.due = true;
      else void this.run();
    }, ms);
  }

  private stopWait(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    const generation = this.generation;
    this.running = true;
    this.options.onStart?.();
    let outcome: { ok: true; result: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, result: await this.options.check() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    this.running = false;
    const newest = this.on && generation === this.generation;
    if (newest) {
      if (outcome.ok) this.options.onResult(outcome.result);
      else this.options.onError(outcome.error);
    }
    if (this.due) {
      this.due = false;
      if (this.on) void this.run();
    }
  }
}
