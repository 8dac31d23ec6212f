/**
 * Adds up Vitest JSON reports into the one line CI reads: `N passed, N failed`.
 *
 * Run as `node tests/support/test-summary.ts REPORT.json...`; prints the line and exits non-zero
 * when anything failed. A test file that failed before any of its tests ran (an import error, a
 * throwing `beforeAll` with no tests collected) counts as one failed test, and so do a run that
 * failed with no failed test in its report (an unhandled error) and a report that is missing: a
 * run that did not report cannot be counted as passing.
 */
import { readFile } from 'node:fs/promises';

/** The parts of Vitest's JSON report that the summary reads. */
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

export interface TestCounts {
  passed: number;
  failed: number;
}

/** Passed and failed tests in one report, counting failures that no single test shows. */
export function countReport(report: VitestJsonReport): TestCounts {
  const brokenFiles = report.testResults.filter(
    (file) =>
      file.status === 'failed' && !file.assertionResults.some(({ status }) => status === 'failed'),
  ).length;
  let failed = report.numFailedTests + brokenFiles;
  if (!report.success && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed };
}

/** The line CI reads. */
export function formatCounts({ passed, failed }: TestCounts): string {
  return `${passed} passed, ${failed} failed`;
}

/** Sums the reports in `files`; a file that is missing or unreadable counts as one failure. */
export async function summarizeReports(
  files: string[],
): Promise<TestCounts & { unreadable: string[] }> {
  const total = { passed: 0, failed: 0, unreadable: [] as string[] };
  for (const file of files) {
    let report: VitestJsonReport;
    try {
      report = JSON.parse(await readFile(file, 'utf8')) as VitestJsonReport;
    } catch {
      total.unreadable.push(file);
      total.failed += 1;
      continue;
    }
    const counts = countReport(report);
    total.passed += counts.passed;
    total.failed += counts.failed;
  }
  return total;
}

if (import.meta.main) {
  const { unreadable, ...counts } = await summarizeReports(process.argv.slice(2));
  for (const file of unreadable) console.error(`test-summary: no readable report at ${file}`);
  console.log(formatCounts(counts));
  process.exitCode = counts.failed > 0 ? 1 : 0;
}
