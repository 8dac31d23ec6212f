import { describe, expect, test } from 'vitest';
import type { StepResult } from './measure-step.ts';
import { checkBudgets, formatSize, summaryJson, type SizeResult } from './report.ts';

const step = (name: string, seconds: number, exitCode = 0, machineCpuSeconds = seconds, stolenSeconds = 0): StepResult => ({
  name, seconds, cpuSeconds: seconds, machineCpuSeconds, stolenSeconds, maxRssMiB: 1000, treeRssMiB: 1200, loadAtStart: 1, exitCode,
});
const site = { bytes: 2 * 1024 * 1024, pages: 20, pagefindBytes: 1024 * 1024, pagefindFiles: 7 };
const words = { common: { word: 'Terrormiliz', texts: 80 }, rare: { word: 'Walter', texts: 1 } };

/** One size of the benchmark as run.ts collects it: the pipeline's steps, the baseline's, the sites. */
function sizeResult(overrides: Partial<SizeResult>): SizeResult {
  return {
    articles: 10_000,
    generateSeconds: 1,
    pipelineRuns: [{ round: 1, steps: [step('ingest', 10), step('astro build', 80), step('search index', 0)] }],
    baselineRuns: [{ round: 1, steps: [step('astro build', 25), step('pagefind', 15)] }],
    site,
    baselineSite: site,
    words,
    ...overrides,
  };
}

describe('the benchmark report', () => {
  test('compares the pipeline with the baseline when every step succeeded', () => {
    const result = sizeResult({});
    const [size] = JSON.parse(summaryJson([result])).sizes;
    expect(size).toMatchObject({ articles: 10_000, totalSeconds: 90, baselineSeconds: 40, ratio: 2.25, pages: 20 });
    expect(checkBudgets(result).map((check) => [check.name, check.holds])).toEqual([
      ['every pipeline step succeeds', true], ['every baseline step succeeds', true], ['pipeline vs baseline', false],
    ]);
  });

  test('takes the CPU ratio from the machine busy time, which counts the processes a step leaves behind', () => {
    // The build's Pagefind indexer is closed, not waited for: /usr/bin/time counts 80 s, the machine 110 s.
    const result = sizeResult({ pipelineRuns: [{ round: 1, steps: [step('ingest', 10), step('astro build', 80, 0, 110), step('search index', 0)] }] });
    const [size] = JSON.parse(summaryJson([result])).sizes;
    expect(size).toMatchObject({ ratio: 2.25, cpuRatio: 3 });
    const table = formatSize(result);
    expect(table).toMatch(/\| astro build +\| +80\.0 \| +80\.0 \| +110\.0 \|/);
    expect(table).toMatch(/\| \*\*pipeline total\*\* +\| +90\.0 \| +90\.0 \| +120\.0 \|/);
    expect(table).toMatch(/\| ratio pipeline \/ baseline +\| +2\.25× \| +\| +3\.00× \|/);
  });

  test('compares the pipeline with the mean of the baseline runs before and after it', () => {
    // The machine slowed down while the pipeline ran: the baseline took 40 s before it, 60 s after.
    const result = sizeResult({
      baselineRuns: [
        { round: 1, steps: [step('astro build', 25), step('pagefind', 15)] },
        { round: 2, steps: [step('astro build', 40, 0, 44), step('pagefind', 20)] },
      ],
    });
    const [size] = JSON.parse(summaryJson([result])).sizes;
    expect(size).toMatchObject({ totalSeconds: 90, baselineSeconds: 50, ratio: 1.8, cpuRatio: 1.73, runs: 1, roundRatios: [1.8] });
    const table = formatSize(result);
    expect(table).toMatch(/\| baseline 1: astro build +\| +25\.0 \|/);
    expect(table).toMatch(/\| baseline 2: pagefind +\| +20\.0 \|/);
    expect(table).toMatch(/\| \*\*baseline total\*\* \(mean of the runs\) +\| +50\.0 \| +50\.0 \| +52\.0 \|/);
  });

  test('takes the mean of alternating pipeline and baseline runs, and each pipeline run against the baselines beside it', () => {
    // baseline 40 s, pipeline 90 s, baseline 60 s, pipeline 70 s, baseline 40 s.
    const result = sizeResult({
      pipelineRuns: [
        { round: 1, steps: [step('ingest', 10), step('astro build', 80), step('search index', 0)] },
        { round: 2, steps: [step('ingest', 8), step('astro build', 62, 0, 100), step('search index', 0)] },
      ],
      baselineRuns: [
        { round: 1, steps: [step('astro build', 25), step('pagefind', 15)] },
        { round: 2, steps: [step('astro build', 40), step('pagefind', 20)] },
        { round: 3, steps: [step('astro build', 25), step('pagefind', 15)] },
      ],
    });
    const [size] = JSON.parse(summaryJson([result])).sizes;
    // (90 + 70) / 2 = 80 against (40 + 60 + 40) / 3 = 46.7; 90 / 50 and 70 / 50.
    expect(size).toMatchObject({ totalSeconds: 80, baselineSeconds: 46.7, ratio: 1.71, runs: 2, roundRatios: [1.8, 1.4] });
    const table = formatSize(result);
    expect(table).toMatch(/\| pipeline 1: ingest +\| +10\.0 \|/);
    expect(table).toMatch(/\| pipeline 2: astro build +\| +62\.0 \| +62\.0 \| +100\.0 \|/);
    expect(table).toMatch(/\| \*\*pipeline total\*\* \(mean of the runs\) +\| +80\.0 \| +80\.0 \| +99\.0 \|/);
    expect(table).toMatch(/\| each pipeline run \/ the baseline runs beside it +\| 1\.80×, 1\.40× \|/);
    expect(table).toMatch(/\| ratio without ingest +\| +1\.52× \|/);
  });

  test('shows the CPU time other virtual machines took during each step, and its mean per side', () => {
    const result = sizeResult({
      pipelineRuns: [
        { round: 1, steps: [step('ingest', 10, 0, 20, 1), step('astro build', 80, 0, 150, 30)] },
        { round: 2, steps: [step('ingest', 10, 0, 20, 3), step('astro build', 70, 0, 140, 6)] },
      ],
      baselineRuns: [
        { round: 1, steps: [step('astro build', 40, 0, 40, 2), step('pagefind', 20)] },
        { round: 2, steps: [step('astro build', 40, 0, 40, 0.5), step('pagefind', 20, 0, 20, 0.5)] },
        { round: 3, steps: [step('astro build', 40), step('pagefind', 20)] },
      ],
    });
    const table = formatSize(result);
    expect(table).toMatch(/\| step +\| +wall s \| +CPU s \(process\) \| +CPU s \(machine\) \| +CPU s stolen \|/);
    expect(table).toMatch(/\| pipeline 1: astro build +\| +80\.0 \| +80\.0 \| +150\.0 \| +30\.0 \|/);
    // Pipeline (31 + 9) / 2 = 20; baseline (2 + 1 + 0) / 3 = 1.
    expect(table).toMatch(/\| \*\*pipeline total\*\* \(mean of the runs\) +\| +85\.0 \| +85\.0 \| +165\.0 \| +20\.0 \|/);
    expect(table).toMatch(/\| \*\*baseline total\*\* \(mean of the runs\) +\| +60\.0 \| +60\.0 \| +60\.0 \| +1\.0 \|/);
  });

  test('names the failed step of a later pipeline run, and gives no ratio', () => {
    const result = sizeResult({
      pipelineRuns: [
        { round: 1, steps: [step('ingest', 10), step('astro build', 80), step('search index', 0)] },
        { round: 2, steps: [step('ingest', 8), step('astro build', 20, 134)] },
      ],
    });
    expect(checkBudgets(result)[0]).toMatchObject({ measured: 'pipeline 2: astro build: 134', holds: false });
    expect(JSON.parse(summaryJson([result])).sizes[0]).toMatchObject({ ratio: null, roundRatios: [] });
  });

  test('gives no ratio when a step of either baseline run failed', () => {
    const result = sizeResult({
      baselineRuns: [
        { round: 1, steps: [step('astro build', 25), step('pagefind', 15)] },
        { round: 2, steps: [step('astro build', 3, 1), step('pagefind', 0.1)] },
      ],
    });
    expect(JSON.parse(summaryJson([result])).sizes[0]).toMatchObject({ baselineSeconds: null, ratio: null, cpuRatio: null });
    expect(checkBudgets(result)[1]).toMatchObject({ measured: 'baseline 2: astro build: 1', holds: null });
  });

  test('reports a failed baseline without a ratio, and without failing the pipeline', () => {
    // At 100,000 entries a bare Astro site cannot write its data store and leaves no dist/.
    const result = sizeResult({ articles: 100_000, baselineRuns: [{ round: 1, steps: [step('astro build', 84, 1), step('pagefind', 0.1, 1)] }], baselineSite: undefined });
    const [size] = JSON.parse(summaryJson([result])).sizes;
    expect(size).toMatchObject({ articles: 100_000, totalSeconds: 90, baselineSeconds: null, ratio: null, cpuRatio: null, pages: 20 });
    const checks = checkBudgets(result);
    expect(checks[0]).toMatchObject({ name: 'every pipeline step succeeds', holds: true });
    expect(checks[1]).toMatchObject({ measured: 'baseline 1: astro build: 1, baseline 1: pagefind: 1', holds: null });
    expect(checks[2]).toMatchObject({ name: 'pipeline vs baseline', measured: 'no ratio: a step failed', holds: null });
    const table = formatSize(result);
    expect(table).toMatch(/\| baseline 1: astro build \(\*\*failed\*\*, exit 1\) +\| +84\.0 \|/);
    expect(table).toMatch(/\| baseline +\| +not built \|/);
    expect(table).toMatch(/\| ratio pipeline \/ baseline +\| +– \|/);
  });

  test('fails the first check when a step of the pipeline failed', () => {
    const result = sizeResult({ pipelineRuns: [{ round: 1, steps: [step('ingest', 10), step('astro build', 80, 137)] }], site: undefined });
    expect(checkBudgets(result)[0]).toMatchObject({ measured: 'astro build: 137', holds: false });
    expect(JSON.parse(summaryJson([result])).sizes[0]).toMatchObject({ ratio: null, distMiB: null, pages: null });
  });
});
