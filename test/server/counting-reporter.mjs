// Counts tests over every file and browser and writes the totals for scripts/test.mjs, which prints
// them as the plain "N passed, N failed" closing line that CI reads.
import { writeFileSync } from 'node:fs';

function count(suite, totals, file, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      // Named again at the end of the run, so a failure in one engine of three is easy to find.
      totals.failures.push(`${file}: ${[...path, test.name].join(' > ')}: ${test.error?.message ?? ''}`.slice(0, 400));
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, file, [...path, child.name]);
}

export function countingReporter(file = process.env.WTR_RESULTS ?? '.wtr-results.json') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0, failures: [] };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals, session.testFile.replace(process.cwd() + '/', ''));
        // A file that failed to load or threw outside a test has errors but maybe no tests.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.brokenFiles++;
          totals.failures.push(`${session.testFile.replace(process.cwd() + '/', '')}: ${session.errors[0]?.message ?? 'did not load'}`.slice(0, 400));
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
