/**
 * The interval test for flexible work (DESIGN.md "Flexible work"): a person's effort totals fit
 * their spare hours iff, for every window [a, b] with a some item's start and b some item's end,
 * the hours of the items lying wholly inside the window are at most the spare hours in it
 * (+ 0.01 h). This is Horn's condition: when it holds, working the items earliest deadline first
 * finishes each inside its window.
 */

/** One flexible item, by horizon day index: its window clipped to the horizon and its hours there. */
export interface FlexItem {
  readonly first: number;
  readonly last: number;
  readonly hours: number;
}

/** The window with the largest shortfall: day indices, need, have and shortfall (need − have), and the items inside. */
export interface FlexShortfall {
  readonly first: number;
  readonly last: number;
  readonly need: number;
  readonly have: number;
  readonly shortfall: number;
  /** Indices into the items list of the items lying wholly inside the window. */
  readonly items: readonly number[];
}

// Need within this many hours of what is spare still fits: rounding, not a problem.
const TOLERANCE_HOURS = 0.01;
// Shortfalls closer than this are a tie (floating-point sums of the same hours in another order).
const TIE = 1e-9;

/**
 * The window with the largest shortfall, or null when every window fits. Ties go to the earliest
 * start, then the earliest end. `spare` holds the person's spare hours per horizon day.
 *
 * @example
 * // 8 h spare a day for 5 days, one item of 50 h over days 0–4: 50 > 40 + 0.01
 * worstFlexWindow(new Float64Array([8, 8, 8, 8, 8]), [{ first: 0, last: 4, hours: 50 }])
 * // → { first: 0, last: 4, need: 50, have: 40, shortfall: 10, items: [0] }
 */
export function worstFlexWindow(spare: Float64Array, items: readonly FlexItem[]): FlexShortfall | null {
  if (items.length === 0) return null;
  const prefix = new Float64Array(spare.length + 1);
  for (let i = 0; i < spare.length; i++) prefix[i + 1] = prefix[i] + spare[i];
  const starts = [...new Set(items.map((item) => item.first))].sort((x, y) => x - y);
  const ends = [...new Set(items.map((item) => item.last))].sort((x, y) => x - y);
  let worst: FlexShortfall | null = null;
  for (const a of starts) {
    for (const b of ends) {
      if (b < a) continue;
      let need = 0;
      const inside: number[] = [];
      items.forEach((item, index) => {
        if (item.first >= a && item.last <= b) {
          need += item.hours;
          inside.push(index);
        }
      });
      const have = prefix[b + 1] - prefix[a];
      if (need <= have + TOLERANCE_HOURS) continue;
      const shortfall = need - have;
      // Strictly larger only: windows come earliest start first, then earliest end, so ties keep the earlier one.
      if (worst === null || shortfall > worst.shortfall + TIE) worst = { first: a, last: b, need, have, shortfall, items: inside };
    }
  }
  return worst;
}
