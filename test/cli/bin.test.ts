/**
 * The README's first command: `npx loadline check examples/sample.xlsx` through the package's bin,
 * as a new user runs it after `npm ci` (which bundles the CLI into lib/loadline.js through "prepare").
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
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
});
