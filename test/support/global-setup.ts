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
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-bundled-chromium-'));
  try {
    return { location: unpackBundledChromium(folder, ROOT) };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    return { missing: (error as Error).message };
  }
}
