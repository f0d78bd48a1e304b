/**
 * Jest global teardown: prints the closing lines naming the suites skipped for want of
 * LibreOffice or Chromium (collected by test/support/skipped-reporter.js; teardown is the one
 * hook that runs after jest's summary), and removes the Chromium global setup unpacked (about
 * 230 MB in the temp folder).
 */
import * as fs from 'fs';
import { RUN_CHROMIUM_VARIABLE, type RunChromium } from './chromium';

/** Where the skipped-suites reporter leaves its lines; must match test/support/skipped-reporter.js. */
export const SKIPPED_LINES_VARIABLE = 'LOADLINE_SKIPPED_SUITES';

/** Prints the skipped suites and deletes this run's unpacked Chromium, if global setup made one. */
export default function globalTeardown(): void {
  const skipped = process.env[SKIPPED_LINES_VARIABLE];
  if (skipped) process.stderr.write(`${skipped}\n`);
  const recorded = process.env[RUN_CHROMIUM_VARIABLE];
  if (recorded) releaseChromium(JSON.parse(recorded) as RunChromium);
}

/** Deletes the Chromium `chooseChromium` unpacked, if it unpacked one. */
export function releaseChromium(run: RunChromium): void {
  if ('location' in run && run.location.unpackedTo) fs.rmSync(run.location.unpackedTo, { recursive: true, force: true });
}
