/**
 * Which Chromium the browser tests drive, in this order: the CHROMIUM_PATH environment variable;
 * a system Chromium or Chrome on the PATH; the Chromium that the @sparticuz/chromium devDependency
 * carries, unpacked once per jest run by global setup (test/support/global-setup.ts). Global setup
 * records its choice in an environment variable, which jest's workers inherit, so every test file
 * drives the same browser and nothing is unpacked twice.
 */
import { describeWhen, type Requirement } from './requirement';
import { findOnPath } from './which';

/** A Chromium to launch and the environment it needs. */
export interface ChromiumLocation {
  readonly executablePath: string;
  /** Added to the browser's environment: the bundled build's libraries and fonts; empty for a system Chromium. */
  readonly env: Readonly<Record<string, string>>;
  /** Where it came from, for messages: "CHROMIUM_PATH", "PATH" or "@sparticuz/chromium". */
  readonly source: string;
  /** The temporary folder global setup unpacked it into, removed by global teardown. */
  readonly unpackedTo?: string;
}

/** The run's choice: a Chromium, or one line saying why there is none. */
export type RunChromium = { readonly location: ChromiumLocation } | { readonly missing: string };

/** The environment variable through which global setup hands the run's Chromium to the workers. */
export const RUN_CHROMIUM_VARIABLE = 'LOADLINE_RUN_CHROMIUM';

const SYSTEM_CHROMIUMS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * CHROMIUM_PATH when set (used as given, even when wrong: the person asked for it), else a system
 * Chromium on the PATH, else null.
 */
export function findInstalledChromium(): ChromiumLocation | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, env: {}, source: 'CHROMIUM_PATH' };
  const onPath = findOnPath(SYSTEM_CHROMIUMS);
  return onPath ? { executablePath: onPath, env: {}, source: 'PATH' } : null;
}

/**
 * The Chromium global setup chose for this run. Outside a jest run with global setup (a test file
 * loaded some other way) it falls back to CHROMIUM_PATH or the PATH.
 */
export function runChromium(): RunChromium {
  const recorded = process.env[RUN_CHROMIUM_VARIABLE];
  if (recorded) return JSON.parse(recorded) as RunChromium;
  const installed = findInstalledChromium();
  return installed ? { location: installed } : { missing: 'no CHROMIUM_PATH, no chromium on the PATH, and jest global setup did not run to unpack @sparticuz/chromium' };
}

/** Chromium as a suite requirement. */
export const CHROMIUM: Requirement = {
  name: 'Chromium',
  missing: (() => {
    const run = runChromium();
    return 'missing' in run ? run.missing : null;
  })(),
  requiredBy: 'LOADLINE_REQUIRE_CHROMIUM',
};

/** `describe` for a suite that drives a browser: skipped, and named at the end, when no Chromium can be had. */
export const describeWithChromium = describeWhen(CHROMIUM);
