/**
 * The bundled sample workbook: examples/sample.xlsx must be what examples/sample-plan.ts says,
 * its projects must come from the real capital-project register, and checking it must find
 * exactly the conflicts and input issues planted in it (worked out in sample-plan.ts's comments).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSample, SAMPLE_PATH } from '../../examples/build-sample';
import { SAMPLE_PLAN, projectBudget, projectName } from '../../examples/sample-plan';
import { sampleWorkbook } from '../../examples/sample-sheets';
import { loadWorkbook, readSnapshot } from '../../src/adapters/xlsx';
import { checkWorkbook } from '../../src/app/check';
import type { Conflict, ConflictKind, Report } from '../../src/core/report';
import { a1 } from '../../src/workbook/address';
import type { CellValue, RawWorkbook } from '../../src/workbook/grid';

const REGISTER_CSV = path.join(__dirname, '../fixtures/realdata/melbourne-water-capital-projects.csv');

async function readRaw(file: string): Promise<RawWorkbook> {
  return readSnapshot(await loadWorkbook(await readFile(file))).raw;
}

/** Every non-blank cell of every sheet as "Sheet!A1" → value and number format. */
function cellsOf(raw: RawWorkbook): Record<string, { value: CellValue; format: string | null }> {
  const cells: Record<string, { value: CellValue; format: string | null }> = {};
  for (const sheet of raw.sheets) {
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const format = sheet.numberFormats?.[r]?.[c] ?? null;
        cells[`${sheet.name}!${a1(sheet.originRow + r, sheet.originCol + c)}`] = { value, format };
      });
    });
  }
  return cells;
}

describe('examples/sample.xlsx', () => {
  let committed: RawWorkbook;
  beforeAll(async () => {
    committed = await readRaw(SAMPLE_PATH);
  });

  it('holds the cells sample-plan.ts describes, with their number formats', () => {
    expect(cellsOf(committed)).toEqual(cellsOf(sampleWorkbook(SAMPLE_PLAN).raw));
  });

  it('has the same cell values as a freshly regenerated copy (run `npm run sample` if not)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'loadline-sample-'));
    try {
      const fresh = path.join(dir, 'sample.xlsx');
      await buildSample(fresh);
      expect(cellsOf(await readRaw(fresh))).toEqual(cellsOf(committed));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps Assignments as an Excel table over the whole sheet', () => {
    const table = committed.tables.find((t) => t.name === 'Assignments');
    expect(table?.sheet).toBe('Assignments');
    // Header plus one row per assignment.
    expect(table?.values.length).toBe(SAMPLE_PLAN.assignments.length + 1);
    expect(table?.values[0]).toEqual(['Person', 'Project', 'From', 'To', 'Hours per week', 'Allocation %', 'Status']);
  });
});

describe('sample projects', () => {
  it('take their ID, delivery programme and budget from the capital-project register', async () => {
    const lines = (await readFile(REGISTER_CSV, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const { register } of SAMPLE_PLAN.projects) {
      const line = lines.find((l) => l.startsWith(`${register.id},`));
      // Columns: ID, FFC, Delivery Program, ...; the FFC carries float noise, so compare to the cent.
      const [, ffc, deliveryProgram] = (line ?? '').split(',');
      expect({ id: register.id, ffc: Math.round(Number(ffc) * 100) / 100, deliveryProgram })
        .toEqual({ id: register.id, ffc: register.ffc, deliveryProgram: register.deliveryProgram });
    }
  });

  it('are named after the programme and ID, with the FFC rounded to £1,000 as budget', () => {
    // 231,693.59 → 232,000; "Major Works - Small Scale" loses its prefix.
    const entry = { id: 'F10463', deliveryProgram: 'Major Works - Small Scale', ffc: 231693.59 };
    expect(projectName(entry)).toBe('Small Scale works F10463');
    expect(projectBudget(entry)).toBe(232000);
    expect(projectName({ id: 'H10382', deliveryProgram: 'Contestable', ffc: 236307.87 })).toBe('Contestable works H10382');
  });
});

describe('checking the sample at 2026-03-02', () => {
  let report: Report;
  beforeAll(async () => {
    const result = checkWorkbook(await readRaw(SAMPLE_PATH), { asOf: '2026-03-02', today: '2026-03-02' });
    if (!result.ok) throw new Error(`the sample cannot be checked: ${result.message}`);
    report = result.report;
  });

  it('reports every conflict kind at least once', () => {
    const kinds: ConflictKind[] = [
      'OVERALLOCATED', 'OPS_AT_RISK', 'COVERAGE_GAP', 'OUTSIDE_EMPLOYMENT', 'OUTSIDE_PROJECT',
      'NO_ASSIGNMENTS', 'SCOPE_AT_RISK', 'SCHEDULE_SLIP', 'OVER_BUDGET', 'LOW_CPI', 'LOW_SPI',
    ];
    const reported = new Set(report.conflicts.map((c) => c.kind));
    expect(kinds.filter((kind) => !reported.has(kind))).toEqual([]);
  });

  it('reports exactly the planted conflicts, each over the weeks or days worked out in sample-plan.ts', () => {
    const subject = (c: Conflict): string | undefined =>
      c.duty ?? (c.person && c.project ? `${c.person} on ${c.project}` : c.person ?? c.project);
    const found = report.conflicts.map((c) => `${c.kind} | ${subject(c)} | ${c.from} | ${c.to}`).sort();
    expect(found).toEqual([
      // 25 h pulled onto H10934 on top of 18.75 h and a 4 h duty: 127–130 %, weeks 13 Apr – 28 Jun.
      'OVERALLOCATED | Isla Grant | 2026-04-13 | 2026-06-28',
      // 36 h of projects + 5 h duty = 109–113 %, 2 Mar – 31 Jul (to the Sunday of that week).
      'OVERALLOCATED | Victor Lane | 2026-03-02 | 2026-08-02',
      // Isla's High duty in the same weeks.
      'OPS_AT_RISK | Asset data quality checks | 2026-04-13 | 2026-06-28',
      // Dan away 20–31 Jul with no backup; Patrick and Sanjay both away 21–24 Dec.
      'COVERAGE_GAP | Network monitoring | 2026-07-20 | 2026-08-02',
      'COVERAGE_GAP | Weekly payroll run | 2026-12-21 | 2026-12-27',
      // Grace leaves 30 Jun: her duty runs to the horizon's last working day (Fri 2 Apr 2027), her
      // booking to 30 Sep. Maya joins 7 Sep but is pencilled in from 1 Jul.
      'OUTSIDE_EMPLOYMENT | Cloud cost review | 2026-07-01 | 2027-04-02',
      "OUTSIDE_EMPLOYMENT | Grace O'Brien on Open Market works F10832 | 2026-07-01 | 2026-09-30",
      'OUTSIDE_EMPLOYMENT | Maya Patel on Small Scale works F10408 | 2026-07-01 | 2026-09-04',
      // H10382 ends 30 Jun; Chloe is booked to 31 Jul.
      'OUTSIDE_PROJECT | Chloe Evans on Contestable works H10382 | 2026-07-01 | 2026-07-31',
      // F10712: nobody booked, so coverage 0 and no forecast too.
      'NO_ASSIGNMENTS | Contestable works F10712 | 2026-05-04 | 2026-11-27',
      'SCOPE_AT_RISK | Contestable works F10712 | 2026-05-04 | 2026-11-27',
      'SCHEDULE_SLIP | Contestable works F10712 | 2026-05-04 | 2026-11-27',
      // H10934: 2,340 h remaining, about 1,350 h booked.
      'SCOPE_AT_RISK | Framework works H10934 | 2026-02-02 | 2026-07-31',
      'SCHEDULE_SLIP | Framework works H10934 | 2026-02-02 | 2026-07-31',
      // H10382: CPI 165,200 / 215,000 = 0.77; forecast about 252,800 > 236,000.
      'OVER_BUDGET | Contestable works H10382 | 2025-11-03 | 2026-06-30',
      'LOW_CPI | Contestable works H10382 | 2025-11-03 | 2026-06-30',
      // F10832: SPI about 72,150 / 159,000 = 0.45.
      'LOW_SPI | Open Market works F10832 | 2025-10-01 | 2026-12-18',
    ].sort());
  });

  it("rates Isla's over-allocation high (above 120 %) and Victor's medium (100–120 %)", () => {
    const severityOf = (person: string) =>
      report.conflicts.find((c) => c.kind === 'OVERALLOCATED' && c.person === person)?.severity;
    expect(severityOf('Isla Grant')).toBe('high');
    expect(severityOf('Victor Lane')).toBe('medium');
  });

  it('reports the two planted input issues at their cells', () => {
    const issues = report.diagnostics.map((d) => `${d.code} ${d.sheet}!${d.cell}`).sort();
    // "Jack Doyel" is the 6th assignment (row 7); Wendy's reversed leave is the last Time Off row (19).
    // Nothing else: the rest of the sample is clean.
    expect(issues).toEqual(['END_BEFORE_START Time Off!C19', 'UNKNOWN_PERSON Assignments!A7']);
  });

  it('finds the on-track project green on scope, time, cost and earned value', () => {
    const onTrack = report.projects.find((p) => p.name === 'Small Scale works F10463');
    // R = 3,000 × 0.8 = 2,400 h; EV = 232,000 × 0.2 = 46,400 against AC 44,000.
    expect(onTrack?.remainingEffort).toBe(2400);
    expect(onTrack?.rag).toEqual({ scope: 'green', time: 'green', cost: 'green' });
    expect(onTrack?.evm?.ev).toBe(46400);
    expect(onTrack?.evm?.cpi).toBeCloseTo(46400 / 44000, 4);
  });
});
