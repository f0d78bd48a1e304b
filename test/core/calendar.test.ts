/**
 * The calendar's text against date-fns, for every day from 1900 to 2100: ISO dates, ISO week
 * names (the week-year is the year of the week's Thursday), month keys and display dates.
 */
import { addDays, format, getISOWeek, getISOWeekYear } from 'date-fns';
import { dayFromParts, displayDate, isoDate, isoWeekName, monthKey } from '../../src/core/calendar';

describe('calendar text', () => {
  it('matches date-fns on every day of two centuries', () => {
    const first = dayFromParts(1900, 1, 1);
    const last = dayFromParts(2100, 12, 31);
    const epoch = new Date(1970, 0, 1);
    const mismatches: string[] = [];
    for (let day = first; day <= last; day++) {
      const date = addDays(epoch, day);
      const expected = [
        format(date, 'yyyy-MM-dd'), `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`,
        format(date, 'yyyy-MM'), format(date, 'd MMM yyyy'),
      ];
      const actual = [isoDate(day), isoWeekName(day), monthKey(day), displayDate(day)];
      if (actual.join() !== expected.join()) mismatches.push(`${actual.join()} ≠ ${expected.join()}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('names the ISO weeks at year ends by their Thursday', () => {
    // Thursday 1 January 2026 makes Monday 29 December 2025 the first day of 2026-W01;
    // Friday 1 January 2027 belongs to 2026-W53.
    expect(isoWeekName(dayFromParts(2025, 12, 29))).toBe('2026-W01');
    expect(isoWeekName(dayFromParts(2027, 1, 1))).toBe('2026-W53');
    expect(displayDate(dayFromParts(2026, 5, 29))).toBe('29 May 2026');
  });
});
