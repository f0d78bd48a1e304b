import { allocateCents, formatMoney, ratio, round2, round4 } from '../../src/core/money';

describe('allocateCents', () => {
  it('splits by largest remainder so the parts add up to the whole', () => {
    // 1000 cents over 3.333 / 3.333 / 3.334: shares 333.3, 333.3, 333.4 → floors 333 each, 1 left
    // for the largest remainder (the third).
    expect(allocateCents(1000, [3.333, 3.333, 3.334])).toEqual([333, 333, 334]);
    // Equal remainders: the earlier part wins.
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives everything to the first part when the amounts sum to 0', () => {
    expect(allocateCents(5, [0, 0])).toEqual([5, 0]);
  });
});

describe('rounding and formatting', () => {
  it('rounds hours and money to 2 decimals and ratios to 4, with no negative zero', () => {
    expect(round2(572.004)).toBe(572);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(round4(0.95333333)).toBe(0.9533);
  });

  it('formats money with thousands separators and cents only when there are some', () => {
    expect(formatMoney(158801.2)).toBe('158,801.20');
    expect(formatMoney(61500)).toBe('61,500');
    expect(formatMoney(999.999)).toBe('1,000');
    expect(formatMoney(-1500.5)).toBe('-1,500.50');
    expect(formatMoney(0)).toBe('0');
  });

  it('gives no ratio for a zero denominator', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});
