import type { Conflict, ProjectReport, Report } from '../../src/core/report';
import { summariseReport, worstRag } from '../../src/taskpane/summarise';

function conflict(kind: Conflict['kind'], severity: Conflict['severity']): Conflict {
  return { kind, severity, from: '2026-03-02', to: '2026-03-08', hours: 1, message: 'm', cells: [], suggestions: [] };
}

function project(name: string, rag: ProjectReport['rag']): ProjectReport {
  return {
    name, remainingEffort: 0, effectiveHours: 0, scopeCoverage: null, forecastFinish: null, slipDays: null,
    forecastCost: 0, budget: null, rag, evm: null, range: null,
  };
}

const report: Report = {
  version: 2,
  asOf: '2026-03-02',
  weeks: ['2026-03-02'],
  people: [],
  duties: [],
  projects: [
    project('A', { scope: 'green', time: 'amber', cost: 'green' }),
    project('B', { scope: 'green', time: 'amber', cost: 'red' }),
    project('C', { scope: 'green', time: 'green', cost: 'green' }),
  ],
  conflicts: [
    conflict('SCHEDULE_SLIP', 'medium'),
    conflict('OVERALLOCATED', 'high'),
    conflict('OVERALLOCATED', 'medium'),
    conflict('LOW_CPI', 'low'),
  ],
  finance: {
    months: ['2026-03', '2026-04'],
    rows: [],
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; summed in cents it is 0.30.
    totals: { capex: [0.1, 0.2], opex: [1000.55, 0.45], idle: [10, 0], paid: [0, 0], other: [0, 0] },
  },
  diagnostics: [
    { severity: 'error', code: 'NOT_A_DATE', sheet: 'Projects', cell: 'D7', message: 'm' },
    { severity: 'warning', code: 'MISSING_RATE', sheet: 'Staff', cell: 'F2', message: 'm' },
    { severity: 'warning', code: 'MISSING_RATE', sheet: 'Staff', cell: 'F3', message: 'm' },
  ],
};

describe('summariseReport', () => {
  it('counts conflicts by severity and by kind, kinds in the design table order', () => {
    const summary = summariseReport(report);
    expect(summary.conflicts).toBe(4);
    expect(summary.bySeverity).toEqual({ high: 1, medium: 2, low: 1 });
    expect(summary.byKind).toEqual([
      { kind: 'OVERALLOCATED', count: 2 },
      { kind: 'SCHEDULE_SLIP', count: 1 },
      { kind: 'LOW_CPI', count: 1 },
    ]);
  });

  it('counts projects by their worst RAG', () => {
    // A: amber (time), B: red (cost), C: green.
    expect(summariseReport(report).projectsByStatus).toEqual({ red: 1, amber: 1, green: 1 });
  });

  it('totals finance in cents so the total does not drift', () => {
    // CapEx 0.10 + 0.20 = 0.30; OpEx 1000.55 + 0.45 = 1001.00; Idle 10.00; total 1011.30.
    expect(summariseReport(report).finance).toEqual({ capex: 0.3, opex: 1001, idle: 10, total: 1011.3 });
  });

  it('counts input issues by severity', () => {
    expect(summariseReport(report).issues).toEqual({ errors: 1, warnings: 2 });
  });
});

describe('worstRag', () => {
  it('prefers red over amber over green', () => {
    expect(worstRag({ scope: 'amber', time: 'red', cost: 'green' })).toBe('red');
    expect(worstRag({ scope: 'green', time: 'green', cost: 'amber' })).toBe('amber');
    expect(worstRag({ scope: 'green', time: 'green', cost: 'green' })).toBe('green');
  });
});
