/**
 * The benchmark: `npm run bench` (sizes 500, 2,000 and 10,000 people), or
 * `npm run bench -- --sizes 500,2000 --seed 7 --runs 5 --baseline ../main/bin/loadline.js`.
 * Not part of `npm test`.
 *
 * For each size it generates a synthetic organisation (bench/generate.ts), saves it as .xlsx in a
 * temporary folder, then times each phase of PHASES (bench/phases.ts) in a fresh child process,
 * then the whole CLI `check --out` (bench/whole-cli.ts) and the standalone page in headless
 * Chromium (bench/standalone-page.ts), each the median of several runs.
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeXlsx } from '../examples/write-xlsx';
import { describeOrganisation, generateOrganisation, STATUS_DATE } from './generate';
import type { PhaseOutcome, PhaseRequest } from './measure-phase';
import { PHASES } from './phases';
import { timeLiveCheckInPane } from './live-pane';
import { timeWhatIfInPane } from './what-if-pane';
import { measureStandalonePage } from './standalone-page';
import { measureClis, OWN_CLI } from './whole-cli';
import { RUN_CHROMIUM_VARIABLE } from '../test/support/chromium';
import { chooseChromium } from '../test/support/global-setup';
import { releaseChromium } from '../test/support/global-teardown';

const DEFAULT_SIZES = [500, 2_000, 10_000];

const METHOD = `Method: each phase runs once, in a fresh Node process (node --expose-gc) that first runs the
phases before it untimed. time = wall clock of the phase alone (JIT warm-up included, as in a
one-shot CLI run). peak RSS + = highest resident memory of the process during the phase, sampled
every 1 ms by a worker thread, minus the RSS just before it (after a full GC); 0 when the phase fit
in memory the process already held. retained = JS heap + external memory (Buffers) after the phase
and a full GC, minus before: what the phase's output keeps alive, less what it let go of (negative
when it drops earlier phases' data). n/a = that phase (or one it needs) is not implemented yet.`;

interface Options {
  readonly sizes: readonly number[];
  readonly seed: number;
  /** Runs of the whole CLI and of the standalone page, whose median is shown. */
  readonly runs: number;
  /** Another build's bin/loadline.js to time beside this one (e.g. main before a change). */
  readonly baseline?: string;
  /** Largest size the standalone page is timed at (it holds the whole workbook in a browser tab). */
  readonly pageUpTo: number;
}

function parseOptions(argv: readonly string[]): Options {
  let sizes = DEFAULT_SIZES;
  let seed = 1;
  let runs = 5;
  let baseline: string | undefined;
  let pageUpTo = 2_000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = (argv[++i] ?? '').split(',').map((text) => Number(text.trim()));
    else if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--baseline') baseline = path.resolve(argv[++i] ?? '');
    else if (argv[i] === '--page-up-to') pageUpTo = Number(argv[++i]);
    else throw new Error(`unknown option "${argv[i]}": use --sizes 500,2000, --seed 1, --runs 5, --baseline <other bin/loadline.js>, --page-up-to 2000`);
  }
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 8)) {
    throw new Error('--sizes takes whole numbers of people (at least 8), comma-separated without spaces in numbers: --sizes 500,2000');
  }
  if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, at least 1');
  return { sizes, seed, runs, baseline, pageUpTo };
}

/** Runs one phase in a child process and waits for its outcome. */
function runInChild(request: PhaseRequest): Promise<PhaseOutcome> {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, 'measure-phase.ts'), [JSON.stringify(request)], {
      execArgv: ['--expose-gc', '--max-old-space-size=8192', '--require', require.resolve('tsx/cjs')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let outcome: PhaseOutcome | undefined;
    child.on('message', (message) => {
      outcome = message as PhaseOutcome;
    });
    child.on('exit', (code, signal) => {
      resolve(outcome ?? { status: 'error', message: `child process ended (${signal ?? `exit code ${code}`}) without a result` });
    });
  });
}

const megabytes = (bytes: number): string => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1_048_576).toFixed(1)} MB`;
const duration = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms).toLocaleString('en-GB')} ms`);

function row(cells: readonly string[]): string {
  const widths = [22, 10, 12, 12];
  return cells.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
}

function describeOutcome(outcome: PhaseOutcome): string[] {
  switch (outcome.status) {
    case 'ok': return [duration(outcome.ms), megabytes(outcome.peakRssGrowth), megabytes(outcome.retainedHeap), outcome.note];
    case 'n/a': return ['n/a', '', '', outcome.reason];
    case 'error': return ['error', '', '', outcome.message];
  }
}

/** The modelled latency of one Excel round trip in the live-check measurement. */
const LIVE_SYNC_LATENCY_MS = 50;

async function benchSize(people: number, options: Options, folder: string): Promise<void> {
  const { seed } = options;
  const started = performance.now();
  const raw = generateOrganisation(people, seed);
  const file = path.join(folder, `organisation-${people}-seed${seed}.xlsx`);
  const bytes = await writeXlsx(raw, { author: 'Loadline benchmark' });
  await writeFile(file, bytes);
  console.log(`\n${describeOrganisation(raw)}`);
  console.log(`  (.xlsx ${(bytes.byteLength / 1e6).toFixed(1)} MB, generated and saved in ${duration(performance.now() - started)})`);
  console.log(row(['  phase', 'time', 'peak RSS +', 'retained', 'note']));
  let blockedBy: string | undefined;
  for (const [index, phase] of PHASES.entries()) {
    const outcome: PhaseOutcome = blockedBy
      ? { status: 'n/a', reason: `needs ${blockedBy}` }
      : await runInChild({ file, asOf: STATUS_DATE, phase: index });
    if (outcome.status !== 'ok' && !blockedBy) blockedBy = phase.name;
    console.log(row([`  ${phase.name}`, ...describeOutcome(outcome)]));
  }
  await benchWholeRuns(file, people, options);
  if (people <= WHAT_IF_MAX_PEOPLE) {
    try {
      const times = await timeWhatIfInPane(file, STATUS_DATE);
      console.log(`  what-if in the pane (headless Chromium), click to painted frame; target under 300 ms at 500 people:`);
      for (const toggle of times.toggles) console.log(`    ${toggle.what.padEnd(48)}${duration(toggle.ms)}`);
    } catch (error) {
      console.log(`  what-if in the pane: n/a (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }
  if (people <= options.pageUpTo) {
    try {
      const { edits } = await timeLiveCheckInPane(raw, STATUS_DATE, LIVE_SYNC_LATENCY_MS);
      const shown = edits.map((ms) => duration(ms)).join(', ');
      console.log(`  live: edit → pane     ${shown}  (headless Chromium, Excel fake at ${LIVE_SYNC_LATENCY_MS} ms a round trip; edit to painted figures, 0.5 s quiet time included; targets 1 s at 500 people, 2.5 s at 2,000)`);
    } catch (error) {
      console.log(`  live: edit → pane: n/a (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }
}

/** The whole CLI `check --out` (and the baseline build beside it), then the standalone page. */
async function benchWholeRuns(file: string, people: number, options: Options): Promise<void> {
  const clis: [string, string][] = [['CLI check --out', OWN_CLI], ...(options.baseline ? [['baseline CLI', options.baseline] as [string, string]] : [])];
  try {
    const measures = await measureClis(clis.map(([, cli]) => cli), file, STATUS_DATE, options.runs);
    measures.forEach(({ medianMs, peakRssBytes, all }, k) => {
      const taking = clis.length > 1 ? ', taking turns with the other build' : '';
      console.log(row([`  ${clis[k][0]}`, duration(medianMs), `${(peakRssBytes / 1_048_576).toFixed(0)} MB peak`, '', `median of ${all.length} runs${taking} (${all.map((r) => duration(r.ms)).join(', ')}); peak = whole process, largest of the runs`]));
    });
    if (measures.length > 1) console.log(row(['  CLI / baseline', (measures[0].medianMs / measures[1].medianMs).toFixed(2), '', '', 'the CLI\'s median time as a share of the baseline\'s']));
  } catch (error) {
    console.log(row(['  CLI check --out', 'error', '', '', error instanceof Error ? error.message : String(error)]));
  }
  if (people > options.pageUpTo) return;
  try {
    const { medianMs, all } = await measureStandalonePage(file, STATUS_DATE, options.runs);
    const runs = all.map((r) => `${duration(r.total)} = ${duration(r.open)} + ${duration(r.check)} + ${duration(r.download)}`).join('; ');
    console.log(row(['  standalone page', duration(medianMs), '', '', `open + check + download in headless Chromium, median of ${all.length} (${runs})`]));
  } catch (error) {
    console.log(row(['  standalone page', 'error', '', '', error instanceof Error ? error.message : String(error)]));
  }
}

// The pane re-analyses in a browser tab: measured where the target is set (500 people) and at 2,000.
const WHAT_IF_MAX_PEOPLE = 2_000;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  console.log(`Loadline benchmark — status date ${STATUS_DATE}, 156-week horizon, seed ${options.seed}, Node ${process.version}`);
  console.log(METHOD);
  console.log('\nPhases:');
  for (const phase of PHASES) console.log(`  ${phase.name.padEnd(22)}${phase.what}`);
  const folder = await mkdtemp(path.join(tmpdir(), 'loadline-bench-'));
  // The page's runs drive the browser the tests drive: on a machine with no Chromium installed,
  // the one @sparticuz/chromium carries, unpacked for this run and deleted after it (or, when the
  // bench is stopped before its end, by the next run of the bench or the tests).
  const chromium = chooseChromium();
  process.env[RUN_CHROMIUM_VARIABLE] = JSON.stringify(chromium);
  try {
    // The whole-CLI runs time the bundled CLI: build it from the sources as they are now (npm run build:cli).
    const root = path.join(__dirname, '..');
    execFileSync(process.execPath, [require.resolve('webpack/bin/webpack.js'), '--config', path.join(root, 'webpack.cli.config.js')], { stdio: 'inherit', cwd: root });
    for (const size of options.sizes) await benchSize(size, options, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
    releaseChromium(chromium);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
