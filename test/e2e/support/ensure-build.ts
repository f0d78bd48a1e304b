/**
 * Builds dist/ for the browser and manifest tests when it is missing or older than its inputs.
 * Test files may run in parallel workers, so the build holds a lock directory while it runs, and
 * dist/ is checked once per jest run: a later test file never rebuilds (and so never deletes)
 * files another worker is serving, even if someone edits src/ meanwhile.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The build output the tests serve. */
export const DIST = path.join(ROOT, 'dist');

const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'scripts/manifest-url.js', 'examples/sample.xlsx', 'package.json'];
const LOCK = path.join(os.tmpdir(), `loadline-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
/** Which jest run last checked dist/, and the build it saw. */
const STAMP = `${LOCK}.checked`;
const STALE_LOCK_MS = 5 * 60_000;

function newestInput(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stats = fs.statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return fs.readdirSync(file).reduce((newest, entry) => Math.max(newest, newestInput(path.join(file, entry))), stats.mtimeMs);
}

function isBuildMissing(): boolean {
  return !fs.existsSync(path.join(DIST, 'taskpane.html')) || !fs.existsSync(path.join(DIST, 'manifest.xml'));
}

/** True when dist/ lacks a build or an input changed after it was built. */
export function isBuildStale(): boolean {
  if (isBuildMissing()) return true;
  const built = path.join(DIST, 'taskpane.html');
  const builtAt = fs.statSync(built).mtimeMs;
  return INPUTS.some((input) => newestInput(path.join(ROOT, input)) > builtAt);
}

/**
 * This jest run (its main process: workers are its child processes; in band it is this one)
 * and the build in dist/ (when taskpane.html was written).
 */
function checkedStamp(): string {
  const run = typeof process.send === 'function' ? process.ppid : process.pid;
  const built = fs.statSync(path.join(DIST, 'taskpane.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return `${run}:${built}`;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `webpack --mode production` unless dist/ is up to date; throws with webpack's output when it fails. */
export function ensureBuild(): void {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than a build can take is left over from a crash.
      const lock = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === checkedStamp()) return;
    if (isBuildStale()) build();
    fs.writeFileSync(STAMP, checkedStamp());
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(): void {
  const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_URL: '' },
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
}
