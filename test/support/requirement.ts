/**
 * Suites that need something outside npm (a Chromium, LibreOffice) declare it with
 * `describeWhen`: the suite runs when the thing is there, is reported as skipped (never as
 * passed) when it is not, and fails when an environment variable says the run requires it (CI).
 * Skipped suites carry a tag in their title that the skipped-suites reporter lists at the end.
 */

/** What a suite needs and whether this machine has it. */
export interface Requirement {
  /** Short name shown to the user, e.g. "LibreOffice". */
  readonly name: string;
  /** Why it is missing and how to get it (one line), or null when it is available. */
  readonly missing: string | null;
  /** The environment variable that, set to 1, turns a skip into a failure, e.g. LOADLINE_REQUIRE_LIBREOFFICE. */
  readonly requiredBy: string;
}

/** The title prefix of a skipped suite; test/support/skipped-reporter.js matches on it. */
export const SKIP_TAG = '[skipped: no ';

/** True when the environment variable demands the requirement (CI). */
export function isRequired(requirement: Requirement): boolean {
  return process.env[requirement.requiredBy] === '1';
}

/**
 * `describe` when the requirement is met; otherwise `describe.skip` with the reason in the
 * title, or — when the run requires it — one failing test that says what is missing.
 * Decided when the test file loads, so a skipped suite's hooks never run.
 */
export function describeWhen(requirement: Requirement): (title: string, body: () => void) => void {
  const { missing } = requirement;
  if (missing === null) return (title, body) => describe(title, body);
  if (isRequired(requirement)) {
    return (title) => describe(title, () => {
      it(`has ${requirement.name} (${requirement.requiredBy}=1)`, () => {
        throw new Error(`${requirement.name} is required by ${requirement.requiredBy}=1 but missing: ${missing}`);
      });
    });
  }
  return (title, body) => describe.skip(`${SKIP_TAG}${requirement.name}: ${missing}] ${title}`, body);
}
