/**
 * The triangular distribution of a project's total effort: low `a`, most likely `m`, high `b`
 * (a ≤ m ≤ b, in hours). Exact quantiles and the CDF in closed form, with every degenerate shape
 * (a = m, m = b, a = b) handled without a division by zero.
 */

/** A triangular distribution: low, most likely (the mode) and high, a ≤ m ≤ b. */
export interface Triangular {
  readonly a: number;
  readonly m: number;
  readonly b: number;
}

/**
 * The p-quantile: a + √(p (b−a)(m−a)) when p ≤ (m−a)/(b−a), else b − √((1−p)(b−a)(b−m));
 * a when a = b.
 *
 * @example triangularQuantile({ a: 200, m: 300, b: 500 }, 0.5) // 500 − √(0.5 × 300 × 200) = 326.79
 */
export function triangularQuantile({ a, m, b }: Triangular, p: number): number {
  if (b <= a) return a;
  // (m − a) / (b − a) is safe here: b > a.
  if (p <= (m - a) / (b - a)) return a + Math.sqrt(p * (b - a) * (m - a));
  return b - Math.sqrt((1 - p) * (b - a) * (b - m));
}

/**
 * The CDF F(x): 0 up to a, (x−a)²/((b−a)(m−a)) up to m, 1 − (b−x)²/((b−a)(b−m)) up to b, then 1.
 * With a = b it is a step at a. The branch order keeps every denominator above 0: x ≤ m with
 * x > a needs m > a, and x > m with x < b needs b > m.
 *
 * @example triangularCdf({ a: 200, m: 300, b: 500 }, 400) // 1 − 100² / (300 × 200) = 0.8333
 */
export function triangularCdf({ a, m, b }: Triangular, x: number): number {
  if (x >= b) return 1;
  if (x <= a) return 0;
  if (x <= m) return ((x - a) * (x - a)) / ((b - a) * (m - a));
  return 1 - ((b - x) * (b - x)) / ((b - a) * (b - m));
}
