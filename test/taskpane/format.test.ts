import { formatMoney } from '../../src/taskpane/format';

describe('formatMoney (task pane)', () => {
  it('writes money as the summary sheets show it: symbol, thousands, cents, a minus before the symbol', () => {
    expect(formatMoney(39368.614, 'GBP')).toBe('£39,368.61');
    expect(formatMoney(-1234.5, 'EUR')).toBe('-€1,234.50');
    expect(formatMoney(1499.6, 'JPY')).toBe('¥1,500');
    expect(formatMoney(12, 'CHF')).toBe('CHF 12.00');
    expect(formatMoney(12, null)).toBe('12.00');
  });
});
