/**
 * LibreOffice for the tests that open a workbook in a real spreadsheet application: optional on
 * a person's machine (those suites are skipped and named at the end of the run), required in CI
 * (`.ci/run` sets LOADLINE_REQUIRE_LIBREOFFICE=1, so a missing LibreOffice fails the run).
 *
 * @example
 * import { describeWithLibreOffice, soffice } from '../support/libreoffice';
 * describeWithLibreOffice('the annotated workbook in LibreOffice Calc', () => {
 *   it('…', () => { execFileSync(soffice!, ['--headless', '--convert-to', 'xlsx', file]); });
 * });
 */
import { describeWhen, type Requirement } from './requirement';
import { findOnPath } from './which';

/** The LibreOffice executable on the PATH (`soffice`, else `libreoffice`), or null when there is none. */
export const soffice: string | null = findOnPath(['soffice', 'libreoffice']);

/** LibreOffice as a suite requirement. */
export const LIBREOFFICE: Requirement = {
  name: 'LibreOffice',
  missing: soffice ? null : 'soffice/libreoffice not on the PATH (apt-get install libreoffice-calc)',
  requiredBy: 'LOADLINE_REQUIRE_LIBREOFFICE',
};

/** `describe` for a suite that runs LibreOffice: skipped without it, failed without it in CI. */
export const describeWithLibreOffice = describeWhen(LIBREOFFICE);
