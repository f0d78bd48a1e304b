/**
 * How the pane writes numbers: percentages, hours, money and dates, the same way everywhere, in
 * the workbook's locale (Settings "Locale", else Excel's culture or the browser's language; see
 * Settings.locale). Without one the pane writes British English, as it always has. The written
 * sheets keep Excel number formats instead: Excel localises those itself.
 */
import { currencyStyle } from '../workbook/report/currency-format';

/** The pane's locale when the workbook gives none. */
export const PANE_DEFAULT_LOCALE = 'en-GB';

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One Intl formatter per locale and style, made once: the heatmap formats thousands of cells. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(locale: string | null, kind: string, make: (tag: string) => T): T {
  const tag = locale ?? PANE_DEFAULT_LOCALE;
  const key = `${tag}\u0000${kind}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = make(tag);
    } catch {
      // A tag Intl refuses (the reader only passes supported ones, so this is belt and braces).
      format = make(PANE_DEFAULT_LOCALE);
    }
    formats.set(key, format);
  }
  return format as T;
}

/** A ratio as a whole percentage: 1.125 → "113%" (en-GB), "113 %" (de-DE); null → "no capacity". */
export function formatPercent(ratio: number | null, locale: string | null = null): string {
  if (ratio === null || !Number.isFinite(ratio)) return 'no capacity';
  return cached(locale, 'percent', (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

/** A probability to one decimal of a percent: 0.9982 → "99.8%" (en-GB), "99,8 %" (de-DE). */
export function formatChance(probability: number, locale: string | null = null): string {
  return cached(locale, 'chance', (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })).format(probability);
}

/** Hours to at most 2 decimals: 37.5 → "37.5 h" (en-GB), "37,5 h" (de-DE). */
export function formatHours(hours: number, locale: string | null = null): string {
  return `${cached(locale, 'hours', (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })).format(hours)} h`;
}

/**
 * Money as the summary sheets show it: the workbook currency's symbol (GBP £, EUR €, USD $,
 * JPY ¥ without decimals, INR ₹; another code as "CHF "), thousands separators and a minus.
 *
 * @example
 * formatMoney(-1234.5, 'EUR')          // "-€1,234.50"
 * formatMoney(1234.5, 'EUR', 'de-DE')  // "€1.234,50", as Excel shows the sheet's "€"#,##0.00 there
 */
export function formatMoney(amount: number, currency: string | null, locale: string | null = null): string {
  const { prefix, decimals } = currencyStyle(currency);
  const scale = 10 ** decimals;
  const units = Math.round(Math.abs(amount) * scale) / scale;
  const number = cached(locale, `money ${decimals}`, (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  // The sign before the symbol, as the sheets' format writes it; never "-0".
  const sign = amount < 0 && units > 0 ? '-' : '';
  return `${sign}${prefix}${number.format(units)}`;
}

/** An ISO date the locale's way: "2026-03-02" → "2 Mar 2026" (en-GB), "02.03.2026" (de-DE). */
export function formatDate(isoDate: string, locale: string | null = null): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return cached(locale, 'date', (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }))
    .format(new Date(Date.UTC(year, month - 1, day)));
}

/** Today's date in the user's time zone, as ISO text: the check's default status date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
