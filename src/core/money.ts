/**
 * Money and rounding. Amounts are accumulated in full precision and rounded once, for output;
 * splits go to whole cents by largest remainder so the parts always add up to the whole.
 */

/**
 * Splits `totalCents` over parts proportional to `exactAmounts` (in currency units), giving each
 * part its floor and handing the leftover cents to the largest remainders. Ties go to the earlier
 * part, so the result is deterministic. When the exact amounts sum to 0 the first part takes all.
 *
 * @example allocateCents(1000, [3.333, 3.333, 3.334]) // → [333, 333, 334]
 */
export function allocateCents(totalCents: number, exactAmounts: readonly number[]): number[] {
  const n = exactAmounts.length;
  if (n === 0) return [];
  const sum = exactAmounts.reduce((a, b) => a + b, 0);
  if (sum === 0 || !Number.isFinite(sum)) {
    const out = new Array<number>(n).fill(0);
    out[0] = totalCents;
    return out;
  }
  const shares = exactAmounts.map((amount) => (amount / sum) * totalCents);
  const floors = shares.map((share) => Math.floor(share + 1e-9));
  let leftover = totalCents - floors.reduce((a, b) => a + b, 0);
  const order = shares.map((share, i) => ({ i, rem: share - floors[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  const step = leftover >= 0 ? 1 : -1;
  for (let k = 0; leftover !== 0; k = (k + 1) % n) {
    floors[order[step > 0 ? k : n - 1 - k].i] += step;
    leftover -= step;
  }
  return floors;
}

/** Rounds to 2 decimals (hours, money) with no negative zero. */
export function round2(value: number): number {
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * 100) / 100;
  return r === 0 ? 0 : r;
}

/** Rounds a ratio to 4 decimals. */
export function round4(value: number): number {
  const r = Math.round(value * 10000) / 10000;
  return r === 0 ? 0 : r;
}

/** A ratio, or null when the denominator is 0 (never Infinity or NaN). */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  const r = numerator / denominator;
  return Number.isFinite(r) ? r : null;
}
