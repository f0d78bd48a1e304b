/**
 * The benchmark's phases, in order: each takes what the earlier ones left in the context. Add a
 * phase by adding a row; the runner times each in a process of its own. A phase's `prepare`
 * (setting up a stage, e.g. seeding the fake Excel host) runs before it, untimed.
 *
 * A phase whose code is not written yet throws an error saying "not implemented"; the runner
 * prints "n/a" for it (and for every phase after it that needs its output).
 */
import { performance } from 'node:perf_hooks';
import { OfficeSheetWatcher, OfficeWorkbookPort } from '../src/adapters/office';
import { conflictCount, freeHours, projectStatus, utilisation } from '../src/app/functions/answers';
import { FigureIndex } from '../src/app/functions/figure-index';
import { liveCheck, type LiveCheckResult } from '../src/app/live/live-check';
import { LiveScheduler } from '../src/app/live/live-scheduler';
import { checkFiguresOf } from '../src/workbook/check-figures';
import { readSnapshot, XlsxWorkbookPort, type XlsxWorkbook } from '../src/adapters/xlsx';
import { loadWorkbookFile } from '../src/adapters/xlsx/node-file';
import { analysePlan, readPlan, type ReadResult } from '../src/app/check';
import { analyse, analyseInDetail, type DetailedAnalysis } from '../src/core/analyse';
import { addSuggestions, DEFAULT_RECHECKS } from '../src/workbook/suggest/suggest';
import { planWrite } from '../src/app/plan-write';
import type { WorkbookPort, WorkbookSnapshot, WritePlan } from '../src/app/ports';
import type { Report } from '../src/core/report';
import { a1 } from '../src/workbook/address';
import type { RawWorkbook } from '../src/workbook/grid';
import type { WorkbookPatch } from '../src/workbook/patch';
import { buildWorkbookPatch } from '../src/workbook/report/build-patch';
import { createExcelFake, type ExcelFake, type SyncRecord } from '../test/fakes/excel-fake';

/** What the phases hand on to each other. Fields fill in as phases run. */
export interface BenchContext {
  readonly file: string;
  readonly asOf: string;
  workbook?: XlsxWorkbook;
  snapshot?: WorkbookSnapshot;
  read?: Extract<ReadResult, { ok: true }>;
  report?: Report;
  analysis?: DetailedAnalysis;
  patch?: WorkbookPatch;
  writePlan?: WritePlan;
  output?: Uint8Array;
  excelFake?: ExcelFake;
}

/** One timed step. `run` may return a short note to print (counts, sizes). */
export interface BenchPhase {
  readonly name: string;
  readonly what: string;
  /** Untimed set-up just before `run`. */
  prepare?(context: BenchContext): Promise<void> | void;
  run(context: BenchContext): Promise<string | void> | string | void;
}

/** The phases of a check, in the order it runs them. */
const CHECK_PHASES: readonly BenchPhase[] = [
  {
    name: 'read',
    what: '.xlsx file → package in memory → raw grids (xlsx adapter: loadWorkbook + readSnapshot)',
    async run(context) {
      // As the CLI opens it: with Node's zlib for the zip.
      context.workbook = await loadWorkbookFile(context.file);
      context.snapshot = readSnapshot(context.workbook);
      const cells = context.snapshot.raw.sheets.reduce((sum, sheet) => sum + sheet.values.reduce((n, row) => n + row.length, 0), 0);
      return `${cells.toLocaleString('en-GB')} cells`;
    },
  },
  {
    name: 'parse',
    what: 'raw grids → Plan + diagnostics (readPlan)',
    run(context) {
      const read = readPlan(need(context.snapshot, 'snapshot').raw);
      if (!read.ok) throw new Error(`the workbook cannot be checked: ${read.message}`);
      context.read = read;
      return `${read.diagnostics.length} diagnostics`;
    },
  },
  {
    name: 'analyse',
    what: 'Plan → Report: load, conflicts, project checks, finance (analysePlan)',
    run(context) {
      const read = need(context.read, 'read');
      context.report = analysePlan(read.plan, read.diagnostics, { asOf: context.asOf, today: context.asOf });
      return `${context.report.weeks.length} weeks, ${context.report.conflicts.length} conflicts`;
    },
  },
  {
    name: 'suggest',
    what: `Report → suggestions, each proved by a re-check (addSuggestions, at most ${DEFAULT_RECHECKS} re-checks); compare with analyse`,
    prepare(context) {
      // The analysis with its working (the suggestions need the load model), made untimed.
      const read = need(context.read, 'read');
      context.analysis = analyseInDetail(read.plan, read.diagnostics, { asOf: context.asOf, today: context.asOf });
    },
    run(context) {
      const read = need(context.read, 'read');
      const report = addSuggestions(need(context.snapshot, 'snapshot').raw, read.plan, need(context.analysis, 'analysis'), { asOf: context.asOf, today: context.asOf });
      const count = (kind: string) => {
        const all = report.conflicts.filter((c) => c.kind === kind);
        return `${all.filter((c) => c.suggestions.length > 0).length}/${all.length}`;
      };
      return `conflicts with a suggestion: over-allocated ${count('OVERALLOCATED')}, coverage gaps ${count('COVERAGE_GAP')}, `
        + `${report.conflicts.filter((c) => c.suggestions.length > 0).length} in all`;
    },
  },
  {
    name: 'analyse, people only',
    what: 'the same analysis without project checks and finance: what those two add is analyse − this',
    run(context) {
      const read = need(context.read, 'read');
      const report = analyse(read.plan, read.diagnostics, { asOf: context.asOf, today: context.asOf, projectsAndFinance: false });
      return `${report.conflicts.length} people and duty conflicts`;
    },
  },
  {
    name: 'build-patch',
    what: 'Plan + Report → WorkbookPatch (buildWorkbookPatch)',
    run(context) {
      context.patch = buildWorkbookPatch(need(context.read, 'read').plan, need(context.report, 'report'));
      const cells = context.patch.sheets.reduce((sum, sheet) => sum + sheet.values.reduce((n, row) => n + row.length, 0), 0);
      return `${cells.toLocaleString('en-GB')} cells, ${context.patch.highlights.length} highlights`;
    },
  },
  {
    name: 'write-xlsx',
    what: 'WorkbookPatch → WritePlan → patched package → .xlsx bytes (planWrite + xlsx adapter)',
    async run(context) {
      const workbook = need(context.workbook, 'workbook');
      context.writePlan = planWrite(need(context.patch, 'patch'), need(context.snapshot, 'snapshot'));
      await new XlsxWorkbookPort(workbook).write(context.writePlan);
      // As the CLI saves it (saveWorkbookFile): Node's zlib, synchronously.
      context.output = workbook.toBytes();
      return `${(context.output.byteLength / 1e6).toFixed(1)} MB written`;
    },
  },
  {
    name: 'office adapter syncs',
    what: 'Office.js adapter read() + write() (with the functions\' figures in the state record) against the fake Excel host (test/fakes/excel-fake): round trips (syncs) and their largest payloads',
    prepare(context) {
      context.excelFake = createExcelFake(fakeSeed(need(context.snapshot, 'snapshot').raw));
    },
    async run(context) {
      // The time is the fake's, not Excel's: what carries over to Excel is the number of syncs
      // (round trips) and their payloads.
      const fake = need(context.excelFake, 'excelFake');
      const uninstall = fake.install(globalThis);
      try {
        const port = new OfficeWorkbookPort();
        const snapshot = await port.read();
        const readSyncs = fake.syncs.length;
        // As Check capacity writes it: with the figures for the LOADLINE functions in the state record.
        const figures = checkFiguresOf(need(context.report, 'report'), need(context.read, 'read').plan.settings, snapshot.raw.date1904);
        await port.write({ ...planWrite(need(context.patch, 'patch'), snapshot), figures });
        const megabytesSent = fake.syncs.reduce((sum, sync) => sum + sync.bytes, 0) / 1e6;
        const largest = (bytes: (sync: SyncRecord) => number) => Math.max(...fake.syncs.map(bytes)).toLocaleString('en-GB');
        return `${readSyncs} read syncs, ${fake.syncs.length} in the whole check (${fake.syncs.length - readSyncs} write); `
          + `largest request ${largest((s) => s.requestBytes)} B, largest response ${largest((s) => s.responseBytes)} B; `
          + `${megabytesSent.toFixed(1)} MB of payload in all`;
      } finally {
        uninstall();
      }
    },
  },
];

/** Modelled round trip of Excel on the web, for the live check. */
const SYNC_LATENCY_MS = 50;

/**
 * The live check and the LOADLINE functions (issue 13). Each needs only the phases before it,
 * but the runner runs every earlier phase untimed, so they sit last.
 */
export const LIVE_PHASES: readonly BenchPhase[] = [
  {
    name: 'live: edit → figures',
    what: `a user's edit to Assignments → 500 ms quiet time → read (Office adapter, fake Excel with ${SYNC_LATENCY_MS} ms per round trip) → check → figures published; the pane's rendering is not included`,
    prepare(context) {
      context.excelFake = createExcelFake({ ...fakeSeed(need(context.snapshot, 'snapshot').raw), syncLatencyMs: SYNC_LATENCY_MS });
    },
    async run(context) {
      const fake = need(context.excelFake, 'excelFake');
      const uninstall = fake.install(globalThis);
      const watcher = new OfficeSheetWatcher();
      try {
        const office = new OfficeWorkbookPort();
        let readMs = 0;
        // The same port, timing its reads: the rest of a live check is the check itself.
        const port: WorkbookPort = {
          read: async () => {
            const readStarted = performance.now();
            const snapshot = await office.read();
            readMs += performance.now() - readStarted;
            return snapshot;
          },
          write: (plan) => office.write(plan),
          clearHighlights: (state) => office.clearHighlights(state),
          writeInputs: (write) => office.writeInputs(write),
        };
        const options = { asOf: context.asOf, today: context.asOf };
        // What the pane does on opening (untimed here): the first check tells which sheets to watch.
        const first = await liveCheck(port, options);
        let done: (result: LiveCheckResult) => void = () => undefined;
        const shown = new Promise<LiveCheckResult>((resolve) => { done = resolve; });
        const live = new LiveScheduler<LiveCheckResult>({
          check: () => liveCheck(port, options),
          onStart: () => { checkStarted = performance.now(); },
          onResult: (r) => done(r),
          onError: (e) => { throw e; },
        });
        await watcher.watch(first.inputSheets, () => live.edited());
        const syncsBefore = fake.syncs.length;
        readMs = 0;
        let checkStarted = 0;
        const started = performance.now();
        fake.editCells('Assignments', 'E2', [[12]]);
        const result = await shown;
        const ms = performance.now() - started;
        if (!result.outcome.ok) throw new Error(result.outcome.message);
        const syncs = fake.syncs.slice(syncsBefore);
        const quietMs = checkStarted - started;
        const checkMs = ms - quietMs - readMs;
        const round = (value: number) => Math.round(value).toLocaleString('en-GB');
        return `edit → figures ${round(ms)} ms = quiet time ${round(quietMs)} + read ${round(readMs)} (${syncs.length} syncs) + check ${round(checkMs)}; `
          + `${syncs.filter((s) => s.wrote).length} writes`;
      } finally {
        await watcher.stop();
        uninstall();
      }
    },
  },
  {
    name: 'functions ×10,000',
    what: 'LOADLINE.UTILISATION, FREEHOURS (13-week ranges), CONFLICTS and STATUS answered from the latest check\'s figures, 2,500 calls each',
    run(context) {
      const read = need(context.read, 'read');
      const report = need(context.report, 'report');
      const indexStarted = performance.now();
      const index = new FigureIndex(checkFiguresOf(report, read.plan.settings, false));
      const indexMs = performance.now() - indexStarted;
      const people = report.people.map((p) => p.name);
      const projects = report.projects.map((p) => p.name);
      const weeks = report.weeks;
      let answered = 0;
      const callMs: number[] = [];
      const started = performance.now();
      for (let i = 0; i < 2_500; i++) {
        const person = people[(i * 7919) % people.length];
        const week = weeks[i % weeks.length];
        const last = weeks[Math.min(weeks.length - 1, (i % weeks.length) + 12)];
        const callStarted = performance.now();
        const answers = [
          utilisation(index, person, week),
          freeHours(index, person, week, last),
          conflictCount(index, person),
          projectStatus(index, projects[i % Math.max(1, projects.length)] ?? 'none', 'time'),
        ];
        callMs.push((performance.now() - callStarted) / answers.length);
        answered += answers.length;
      }
      const ms = performance.now() - started;
      callMs.sort((a, b) => a - b);
      const micro = (value: number) => `${(value * 1000).toFixed(0)} µs`;
      return `${answered.toLocaleString('en-GB')} calls in ${ms.toFixed(0)} ms (mean ${micro(ms / answered)}, p99 ${micro(callMs[Math.floor(callMs.length * 0.99)])}, `
        + `slowest ${micro(callMs[callMs.length - 1])}, each the mean of a group of four); figures and index made in ${indexMs.toFixed(1)} ms`;
    },
  },
];

/** Every phase, in order. */
export const PHASES: readonly BenchPhase[] = [...CHECK_PHASES, ...LIVE_PHASES];

/** The fake Excel host's seed: the same sheets and tables the xlsx adapter read. */
function fakeSeed(raw: RawWorkbook): Parameters<typeof createExcelFake>[0] {
  const sheets = Object.fromEntries(raw.sheets.map((sheet) => [sheet.name, {
    values: sheet.values,
    numberFormats: sheet.numberFormats,
    origin: a1(sheet.originRow, sheet.originCol),
  }]));
  const tables = raw.tables.map((table) => {
    const width = Math.max(1, ...table.values.map((row) => row.length));
    const range = `${a1(table.originRow, table.originCol)}:${a1(table.originRow + table.values.length - 1, table.originCol + width - 1)}`;
    return { name: table.name, sheet: table.sheet, range };
  });
  return { sheets, tables, date1904: raw.date1904 };
}

/** The value an earlier phase should have left; a programmer error when it did not. */
function need<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`bench: an earlier phase did not produce ${name}`);
  return value;
}
