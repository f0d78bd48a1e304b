/**
 * The sample retyped as text by a German and a French user (test/fixtures/locale, made by
 * examples/build-locale-samples.ts), with Settings "Locale": the CLI must give the sample's
 * JSON report exactly — every figure, conflict and diagnostic, so no new input issue either.
 */
import { join } from 'path';
import { main } from '../../src/cli/main';
import { LOCALE_SAMPLE_TAGS, localeSamplePath, retypedSample } from '../../examples/build-locale-samples';
import { checkWorkbook } from '../../src/app/check';
import { loadWorkbookFile } from '../../src/adapters/xlsx/node-file';
import { readSnapshot } from '../../src/adapters/xlsx/read-snapshot';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');

async function jsonReport(...argv: string[]): Promise<unknown> {
  let out = '';
  let err = '';
  const code = await main(['check', ...argv, '--json', '-', '--as-of', '2026-03-02'], { out: (t) => { out += t; }, err: (t) => { err += t; } }, '2026-11-23');
  expect([code, err]).toEqual([0, '']);
  // A suggestion's `before` is the cell as it is, and here the cells hold text ("25" for 25):
  // everything else, the suggestions' lines and new values included, must be the same.
  return JSON.parse(out, (key, value: unknown) => (key === 'before' ? undefined : value));
}

describe('the sample typed as text in a locale', () => {
  let expected: unknown;
  const loadedFixtures: Record<string, Awaited<ReturnType<typeof loadWorkbookFile>>> = {};
  beforeAll(async () => {
    expected = await jsonReport(SAMPLE);
    for (const tag of LOCALE_SAMPLE_TAGS) loadedFixtures[tag] = await loadWorkbookFile(localeSamplePath(tag));
  });

  it.each(LOCALE_SAMPLE_TAGS)('gives the sample report exactly in %s', async (tag) => {
    expect(await jsonReport(localeSamplePath(tag))).toEqual(expected);
  });

  it.each(LOCALE_SAMPLE_TAGS)('keeps the Settings Locale over --locale (%s)', async (tag) => {
    expect(await jsonReport(localeSamplePath(tag), '--locale', 'en-US')).toEqual(expected);
  });

  it('is made of text, typed as the user types it', async () => {
    // As Intl writes them: German "37,5" hours, "68,00 €", "20 %", "05.01.2026" (a no-break
    // space before € and %); French with a narrow no-break space in the groups and "05/01/2026".
    const row = (tag: string, sheet: string, r: number) => readSnapshot(loadedFixtures[tag]).raw.sheets.find((s) => s.name === sheet)?.values[r];
    expect(row('de-DE', 'Staff', 1)?.slice(4, 7)).toEqual(['37,5', '1', '68,00\u00a0€']);
    expect(row('de-DE', 'Projects', 1)?.slice(2, 5)).toEqual(['05.01.2026', '30.10.2026', '232.000\u00a0€']);
    expect(row('de-DE', 'Projects', 1)?.[11]).toBe('20\u00a0%');
    expect(row('fr-FR', 'Projects', 1)?.slice(2, 5)).toEqual(['05/01/2026', '30/10/2026', '232\u202f000\u00a0€']);
    expect(row('fr-FR', 'Projects', 1)?.[11]).toBe('20\u00a0%');
  });

  it('needs the Locale: the same German text without it is full of errors', () => {
    const result = checkWorkbook(retypedSample('de-DE', false), { asOf: '2026-03-02', today: '2026-11-23' });
    const errors = result.ok ? result.report.diagnostics.filter((d) => d.severity === 'error').length : Infinity;
    expect(errors).toBeGreaterThan(100);
  });

  it('prints the range forecast in the summary', async () => {
    let out = '';
    expect(await main(['check', SAMPLE, '--as-of', '2026-03-02'], { out: (t) => { out += t; }, err: () => undefined }, '2026-11-23')).toBe(0);
    const report = expected as { projects: { name: string; range: { p80: { finish: string }; onTime: number } | null }[] };
    const onTrack = report.projects.find((p) => p.name === 'Small Scale works F10463');
    expect(out).toContain('Estimate ranges (finish and cost by confidence):');
    expect(out).toMatch(new RegExp(`Small Scale works F10463\\s+\\S+\\s+${onTrack?.range?.p80.finish}\\s+\\S+\\s+${Math.round((onTrack?.range?.onTime ?? 0) * 1000) / 10} %`));
  });

  it('refuses a --locale that is not a language tag, with exit code 2', async () => {
    let err = '';
    const code = await main(['check', SAMPLE, '--locale', 'not a tag!'], { out: () => undefined, err: (t) => { err += t; } }, '2026-11-23');
    expect([code, err]).toEqual([2, 'loadline: --locale needs a language tag such as de-DE or en-GB, got "not a tag!"\n']);
  });
});
