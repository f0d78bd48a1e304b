/**
 * Jest reporter: one line per missing requirement naming the suites skipped for it, e.g.
 * "Skipped for want of LibreOffice (soffice/libreoffice not on the PATH …):
 * test/e2e/libreoffice.test.ts (2 tests)". Suites mark themselves through the title tag that
 * test/support/requirement.ts gives a skipped suite. Jest always prints its summary after every
 * reporter, so the lines are handed (in the main process's environment) to global teardown,
 * which runs after the summary and prints them as the run's closing lines. Plain JavaScript
 * because jest loads reporters without its transform.
 */
'use strict';
const path = require('path');

/** Must match SKIP_TAG in test/support/requirement.ts. */
const SKIP_TAG = '[skipped: no ';
/** Must match SKIPPED_LINES_VARIABLE in test/support/global-teardown.ts. */
const SKIPPED_LINES_VARIABLE = 'LOADLINE_SKIPPED_SUITES';

class SkippedReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  /** Lists the skipped suites, grouped by what they lacked, for global teardown to print. */
  onRunComplete(_contexts, results) {
    /** "LibreOffice: why" → { files, tests } */
    const byReason = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const title = test.ancestorTitles[0] || '';
        if (test.status !== 'pending' || !title.startsWith(SKIP_TAG)) continue;
        const reason = title.slice(SKIP_TAG.length, title.indexOf('] '));
        const entry = byReason.get(reason) || { files: new Set(), tests: 0 };
        entry.files.add(path.relative(this.rootDir, file.testFilePath));
        entry.tests += 1;
        byReason.set(reason, entry);
      }
    }
    const lines = [...byReason].map(([reason, { files, tests }]) => {
      const colon = reason.indexOf(': ');
      return `Skipped for want of ${reason.slice(0, colon)} (${reason.slice(colon + 2)}): ${[...files].join(', ')} (${tests} test${tests === 1 ? '' : 's'})`;
    });
    process.env[SKIPPED_LINES_VARIABLE] = lines.join('\n');
  }
}

module.exports = SkippedReporter;
