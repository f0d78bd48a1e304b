/**
 * The law of suggestions (DESIGN.md "Suggestions"), checked with FULL re-runs: apply every offered
 * suggestion's edits to the grids, one at a time, read and analyse again from scratch, and the
 * conflict it answers must be smaller or gone with no new high conflict. On random plans, on the
 * bundled sample and on the benchmark's 500-person plan (where at least half of the
 * over-allocations and coverage gaps must get a suggestion).
 */
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { generateOrganisation, STATUS_DATE } from '../../../bench/generate';
import { SAMPLE_PATH } from '../../../examples/build-sample';
import { loadWorkbook, readSnapshot } from '../../../src/adapters/xlsx';
import { checkWorkbook } from '../../../src/app/check';
import type { Report } from '../../../src/core/report';
import { judge } from '../../../src/core/suggestion-law';
import { applyEdits, staleEdits } from '../../../src/workbook/apply-edits';
import type { RawWorkbook } from '../../../src/workbook/grid';
import { planArbitrary, toWorkbook } from '../../helpers/random-plan';

/** Checks every offered suggestion of a workbook by a full re-run; returns how many were checked. */
function assertLaw(raw: RawWorkbook, options: { asOf: string; today: string }): { checked: number; report: Report } {
  const base = checkWorkbook(raw, options);
  if (!base.ok) throw new Error(base.message);
  let checked = 0;
  for (const conflict of base.report.conflicts) {
    expect(conflict.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of conflict.suggestions) {
      if (suggestion.edits.length === 0) continue;
      // The edits are exact: every `before` is the cell's value now.
      expect(staleEdits(raw, suggestion.edits)).toEqual([]);
      const after = checkWorkbook(applyEdits(raw, suggestion.edits), { ...options, suggest: false });
      if (!after.ok) throw new Error(after.message);
      const verdict = judge(conflict, base.report.conflicts, after.report.conflicts);
      if (!verdict.passes) {
        throw new Error(`"${suggestion.text}" for ${conflict.kind} ${conflict.message} breaks the law`);
      }
      checked++;
    }
  }
  return { checked, report: base.report };
}

describe('the law of suggestions', () => {
  it('holds for every suggestion offered on random plans (full re-run)', () => {
    let checked = 0;
    fc.assert(fc.property(planArbitrary, (input) => {
      checked += assertLaw(toWorkbook(input), { asOf: '2026-03-04', today: '2026-11-23' }).checked;
    }), { numRuns: Number(process.env.LAW_RUNS ?? 120) });
    // The random plans do produce suggestions to check.
    expect(checked).toBeGreaterThan(20);
  });

  it('holds for every suggestion offered on the sample workbook', async () => {
    const raw = readSnapshot(await loadWorkbook(await readFile(SAMPLE_PATH))).raw;
    const { checked } = assertLaw(raw, { asOf: '2026-03-02', today: '2026-03-02' });
    expect(checked).toBeGreaterThan(0);
  });

  it('gives at least half the over-allocations and coverage gaps of a 500-person plan a suggestion, each within the law', () => {
    const raw = generateOrganisation(500);
    const base = checkWorkbook(raw, { asOf: STATUS_DATE, today: STATUS_DATE });
    if (!base.ok) throw new Error(base.message);
    for (const kind of ['OVERALLOCATED', 'COVERAGE_GAP'] as const) {
      const conflicts = base.report.conflicts.filter((c) => c.kind === kind);
      const helped = conflicts.filter((c) => c.suggestions.length > 0);
      expect(conflicts.length).toBeGreaterThan(20);
      expect(helped.length * 2).toBeGreaterThanOrEqual(conflicts.length);
    }
    // A full re-run per suggestion at 500 people takes a while: check the first suggestion of a sample of conflicts.
    const sample = base.report.conflicts.filter((c) => c.suggestions.some((s) => s.edits.length > 0)).filter((_, i) => i % 25 === 0);
    for (const conflict of sample) {
      const suggestion = conflict.suggestions[0];
      const after = checkWorkbook(applyEdits(raw, suggestion.edits), { asOf: STATUS_DATE, today: STATUS_DATE, suggest: false });
      if (!after.ok) throw new Error(after.message);
      expect(judge(conflict, base.report.conflicts, after.report.conflicts).passes).toBe(true);
    }
  });
});
