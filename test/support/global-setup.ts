/**
 * Jest global setup: chooses the run's Chromium once, before any worker starts, and hands it to
 * the workers through an environment variable (they inherit the main process's environment).
 * Never throws: with no Chromium the browser suites are skipped and say why at the end.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findInstalledChromium, RUN_CHROMIUM_VARIABLE, type RunChromium } from './chromium';
import { hasBundledChromium, unpackBundledChromium } from './bundled-chromium';

const ROOT = path.resolve(__dirname, '..', '..');

/** The unpacked Chromium's folder in the temp folder: this prefix, the unpacking process's id, a dash. */
export const UNPACK_PREFIX = 'loadline-bundled-chromium-';

/** Records the run's Chromium in LOADLINE_RUN_CHROMIUM, unpacking @sparticuz/chromium when nothing else is installed. */
export default function globalSetup(): void {
  process.env[RUN_CHROMIUM_VARIABLE] = JSON.stringify(chooseChromium());
}

/**
 * CHROMIUM_PATH, else a Chromium on the PATH, else the bundled one unpacked into a fresh temporary
 * folder (the caller removes `location.unpackedTo` when done). Also used by `npm run bench`.
 */
export function chooseChromium(): RunChromium {
  const installed = findInstalledChromium();
  if (installed) return { location: installed };
  if (!hasBundledChromium()) {
    return { missing: `no CHROMIUM_PATH, no chromium on the PATH, and @sparticuz/chromium has no build for ${process.platform}-${process.arch}` };
  }
  removeAbandonedUnpacks(os.tmpdir());
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${UNPACK_PREFIX}${process.pid}-`));
  try {
    return { location: unpackBundledChromium(folder, ROOT) };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    return { missing: (error as Error).message };
  }
}

/**
 * Deletes the Chromiums (about 230 MB each) that runs stopped before their end left in `tmp`: a
 * test run or bench stopped with Ctrl+C, or killed, never reaches the step that deletes its own.
 * A folder is abandoned when the process named in it no longer runs; a running one's is kept.
 */
export function removeAbandonedUnpacks(tmp: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(UNPACK_PREFIX)) continue;
    const pid = /^(\d+)-/.exec(name.slice(UNPACK_PREFIX.length))?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
    } catch {
      // Another user's, in a shared temp folder: theirs to delete.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
