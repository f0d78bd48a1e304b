/**
 * A browser launch that fails must not leave jest running: before this was fixed, the static
 * server the pane browser had started stayed open after Chromium failed to start, and an in-band
 * jest ("Jest did not exit one second after the test run has completed") waited forever. Each
 * case runs a real browser suite (fixtures/failed-launch.suite.ts) in a child jest, in band and
 * without --forceExit, with CHROMIUM_PATH set to something that is not a browser.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { ensureBuild, ROOT } from './support/ensure-build';

/** Far above the few seconds the child needs, far below "forever". */
const EXIT_BOUND_MS = 90_000;

interface ChildRun {
  readonly code: number | null;
  /** True when the child had to be killed because it outlived the bound. */
  readonly hung: boolean;
  readonly output: string;
}

function runFixture(chromiumPath: string): Promise<ChildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: chromiumPath };
  for (const name of ['LOADLINE_RUN_CHROMIUM', 'LOADLINE_REQUIRE_CHROMIUM', 'LOADLINE_REQUIRE_LIBREOFFICE', 'LOADLINE_SKIPPED_SUITES']) delete env[name];
  const child = spawn(process.execPath, [
    require.resolve('jest/bin/jest'), '--runInBand', '--ci', '--colors=false',
    '--testMatch', '**/e2e/fixtures/failed-launch.suite.ts',
  ], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  return new Promise((resolve) => {
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, EXIT_BOUND_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, hung, output });
    });
  });
}

describe('a failed browser launch', () => {
  // Built here so the child jest never has to build (which could take most of the bound).
  beforeAll(() => ensureBuild(), 300_000);

  it.each([
    ['a path where no file exists', path.join(ROOT, 'no-such-chromium'), /Failed to launch|doesn't exist/],
    ['a program that exits at once', '/bin/false', /Failed to launch|closed/i],
  ])('fails the suite and lets jest exit on its own when CHROMIUM_PATH is %s', async (_case, chromiumPath, launchError) => {
    const run = await runFixture(chromiumPath);
    expect({ hung: run.hung, code: run.code }).toEqual({ hung: false, code: 1 });
    expect(run.output).toMatch(launchError);
    expect(run.output).toMatch(/Tests:\s+1 failed, 1 total/);
    expect(run.output).not.toMatch(/did not exit/);
  }, EXIT_BOUND_MS + 30_000);
});
