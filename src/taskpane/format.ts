/** How the pane writes numbers: percentages, hours and money, the same way everywhere. */
import { moneyText } from '../workbook/report/currency-format';

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
 * Money as the summary sheets show it: the workbook currency's symbol (GBP £, EUR €, USD $,
 * JPY ¥ without decimals, INR ₹; another code as "CHF "), thousands separators and a minus.
 *
 * @example
 * formatMoney(-1234.5, 'EUR') // "-€1,234.50"
 */
export function formatMoney(amount: number, currency: string | null): string {
  return moneyText(amount, currency);
}

/** Today's date in the user's time zone, as ISO text: the check's default status date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
