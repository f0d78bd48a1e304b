/**
 * Money as finance writes it, from the Settings "Currency" text: the currency's symbol, thousands
 * separators, cents (none for yen), negatives in red with a minus, and a dash for zero.
 */

/** How one currency is written: the text before the amount and the number of decimals. */
export interface CurrencyStyle {
  readonly prefix: string;
  readonly decimals: number;
}

/** Symbols of the currencies finance teams here use most, by ISO code and by symbol. */
const KNOWN: Readonly<Record<string, CurrencyStyle>> = {
  GBP: { prefix: '£', decimals: 2 }, '£': { prefix: '£', decimals: 2 },
  EUR: { prefix: '€', decimals: 2 }, '€': { prefix: '€', decimals: 2 },
  USD: { prefix: '$', decimals: 2 }, $: { prefix: '$', decimals: 2 },
  // The yen has no minor unit in use: amounts are written in whole yen.
  JPY: { prefix: '¥', decimals: 0 }, '¥': { prefix: '¥', decimals: 0 },
  INR: { prefix: '₹', decimals: 2 }, '₹': { prefix: '₹', decimals: 2 },
};

/** The dash shown for a zero amount: quieter than "£0.00", so the amounts stand out. */
export const ZERO_DASH = '–';

/**
 * The style of `currency`: GBP £, EUR €, USD $, JPY ¥ (no decimals), INR ₹, by code (any case)
 * or symbol; any other letter code as "CODE " (a space before the amount); any other symbol as
 * written, without a space; blank: no prefix. Double quotes are dropped (a format literal cannot
 * hold one).
 *
 * @example
 * currencyStyle('gbp') // { prefix: '£', decimals: 2 }
 * currencyStyle('CHF') // { prefix: 'CHF ', decimals: 2 }
 */
export function currencyStyle(currency: string | null): CurrencyStyle {
  const text = (currency ?? '').replace(/"/g, '').trim();
  const known = KNOWN[text.toUpperCase()];
  if (known) return known;
  if (text === '') return { prefix: '', decimals: 2 };
  return { prefix: /^\p{L}{2,}$/u.test(text) ? `${text} ` : text, decimals: 2 };
}

/**
 * The Excel number format for amounts in `currency`, accounting style with a zero section:
 * `"£"#,##0.00;[Red]-"£"#,##0.00;"–"`. The prefix goes inside double quotes: quoted text is
 * always literal in a format code, whereas bare letters such as "E", "d" or "m" are tokens.
 *
 * @example
 * moneyFormat('GBP') // '"£"#,##0.00;[Red]-"£"#,##0.00;"–"'
 * moneyFormat('JPY') // '"¥"#,##0;[Red]-"¥"#,##0;"–"'
 * moneyFormat(null)  // '#,##0.00;[Red]-#,##0.00;"–"'
 */
export function moneyFormat(currency: string | null): string {
  const { prefix, decimals } = currencyStyle(currency);
  const number = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const literal = prefix === '' ? '' : `"${prefix}"`;
  return `${literal}${number};[Red]-${literal}${number};"${ZERO_DASH}"`;
}

/**
 * An amount as the money format shows it, for text outside the sheet (task pane, CLI): the same
 * symbol, separators, decimals and minus. Zero is written "£0.00" rather than the sheet's dash,
 * since a figure in a sentence has no column of amounts around it.
 *
 * @example
 * moneyText(-39368.614, 'GBP') // '-£39,368.61'
 * moneyText(1500, 'JPY')       // '¥1,500'
 */
export function moneyText(amount: number, currency: string | null): string {
  const { prefix, decimals } = currencyStyle(currency);
  const scale = 10 ** decimals;
  const units = Math.round(Math.abs(amount) * scale);
  const whole = Math.floor(units / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  const sign = amount < 0 && units > 0 ? '-' : '';
  return `${sign}${prefix}${whole}${fraction}`;
}
