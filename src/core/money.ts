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
  // `+ 0` turns −0 into 0, so a report never shows "-0".
  return Math.round(value * 100) / 100 + 0;
}

/** Rounds a ratio to 4 decimals. */
export function round4(value: number): number {
  return Math.round(value * 10000) / 10000 + 0;
}

/**
 * Money as people read it in a message: thousands separated by commas, no decimals for whole
 * amounts, else both cents ("158,801.20"). Hand-rolled because toLocaleString is slow in the
 * thousands of messages a large plan produces, and locale-independent output keeps reports stable.
 */
export function formatMoney(value: number): string {
  const cents = Math.round(Math.abs(value) * 100);
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents % 100;
  const sign = value < 0 && cents > 0 ? '-' : '';
  return fraction === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(fraction).padStart(2, '0')}`;
}

/** A ratio, or null when the denominator is 0 (never Infinity or NaN). */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  const r = numerator / denominator;
  return Number.isFinite(r) ? r : null;
}
