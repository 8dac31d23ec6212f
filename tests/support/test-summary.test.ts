import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { countReport, formatCounts, summarizeReports, type VitestJsonReport } from './test-summary.ts';

function makeReport(overrides: Partial<VitestJsonReport> = {}): VitestJsonReport {
  return {
    numPassedTests: 3,
    numFailedTests: 0,
    success: true,
    testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] }],
    ...overrides,
  };
}

describe('countReport', () => {
  test('counts the passed and failed tests of a report', () => {
    expect(countReport(makeReport({ numFailedTests: 2, success: false }))).toEqual({ passed: 3, failed: 2 });
  });

  test('counts a test file that failed before any test ran as one failure', () => {
    const report = makeReport({
      success: false,
      testResults: [{ name: 'broken.test.ts', status: 'failed', assertionResults: [] }],
    });
    expect(countReport(report)).toEqual({ passed: 3, failed: 1 });
  });

  test('counts a failed run without failed tests, such as an unhandled error, as one failure', () => {
    expect(countReport(makeReport({ success: false }))).toEqual({ passed: 3, failed: 1 });
  });
});

describe('summarizeReports', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  test('adds up several reports and counts a missing one as a failure', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'test-summary-'));
    folders.push(folder);
    await writeFile(join(folder, 'unit.json'), JSON.stringify(makeReport()));
    await writeFile(join(folder, 'site.json'), JSON.stringify(makeReport({ numPassedTests: 4, numFailedTests: 1, success: false })));
    const summary = await summarizeReports(['unit.json', 'site.json', 'none.json'].map((name) => join(folder, name)));
    expect(summary).toEqual({ passed: 7, failed: 2, unreadable: [join(folder, 'none.json')] });
    expect(formatCounts(summary)).toBe('7 passed, 2 failed');
  });
});
