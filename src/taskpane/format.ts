/** How the pane writes numbers: percentages, hours and money, the same way everywhere. */

/** A ratio as a whole percentage: 1.125 → "113 %"; null → "no capacity". */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return 'no capacity';
  return `${Math.round(ratio * 100)} %`;
}

/** Hours to at most 2 decimals: 37.5 → "37.5 h". */
export function formatHours(hours: number): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(hours)} h`;
}

/**
 * Money with 2 decimals in the workbook's currency: an ISO code ("EUR") is shown the locale's way,
 * any other currency text is put in front as written; none gives a plain number.
 *
 * @example
 * formatMoney(1234.5, 'EUR') // "€1,234.50"
 */
export function formatMoney(amount: number, currency: string | null): string {
  if (currency && /^[A-Za-z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency.toUpperCase() }).format(amount);
    } catch {
      // Not a currency Intl knows: fall through to the plain form.
    }
  }
  const plain = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return currency ? `${currency} ${plain}` : plain;
}

/** Today's date in the user's time zone, as ISO text: the check's default status date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
