import { ERROR_DIALOG_PAGE, errorDialogUrl, errorTextFromQuery, MAX_ENCODED_PART_LENGTH } from '../../src/taskpane/error-dialog';

const OPENER = 'https://addins.example.com/loadline/commands.html?_host_Info=Excel$Win32';

describe('errorDialogUrl', () => {
  it('points at dialog.html next to the opening page, with the error in the query', () => {
    const url = new URL(errorDialogUrl(OPENER, { summary: 'No Staff sheet.', next: 'Add one.', detail: 'SHEET_MISSING' }));
    expect(`${url.origin}${url.pathname}`).toBe(`https://addins.example.com/loadline/${ERROR_DIALOG_PAGE}`);
    expect([...url.searchParams.entries()]).toEqual([['summary', 'No Staff sheet.'], ['next', 'Add one.'], ['detail', 'SHEET_MISSING']]);
  });

  it('round-trips any text, markup and non-Latin letters included, through the page\'s query', () => {
    const text = { summary: 'Sheet "<img src=x onerror=alert(1)>" & Zoë’s plan: 100 % #1?', next: 'Ünïcode → ok; a=b&c=d', detail: 'line 1\nline 2' };
    const url = new URL(errorDialogUrl(OPENER, text));
    // Office appends its own parameter to the dialog's URL; the page ignores it.
    expect(errorTextFromQuery(`${url.search}&_host_Info=Excel$Win32$16.01$en-US`)).toEqual(text);
  });

  it.each([
    ['Latin text', 'Over-allocated on Staff!B4. '],
    ['letters of 9 encoded characters', '→'],
    ['emoji (surrogate pairs)', '📅'],
  ])('cuts long %s short with "…", keeping the URL under 2,048 characters', (_kind, unit) => {
    const long = unit.repeat(Math.ceil(5000 / unit.length));
    const url = errorDialogUrl(OPENER, { summary: long, next: 'Short.', detail: long });
    expect(url.length).toBeLessThan(2048);
    const params = new URL(url).searchParams;
    for (const part of ['summary', 'detail']) {
      const shown = params.get(part) ?? '';
      expect(new URLSearchParams({ v: shown }).toString().length - 2).toBeLessThanOrEqual(MAX_ENCODED_PART_LENGTH);
      expect(shown.endsWith('…')).toBe(true);
      // Cut on a whole character, and not much shorter than it had to be.
      expect(long.startsWith(shown.slice(0, -1))).toBe(true);
      expect(shown.length).toBeGreaterThan(MAX_ENCODED_PART_LENGTH / 10);
    }
    expect(params.get('next')).toBe('Short.');
  });
});

describe('errorTextFromQuery', () => {
  it('gives a general message when the page was opened without one', () => {
    const shown = errorTextFromQuery('?_host_Info=Excel');
    expect(shown.summary).toBe('Check capacity could not finish.');
    expect(shown.next).toMatch(/Open Loadline/);
    expect(shown.detail).toBe('');
  });

  it('keeps a given summary and fills in only what is missing', () => {
    expect(errorTextFromQuery('?summary=No+Staff+sheet.')).toEqual({
      summary: 'No Staff sheet.',
      next: 'Choose Open Loadline on the Home tab, then Check capacity, to see what went wrong.',
      detail: '',
    });
  });
});
