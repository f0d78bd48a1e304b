/**
 * The README's first command: `npx loadline check examples/sample.xlsx` through the package's bin,
 * as a new user runs it after `npm ci` (which bundles the CLI into lib/loadline.js through "prepare").
 */
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'loadline.js');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'lib', 'loadline.js'))) execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT });
});

describe('the loadline bin', () => {
  it('checks the bundled sample through npx, as the README says, and prints the JSON report', () => {
    const run = spawnSync('npx', ['loadline', 'check', 'examples/sample.xlsx', '--json', '-'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    // The sample's Settings set the status date.
    expect(report.asOf).toBe('2026-03-02');
    const kinds = new Set(report.conflicts.map((c: { kind: string }) => c.kind));
    expect([...kinds].sort()).toEqual([
      'COVERAGE_GAP', 'LOW_CPI', 'LOW_SPI', 'NO_ASSIGNMENTS', 'OPS_AT_RISK', 'OUTSIDE_EMPLOYMENT', 'OUTSIDE_PROJECT',
      'OVERALLOCATED', 'OVER_BUDGET', 'SCHEDULE_SLIP', 'SCOPE_AT_RISK',
    ]);
  });

  it('exits 2 with a message and no stack trace for a missing file', () => {
    const run = spawnSync('node', [BIN, 'check', 'missing.xlsx'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('loadline: cannot find missing.xlsx\n');
  });

  (process.platform === 'linux' ? it : it.skip)('puts V8\'s helper threads ten steps of nice below the check, and only them', () => {
    // A probe loaded before the bin reads every thread's nice value as the run ends.
    const folder = mkdtempSync(join(tmpdir(), 'loadline-nice-'));
    try {
      const probe = join(folder, 'probe.js');
      writeFileSync(probe, `process.on('exit', () => {
        const fs = require('fs');
        const nice = (task) => Number(fs.readFileSync('/proc/self/task/' + task + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
        const rows = fs.readdirSync('/proc/self/task').map((task) => [Number(task) === process.pid ? 'main' : 'other', nice(task)]);
        process.stderr.write('NICE ' + JSON.stringify(rows) + '\\n');
      });`);
      const run = spawnSync('node', ['--require', probe, BIN, 'check', 'examples/sample.xlsx', '--out', join(folder, 'out.xlsx')], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(0);
      const rows = JSON.parse(/NICE (.*)/.exec(run.stderr)?.[1] ?? '[]') as [string, number][];
      const main = rows.find(([who]) => who === 'main')?.[1] as number;
      const others = rows.filter(([who]) => who !== 'main').map(([, nice]) => nice);
      // Node starts V8's four helper threads with the process.
      expect(others.filter((nice) => nice === Math.min(19, main + 10)).length).toBeGreaterThanOrEqual(4);
      // zlib's pool, started later for the output, keeps the check's priority.
      expect(others.filter((nice) => nice === main).length).toBeGreaterThanOrEqual(1);
      expect(others.every((nice) => nice === main || nice === Math.min(19, main + 10))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps V8\'s compiled code beside the bundle after a run, uses it, and runs on when it is damaged or cannot be written', () => {
    // A copy of the installed CLI, so this test's cache files meet no other test's runs.
    const home = mkdtempSync(join(tmpdir(), 'loadline-bin-'));
    try {
      mkdirSync(join(home, 'bin'));
      mkdirSync(join(home, 'lib'));
      copyFileSync(BIN, join(home, 'bin', 'loadline.js'));
      copyFileSync(join(ROOT, 'lib', 'loadline.js'), join(home, 'lib', 'loadline.js'));
      const cache = join(home, 'lib', 'loadline.js.cache');
      const check = () => spawnSync('node', [join(home, 'bin', 'loadline.js'), 'check', 'examples/sample.xlsx', '--json', '-'], { cwd: ROOT, encoding: 'utf8' });
      const first = check();
      expect(first.status).toBe(0);
      expect(existsSync(cache)).toBe(true);
      const made = readFileSync(cache);
      expect(made.length).toBeGreaterThan(10_000);
      // With the cache: the same report, and the cache is the same file (V8 took it: a refused one is replaced).
      const file = statSync(cache).ino;
      const second = check();
      expect(second.stdout).toBe(first.stdout);
      expect(statSync(cache).ino).toBe(file);
      expect(readFileSync(cache).equals(made)).toBe(true);
      // A damaged cache is refused by V8: the same report, and a sound cache replaces it.
      writeFileSync(cache, Buffer.alloc(made.length, 7));
      const damaged = statSync(cache).ino;
      expect(check().stdout).toBe(first.stdout);
      expect(statSync(cache).ino).not.toBe(damaged);
      expect(readFileSync(cache).subarray(0, 64).equals(Buffer.alloc(64, 7))).toBe(false);
      // A cache that cannot be written (here a directory stands where it goes): the run goes on, and leaves no partial file.
      rmSync(cache);
      mkdirSync(cache);
      const unwritable = check();
      expect(unwritable.status).toBe(0);
      expect(unwritable.stdout).toBe(first.stdout);
      expect(readdirSync(join(home, 'lib')).sort()).toEqual(['loadline.js', 'loadline.js.cache']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
