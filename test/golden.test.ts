/**
 * Golden tests: the worked examples of DESIGN.md (test/fixtures/golden, copied from the design's
 * examples) checked through the real .xlsx reader must give the expected report, compared as
 * the examples' README says: people, duties and projects by name; hours and money within ±0.01,
 * ratios ±0.0001, dates exact; finance rows summed per project or cost centre; conflicts by
 * kind, subject and the dates they cover.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../src/app/check';
import { readSnapshot } from '../src/adapters/xlsx';
import { loadWorkbookFile } from '../src/adapters/xlsx/node-file';
import type { FinanceReport, Report } from '../src/core/report';

const DIR = join(__dirname, 'fixtures', 'golden');
const EXAMPLES = ['s01-basic', 's04-timeoff-coverage', 's09-evm'];
const AS_OF = '2026-03-02';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Compares two JSON values with the examples' tolerances; returns the paths that differ. */
function differences(actual: Json | undefined, expected: Json, path: string, tolerance: number): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= tolerance + 1e-9 ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
    return expected.flatMap((e, i) => differences(actual[i], e, `${path}[${i}]`, tolerance));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: not an object`];
    return Object.entries(expected).flatMap(([k, e]) => differences(actual[k], e, `${path}.${k}`, toleranceFor(k, tolerance)));
  }
  return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

const RATIOS = new Set(['utilization', 'scopeCoverage', 'spi', 'cpi', 'tcpi']);
function toleranceFor(key: string, inherited: number): number {
  return RATIOS.has(key) ? 0.0001 : key === 'slipDays' ? 0 : inherited;
}

function byName<T extends { name: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.name, item]));
}

/** Finance rows summed per kind and name (project, or cost centre for ops and idle). */
function financeByKey(finance: FinanceReport): Record<string, { capex: number[]; opex: number[] }> {
  const out: Record<string, { capex: number[]; opex: number[] }> = {};
  for (const row of finance.rows) {
    const key = `${row.kind}:${row.kind === 'project' ? row.name : row.costCentre}`;
    const entry = out[key] ?? { capex: row.capex.map(() => 0), opex: row.opex.map(() => 0) };
    row.capex.forEach((v, m) => { entry.capex[m] += v; });
    row.opex.forEach((v, m) => { entry.opex[m] += v; });
    out[key] = entry;
  }
  // Rows of zeros carry no money: leave them out so "no row" and "a row of 0" compare equal.
  for (const [key, entry] of Object.entries(out)) if ([...entry.capex, ...entry.opex].every((v) => Math.abs(v) < 0.005)) delete out[key];
  return out;
}

const conflictKeys = (report: Report) => report.conflicts
  .map((c) => [c.kind, c.person ?? c.duty ?? c.project ?? '', c.duty ?? '', c.project ?? '', c.from, c.to].join(' | ')).sort();

describe.each(EXAMPLES)('golden example %s', (name) => {
  let actual: Report;
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Report;

  beforeAll(async () => {
    const snapshot = readSnapshot(await loadWorkbookFile(join(DIR, `${name}.xlsx`)));
    const result = checkWorkbook(snapshot.raw, { asOf: AS_OF, today: '2026-11-23' });
    if (!result.ok) throw new Error(result.message);
    actual = result.report;
  });

  // The examples hold the version-1 fields, which version 2 keeps unchanged (their README).
  it('is a version-2 report with the expected status date and weeks', () => {
    expect(expected.version).toBe(1);
    expect([actual.version, actual.asOf, actual.weeks]).toEqual([2, expected.asOf, expected.weeks]);
  });

  it.each(['people', 'duties', 'projects'] as const)('gives the expected %s, by name', (key) => {
    const got = byName<{ name: string }>(actual[key]);
    expect(Object.keys(got).sort()).toEqual(expected[key].map((x) => x.name).sort());
    expect(differences(got as unknown as Json, byName<{ name: string }>(expected[key]) as unknown as Json, key, 0.01)).toEqual([]);
  });

  it('gives the expected conflicts by kind, subject and dates, with their severities', () => {
    expect(conflictKeys(actual)).toEqual(conflictKeys(expected));
    const subject = (c: { project?: string; duty?: string; person?: string }) => c.project ?? c.duty ?? c.person;
    for (const e of expected.conflicts) {
      const match = actual.conflicts.find((c) => c.kind === e.kind && c.from === e.from && subject(c) === subject(e));
      if (e.severity) expect(match?.severity).toBe(e.severity);
      if (e.hours !== undefined) expect(Math.abs((match?.hours ?? NaN) - e.hours)).toBeLessThanOrEqual(0.01);
    }
  });

  it('gives the expected finance, rows summed per project or cost centre', () => {
    expect(actual.finance.months).toEqual(expected.finance.months);
    expect(differences(financeByKey(actual.finance) as unknown as Json, financeByKey(expected.finance) as unknown as Json, 'rows', 0.01)).toEqual([]);
    expect(Object.keys(financeByKey(actual.finance)).sort()).toEqual(Object.keys(financeByKey(expected.finance)).sort());
    expect(differences(actual.finance.totals as unknown as Json, expected.finance.totals as unknown as Json, 'totals', 0.01)).toEqual([]);
  });

  it('reports the expected diagnostics', () => {
    expect(actual.diagnostics.map((d) => [d.code, d.sheet, d.cell])).toEqual(expected.diagnostics.map((d) => [d.code, d.sheet, d.cell]));
  });
});
