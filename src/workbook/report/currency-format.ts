/** The number format for money, from the Settings "Currency" text. */

/** The money format without a currency: thousands separators and cents. */
export const PLAIN_MONEY_FORMAT = '#,##0.00';

/**
 * An Excel number format for amounts in `currency`, e.g. `"€"#,##0.00` or `"EUR "#,##0.00`.
 *
 * The symbol goes inside double quotes: quoted text is always literal in a format code, whereas
 * bare letters such as "E", "d" or "m" would be read as format tokens. Double quotes in the
 * setting are dropped (a format literal cannot hold one). A currency code of letters only gets a
 * space before the amount ("EUR 1,200.00"); a symbol does not ("€1,200.00"). Blank currency:
 * the plain format.
 *
 * @example
 * moneyFormat('€')   // '"€"#,##0.00'
 * moneyFormat('CHF') // '"CHF "#,##0.00'
 * moneyFormat(null)  // '#,##0.00'
 */
export function moneyFormat(currency: string | null): string {
  const symbol = (currency ?? '').replace(/"/g, '').trim();
  if (symbol === '') return PLAIN_MONEY_FORMAT;
  const spacer = /^\p{L}{2,}$/u.test(symbol) ? ' ' : '';
  return `"${symbol}${spacer}"${PLAIN_MONEY_FORMAT}`;
}
