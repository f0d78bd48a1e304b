/**
 * The law every suggestion must pass (DESIGN.md "Suggestions"): after its edits, the check makes
 * the conflict it answers smaller (fewer hours, or gone) and reports no high conflict that was not
 * there before. "That conflict" after the edit is any conflict of the same kind about the same
 * person, project and duty whose dates overlap it; a high conflict "was there before" when one of
 * the same kind and subject, overlapping it, was high before.
 *
 * Loadline is stricter in one way: the same kind of conflict on the same subject may not grow
 * in total over the horizon (a backup who covers these weeks must not open a gap in others).
 */
import type { Conflict } from './report';

/** The verdict on a candidate: passes the law or not, and the hours it removes from the conflict. */
export interface LawVerdict {
  readonly passes: boolean;
  /** The conflict's hours before minus the overlapping same-subject hours after (all of them when gone). */
  readonly hoursRemoved: number;
}

// Hours are reported to 2 decimals: a change smaller than half a cent of an hour is no change.
const EPSILON = 0.005;

/** True when two conflicts are of one kind about one subject (person, project and duty). */
export function sameSubject(a: Conflict, b: Conflict): boolean {
  return a.kind === b.kind && a.person === b.person && a.project === b.project && a.duty === b.duty;
}

/** True when two conflicts' date ranges (ISO, inclusive) meet. */
export function overlaps(a: Conflict, b: Conflict): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Judges a candidate. `before` and `after` are the conflicts of the check before and after the
 * edits, about (at least) every subject the edits can touch.
 */
export function judge(target: Conflict, before: readonly Conflict[], after: readonly Conflict[]): LawVerdict {
  let afterHours = 0;
  let afterTotal = 0;
  let beforeTotal = 0;
  for (const c of after) {
    if (!sameSubject(c, target)) continue;
    afterTotal += c.hours;
    if (overlaps(c, target)) afterHours += c.hours;
  }
  for (const c of before) if (sameSubject(c, target)) beforeTotal += c.hours;
  const hoursRemoved = target.hours - afterHours;
  const gone = !after.some((c) => sameSubject(c, target) && overlaps(c, target));
  const smaller = gone || hoursRemoved > EPSILON;
  const noGrowth = afterTotal <= beforeTotal + EPSILON;
  const newHigh = after.some((c) => c.severity === 'high' && !before.some((b) => b.severity === 'high' && sameSubject(b, c) && overlaps(b, c)));
  return { passes: smaller && noGrowth && !newHigh, hoursRemoved: Math.max(0, hoursRemoved) };
}
