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

/** The median run (by time) of `runs` runs, and the largest peak memory of them. */
export async function measureCli(cli: string, file: string, asOf: string, runs: number): Promise<{ medianMs: number; peakRssBytes: number; all: CliRun[] }> {
  const all: CliRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runCliOnce(cli, file, asOf));
  const times = all.map((run) => run.ms).sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], peakRssBytes: Math.max(...all.map((run) => run.peakRssBytes)), all };
}
