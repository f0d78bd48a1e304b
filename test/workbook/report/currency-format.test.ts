import { currencyStyle, moneyFormat, moneyText } from '../../../src/workbook/report/currency-format';
import { formatNumber } from '../../../src/workbook/report/format-number';

describe('moneyFormat', () => {
  it('writes the symbol of a known currency, by code in any case or by symbol, with a red negative and a dash for zero', () => {
    expect(moneyFormat('GBP')).toBe('"£"#,##0.00;[Red]-"£"#,##0.00;"–"');
    expect(moneyFormat('£')).toBe('"£"#,##0.00;[Red]-"£"#,##0.00;"–"');
    expect(moneyFormat('eur')).toBe('"€"#,##0.00;[Red]-"€"#,##0.00;"–"');
    expect(moneyFormat('USD')).toBe('"$"#,##0.00;[Red]-"$"#,##0.00;"–"');
    expect(moneyFormat('INR')).toBe('"₹"#,##0.00;[Red]-"₹"#,##0.00;"–"');
  });

  it('writes the yen without decimals', () => {
    expect(moneyFormat('JPY')).toBe('"¥"#,##0;[Red]-"¥"#,##0;"–"');
  });

  it('puts any other code before the amount with a space, another symbol without, and nothing when blank', () => {
    expect(moneyFormat(' CHF ')).toBe('"CHF "#,##0.00;[Red]-"CHF "#,##0.00;"–"');
    expect(moneyFormat('US$')).toBe('"US$"#,##0.00;[Red]-"US$"#,##0.00;"–"');
    expect(moneyFormat('"SEK"')).toBe('"SEK "#,##0.00;[Red]-"SEK "#,##0.00;"–"');
    expect(moneyFormat('  ')).toBe('#,##0.00;[Red]-#,##0.00;"–"');
    expect(moneyFormat(null)).toBe('#,##0.00;[Red]-#,##0.00;"–"');
  });
});

describe('moneyText', () => {
  it('writes what the money format shows, for every non-zero amount', () => {
    for (const currency of ['GBP', 'EUR', 'USD', 'JPY', 'INR', 'CHF', null]) {
      for (const amount of [39368.614, -1234.5, 0.5, -0.5, 1_000_000, 999.995]) {
        expect(moneyText(amount, currency)).toBe(formatNumber(amount, moneyFormat(currency)));
      }
    }
  });

  it('writes a thousands-separated amount with the symbol after the minus', () => {
    expect(moneyText(-39368.614, 'GBP')).toBe('-£39,368.61');
    // Yen: 1,499.6 rounds to 1,500 whole yen.
    expect(moneyText(1499.6, 'JPY')).toBe('¥1,500');
    expect(moneyText(1200, 'CHF')).toBe('CHF 1,200.00');
  });

  it('writes zero as an amount, not as the sheet’s dash, and never as "-0"', () => {
    expect(moneyText(0, 'GBP')).toBe('£0.00');
    expect(moneyText(-0.001, 'EUR')).toBe('€0.00');
  });
});

describe('currencyStyle', () => {
  it('gives the prefix and decimals', () => {
    expect(currencyStyle('jpy')).toEqual({ prefix: '¥', decimals: 0 });
    expect(currencyStyle('NOK')).toEqual({ prefix: 'NOK ', decimals: 2 });
    expect(currencyStyle(null)).toEqual({ prefix: '', decimals: 2 });
  });
});
