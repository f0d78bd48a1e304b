/**
 * The live check's scheduling with Jest's fake timers, no Office: about 0.5 s after the last
 * edit, one check at a time, and only the newest edit's check may show.
 */
import { LiveScheduler } from '../../../src/app/live/live-scheduler';

/** A check the test finishes by hand: each call returns a promise resolved through `finish`. */
function controlledChecks() {
  const pending: ((value: string) => void)[] = [];
  let started = 0;
  return {
    check: () => new Promise<string>((resolve) => { started++; pending.push(resolve); }),
    finish: async (index: number, value: string) => {
      pending[index](value);
      // Let the scheduler's continuation run.
      await Promise.resolve();
      await Promise.resolve();
    },
    get started() { return started; },
  };
}

function scheduler(checks: ReturnType<typeof controlledChecks>, shown: string[], errors: unknown[] = []) {
  return new LiveScheduler<string>({
    check: checks.check,
    onResult: (value) => shown.push(value),
    onError: (error) => errors.push(error),
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  });
}

describe('LiveScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('checks 500 ms after the last of a burst of edits, once', async () => {
    const checks = controlledChecks();
    const shown: string[] = [];
    const live = scheduler(checks, shown);
    live.edited();
    jest.advanceTimersByTime(400);
    live.edited();
    jest.advanceTimersByTime(499);
    expect(checks.started).toBe(0);
    jest.advanceTimersByTime(1);
    expect(checks.started).toBe(1);
    await checks.finish(0, 'after burst');
    expect(shown).toEqual(['after burst']);
  });

  it('drops the result of a check overtaken by an edit, and checks again after that edit: the last one wins', async () => {
    const checks = controlledChecks();
    const shown: string[] = [];
    const live = scheduler(checks, shown);
    live.edited();
    jest.advanceTimersByTime(500);
    expect(checks.started).toBe(1);
    live.edited();
    jest.advanceTimersByTime(500);
    // The wait ended while the first check runs: no second read at once.
    expect(checks.started).toBe(1);
    await checks.finish(0, 'stale');
    expect(shown).toEqual([]);
    expect(checks.started).toBe(2);
    await checks.finish(1, 'fresh');
    expect(shown).toEqual(['fresh']);
  });

  it('drops a stale result even when the newer edit\'s wait has not ended yet', async () => {
    const checks = controlledChecks();
    const shown: string[] = [];
    const live = scheduler(checks, shown);
    live.edited();
    jest.advanceTimersByTime(500);
    live.edited();
    await checks.finish(0, 'stale');
    expect(shown).toEqual([]);
    jest.advanceTimersByTime(500);
    await checks.finish(1, 'fresh');
    expect(shown).toEqual(['fresh']);
  });

  it('does nothing while switched off, and drops a running check when switched off', async () => {
    const checks = controlledChecks();
    const shown: string[] = [];
    const live = scheduler(checks, shown);
    live.edited();
    jest.advanceTimersByTime(500);
    live.setEnabled(false);
    await checks.finish(0, 'dropped');
    live.edited();
    jest.advanceTimersByTime(5000);
    expect(checks.started).toBe(1);
    expect(shown).toEqual([]);
    live.setEnabled(true);
    live.checkSoon();
    jest.advanceTimersByTime(0);
    await checks.finish(1, 'back on');
    expect(shown).toEqual(['back on']);
  });

  it('lets a clicked check win: cancel drops the wait and the running check', async () => {
    const checks = controlledChecks();
    const shown: string[] = [];
    const live = scheduler(checks, shown);
    live.edited();
    jest.advanceTimersByTime(500);
    live.edited();
    live.cancel();
    await checks.finish(0, 'stale');
    jest.advanceTimersByTime(5000);
    expect(checks.started).toBe(1);
    expect(shown).toEqual([]);
  });

  it("reports the newest check's error", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const live = new LiveScheduler<string>({
      check: () => Promise.reject(new Error(`failure ${++calls}`)),
      onResult: () => undefined,
      onError: (error) => errors.push((error as Error).message),
    });
    live.edited();
    jest.advanceTimersByTime(500);
    await Promise.resolve();
    await Promise.resolve();
    expect(errors).toEqual(['failure 1']);
  });
});
