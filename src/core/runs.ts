/** Runs: consecutive stretches of a condition, so one problem over many weeks is one conflict. */

/** Index ranges [first, last] (inclusive) where `flag(i)` holds for consecutive i in [0, length). */
export function runsOf(length: number, flag: (index: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < length; i++) {
    if (flag(i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, length - 1]);
  return runs;
}

/**
 * Runs over working days only: days that are not working days neither break nor join a run.
 * Returns [firstDay, lastDay, affectedDayCount] for each run.
 */
export function workingDayRuns(from: number, to: number, isWorking: (day: number) => boolean, affected: (day: number) => boolean): [number, number, number][] {
  const runs: [number, number, number][] = [];
  let current: [number, number, number] | null = null;
  for (let day = from; day <= to; day++) {
    if (!isWorking(day)) continue;
    if (affected(day)) {
      if (current) { current[1] = day; current[2]++; } else current = [day, day, 1];
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}
