/**
 * The whole CLI as a user runs it, `loadline check <file> --out <copy>`: wall time of the
 * process (Node start-up, read, check, write, exit) and its peak resident memory, median of
 * several runs. Another build of the CLI (e.g. main before a change) can run beside it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** One run's figures. */
export interface CliRun {
  readonly ms: number;
  readonly peakRssBytes: number;
}

/** The repo's own CLI entry point (runs the compiled lib/, built by `npm run build:cli`). */
export const OWN_CLI = path.join(__dirname, '..', 'bin', 'loadline.js');
const PRELOAD = path.join(__dirname, 'max-rss.js');

/** Runs `cli check file --out … --as-of asOf` once. */
export async function runCliOnce(cli: string, file: string, asOf: string): Promise<CliRun> {
  const folder = await mkdtemp(path.join(tmpdir(), 'loadline-bench-cli-'));
  try {
    const started = performance.now();
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', PRELOAD, cli, 'check', file, '--out', path.join(folder, 'out.xlsx'), '--as-of', asOf], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString('utf8'); });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(err) : reject(new Error(`${cli} exited ${code}: ${err.trim().split('\n')[0]}`))));
    });
    const ms = performance.now() - started;
    const kb = Number(/loadline-bench-max-rss-kb (\d+)/.exec(stderr)?.[1]);
    return { ms, peakRssBytes: kb * 1024 };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** One build's runs: the median run (by time), the largest peak memory, and every run in order. */
export interface CliMeasure {
  readonly medianMs: number;
  readonly peakRssBytes: number;
  readonly all: CliRun[];
}

/**
 * `runs` runs of each CLI, taking turns (A, B, A, B, …): this machine's speed drifts from minute to
 * minute, and builds timed one after the other would each meet a different machine.
 */
export async function measureClis(clis: readonly string[], file: string, asOf: string, runs: number): Promise<CliMeasure[]> {
  const all: CliRun[][] = clis.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, cli] of clis.entries()) all[k].push(await runCliOnce(cli, file, asOf));
  }
  return all.map((list) => {
    const times = list.map((run) => run.ms).sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)], peakRssBytes: Math.max(...list.map((run) => run.peakRssBytes)), all: list };
  });
}
