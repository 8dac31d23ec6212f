/**
 * The benchmark's results as a readable table and as the one-line JSON summary. Pure.
 */
import type { BrowserReport, Transfer } from './measure-browser.ts';
import type { SiteStats } from './site-stats.ts';
import type { StepResult } from './measure-step.ts';
import type { RouteCost } from './build-log.ts';

/** Where a build spent its time, read from its log. */
export interface BuildLogSummary {
  phases: { phase: string; seconds: number }[];
  routes: RouteCost[];
}

export interface SizeResult {
  articles: number;
  generateSeconds: number;
  /**
   * The pipeline's runs, each from a scratch site of its own (ingest included), and the baseline's,
   * each in a folder of its own: one baseline run before each pipeline run and one after the last
   * (baseline 1, pipeline 1, baseline 2, pipeline 2, baseline 3). This machine's speed drifts (by a
   * third within minutes), so every figure is the mean of its side's runs, measured alternately.
   */
  pipelineRuns: Run[];
  baselineRuns: Run[];
  /** Absent when the step that builds the site failed. */
  site: SiteStats | undefined;
  /** The baseline site as its last run built it. */
  baselineSite: SiteStats | undefined;
  browser?: BrowserReport;
  words: { common: { word: string; texts: number }; rare: { word: string; texts: number } };
  buildLog?: BuildLogSummary;
  /** The log of the baseline's last astro build. */
  baselineBuildLog?: BuildLogSummary;
}

/** One run of the pipeline's or the baseline's steps, numbered from 1 in the order of its side. */
export interface Run {
  round: number;
  steps: StepResult[];
}

/** The budgets of issue 6, checked against one size's results. */
export interface BudgetCheck {
  name: string;
  limit: string;
  measured: string;
  holds: boolean | null;
}

export const budgets = {
  /** At 10,000 articles the full pipeline takes at most this multiple of the baseline. */
  ratio: 1.5,
  searchKB: 300,
  articlePageKB: 25,
};

/** The figures of a step that add up over steps. */
type StepMeasure = 'seconds' | 'cpuSeconds' | 'machineCpuSeconds' | 'stolenSeconds';
const sum = (steps: StepResult[], key: StepMeasure) => steps.reduce((total, step) => total + step[key], 0);
const peak = (steps: StepResult[]) => Math.max(0, ...steps.map((step) => Math.max(step.maxRssMiB, step.treeRssMiB)));
const kb = (bytes: number) => bytes / 1000;
const mib = (bytes: number) => bytes / 1024 / 1024;
const fixed = (value: number | null, digits = 1) => (value === null ? '–' : value.toFixed(digits));

const failedSteps = (steps: StepResult[]) => steps.filter((step) => step.exitCode !== 0);
const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length;
/** A run's step as the tables name it: "baseline 2: astro build"; a lone pipeline run's as "ingest". */
const stepName = (side: 'pipeline' | 'baseline', runs: Run[], run: Run, step: StepResult) =>
  side === 'pipeline' && runs.length === 1 ? step.name : `${side} ${run.round}: ${step.name}`;
/** The failed steps of a side's runs, as the tables name them. */
const failedRunSteps = (side: 'pipeline' | 'baseline', runs: Run[]) =>
  runs.flatMap((run) => failedSteps(run.steps).map((step) => ({ ...step, name: stepName(side, runs, run, step) })));

/**
 * Seconds, peak and ratio of one size. The baseline's figures are the mean of its runs; they and
 * the ratios are null when a step of either side failed: a failed step's seconds are not the time
 * the work takes. The CPU ratio is that of the machine's busy time, which counts every process of
 * a step (see `machineCpuSeconds`).
 */
export function totals(result: SizeResult) {
  const { pipelineRuns, baselineRuns } = result;
  const pipelineSteps = pipelineRuns.flatMap((run) => run.steps);
  const baselineSteps = baselineRuns.flatMap((run) => run.steps);
  const comparable = pipelineRuns.length > 0 && failedSteps(pipelineSteps).length === 0 && baselineRuns.length > 0 && failedSteps(baselineSteps).length === 0;
  const runMean = (runs: Run[], key: StepMeasure, keep = (_: StepResult) => true) => mean(runs.map((run) => sum(run.steps.filter(keep), key)));
  const baselineMean = (key: StepMeasure) => (comparable ? runMean(baselineRuns, key) : null);
  const totalSeconds = runMean(pipelineRuns, 'seconds');
  const withoutIngest = runMean(pipelineRuns, 'seconds', (step) => step.name !== 'ingest');
  const baselineSeconds = baselineMean('seconds');
  const machineCpuSeconds = runMean(pipelineRuns, 'machineCpuSeconds');
  const baselineMachineCpuSeconds = baselineMean('machineCpuSeconds');
  // Each pipeline run against the baseline runs on either side of it: how far the runs spread.
  const roundRatios = comparable
    ? pipelineRuns.map((run, index) => sum(run.steps, 'seconds') / mean(baselineRuns.slice(index, index + 2).map((around) => sum(around.steps, 'seconds'))))
    : [];
  return {
    cpuSeconds: runMean(pipelineRuns, 'cpuSeconds'),
    baselineCpuSeconds: baselineMean('cpuSeconds'),
    machineCpuSeconds,
    baselineMachineCpuSeconds,
    cpuRatio: baselineMachineCpuSeconds === null ? null : machineCpuSeconds / baselineMachineCpuSeconds,
    stolenSeconds: runMean(pipelineRuns, 'stolenSeconds'),
    baselineStolenSeconds: baselineMean('stolenSeconds'),
    totalSeconds,
    baselineSeconds,
    ratio: baselineSeconds === null ? null : totalSeconds / baselineSeconds,
    ratioWithoutIngest: baselineSeconds === null ? null : withoutIngest / baselineSeconds,
    roundRatios,
    peakMiB: peak(pipelineSteps),
    baselinePeakMiB: peak(baselineSteps),
  };
}

/** HTML and CSS of a page visit, the part the article-page budget counts. */
export function htmlAndCss(transfer: Transfer, key: 'raw' | 'gzip'): number {
  return transfer.byKind.html[key] + transfer.byKind.css[key];
}

export function checkBudgets(result: SizeResult): BudgetCheck[] {
  const { ratio, cpuRatio } = totals(result);
  const checks: BudgetCheck[] = [];
  const stepsMeasured = (failed: StepResult[]) => (failed.length === 0 ? 'all 0' : failed.map((step) => `${step.name}: ${step.exitCode}`).join(', '));
  const failed = failedRunSteps('pipeline', result.pipelineRuns);
  checks.push({ name: 'every pipeline step succeeds', limit: 'exit code 0', measured: stepsMeasured(failed), holds: failed.length === 0 });
  // Not a budget of the archive: a bare Astro site has limits of its own (at 100,000 entries its
  // single data-store file cannot be written), and without the baseline there is no ratio.
  const baselineFailed = failedRunSteps('baseline', result.baselineRuns);
  checks.push({ name: 'every baseline step succeeds', limit: 'exit code 0', measured: stepsMeasured(baselineFailed), holds: baselineFailed.length === 0 ? true : null });
  if (result.articles >= 10_000) {
    checks.push(ratio === null || cpuRatio === null
      ? { name: 'pipeline vs baseline', limit: `≤ ${budgets.ratio}×`, measured: 'no ratio: a step failed', holds: null }
      : { name: 'pipeline vs baseline', limit: `≤ ${budgets.ratio}×`, measured: `${fixed(ratio, 2)}× wall, ${fixed(cpuRatio, 2)}× CPU`, holds: ratio <= budgets.ratio });
  }
  const browser = result.browser;
  if (browser) {
    const search = Math.max(browser.search.common.gzip, browser.search.rare.gzip);
    const searchRaw = Math.max(browser.search.common.raw, browser.search.rare.raw);
    checks.push({
      name: 'first search transfers',
      limit: `≤ ${budgets.searchKB} KB`,
      measured: `${fixed(kb(search))} KB gzip, ${fixed(kb(searchRaw))} KB uncompressed`,
      holds: kb(search) <= budgets.searchKB,
    });
    const article = htmlAndCss(browser.article, 'gzip');
    checks.push({
      name: 'article page (HTML and CSS)',
      limit: `≤ ${budgets.articlePageKB} KB`,
      measured: `${fixed(kb(article))} KB gzip, ${fixed(kb(htmlAndCss(browser.article, 'raw')))} KB uncompressed`,
      holds: kb(article) <= budgets.articlePageKB,
    });
    const scripts = browser.article.files.filter((file) => file.kind === 'js').map((file) => file.path);
    checks.push({
      name: 'article page JavaScript',
      limit: 'none but search',
      measured: scripts.length === 0 ? 'none' : `${scripts.join(', ')} (${fixed(kb(browser.article.byKind.js.gzip))} KB gzip)`,
      holds: scripts.every((path) => path.startsWith('/pagefind/')) ? true : null,
    });
  }
  return checks;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => `${column === 0 ? ':' : '-'}${'-'.repeat(width)}${column === 0 ? '-' : ':'}`).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const times = (ratio: number | null) => (ratio === null ? '–' : `${fixed(ratio, 2)}×`);

function transferCells(transfer: Transfer): string[] {
  const part = (kind: keyof Transfer['byKind']) => (transfer.byKind[kind].requests === 0 ? '–' : fixed(kb(transfer.byKind[kind].gzip)));
  return [fixed(kb(transfer.gzip)), fixed(kb(transfer.raw)), part('html'), part('css'), part('js'), part('search-data'), String(transfer.requests)];
}

function stepRow(name: string, step: StepResult): string[] {
  return [step.exitCode === 0 ? name : `${name} (**failed**, exit ${step.exitCode})`, fixed(step.seconds), fixed(step.cpuSeconds ?? 0), fixed(step.machineCpuSeconds), fixed(step.stolenSeconds), fixed(step.maxRssMiB, 0), fixed(step.treeRssMiB, 0), fixed(step.loadAtStart ?? 0)];
}

/** The Markdown tables of one size. */
export function formatSize(result: SizeResult): string {
  const t = totals(result);
  const runRows = (side: 'pipeline' | 'baseline', runs: Run[]) => runs.flatMap((run) => run.steps.map((step) => stepRow(stepName(side, runs, run, step), step)));
  const meanLabel = (label: string, runs: Run[]) => (runs.length > 1 ? `${label} (mean of the runs)` : label);
  const stepRows = [
    ['step', 'wall s', 'CPU s (process)', 'CPU s (machine)', 'CPU s stolen', 'peak MiB (process)', 'peak MiB (tree)', 'load at start'],
    ...runRows('pipeline', result.pipelineRuns),
    [meanLabel('**pipeline total**', result.pipelineRuns), fixed(t.totalSeconds), fixed(t.cpuSeconds), fixed(t.machineCpuSeconds), fixed(t.stolenSeconds), fixed(t.peakMiB, 0), '', ''],
    ...runRows('baseline', result.baselineRuns),
    [meanLabel('**baseline total**', result.baselineRuns), fixed(t.baselineSeconds), fixed(t.baselineCpuSeconds), fixed(t.baselineMachineCpuSeconds), fixed(t.baselineStolenSeconds), fixed(t.baselinePeakMiB, 0), '', ''],
    ['ratio pipeline / baseline', times(t.ratio), '', times(t.cpuRatio), '', '', '', ''],
    ...(t.roundRatios.length > 1 ? [['each pipeline run / the baseline runs beside it', t.roundRatios.map(times).join(', '), '', '', '', '', '', '']] : []),
    ['ratio without ingest', times(t.ratioWithoutIngest), '', '', '', '', '', ''],
  ];
  const siteRow = (name: string, site: SiteStats | undefined) => (site
    ? [name, fixed(mib(site.bytes)), String(site.pages), fixed(mib(site.pagefindBytes)), String(site.pagefindFiles)]
    : [name, 'not built', '–', '–', '–']);
  const siteRows = [
    ['site', 'dist MiB', 'pages', 'Pagefind MiB', 'Pagefind files'],
    siteRow('archive', result.site),
    siteRow('baseline', result.baselineSite),
  ];
  const parts = [
    `### ${result.articles.toLocaleString('en')} articles`,
    '',
    table(stepRows),
    '',
    table(siteRows),
  ];
  if (result.buildLog && result.buildLog.routes.length > 0) {
    const phases = (summary: BuildLogSummary | undefined) => new Map(summary?.phases.map((phase) => [phase.phase, phase.seconds]) ?? []);
    const site = phases(result.buildLog);
    const baseline = phases(result.baselineBuildLog);
    parts.push('', table([
      ['astro build phase (log timestamps)', 'archive s', 'baseline s'],
      ...[...site.keys()].map((phase) => [phase, String(site.get(phase)), String(baseline.get(phase) ?? '–')]),
    ]));
    const routes = result.buildLog.routes;
    const shown = routes.slice(0, 8);
    const rest = routes.slice(8);
    parts.push('', table([
      // Astro renders several pages at once (build.concurrency), so these times overlap: they add up
      // to more than the wall time and compare routes with each other, not with the phases above.
      ['route (archive)', 'pages', 'render s (overlapping)', 'ms/page'],
      ...shown.map((route) => [route.route, String(route.pages), fixed(route.ms / 1000), fixed(route.ms / route.pages)]),
      ...(rest.length > 0 ? [[`${rest.length} more routes`, String(rest.reduce((n, r) => n + r.pages, 0)), fixed(rest.reduce((n, r) => n + r.ms, 0) / 1000), '']] : []),
    ]));
  }
  if (result.browser) {
    const { home, article, search } = result.browser;
    const ms = (value: number | null) => (value === null ? 'no result' : `${fixed(value, 0)} ms`);
    parts.push(
      '',
      table([
        ['page (empty cache)', 'KB gzip', 'KB raw', 'HTML', 'CSS', 'JS', 'search data', 'requests', 'first result'],
        ['home page', ...transferCells(home), ''],
        [`article page (median size)`, ...transferCells(article), ''],
        [`search "${search.common.word}" (${result.words.common.texts} texts)`, ...transferCells(search.common), ms(search.common.firstResultMs)],
        [`search "${search.rare.word}" (${result.words.rare.texts} texts)`, ...transferCells(search.rare), ms(search.rare.firstResultMs)],
      ]),
    );
  }
  const checks = checkBudgets(result);
  parts.push('', table([
    ['budget', 'limit', 'measured', 'holds'],
    ...checks.map((check) => [check.name, check.limit, check.measured, check.holds === null ? 'see note' : check.holds ? 'yes' : '**no**']),
  ]));
  return parts.join('\n');
}

/** The summary line: one JSON object over all sizes. KB are kilobytes as a compressing host sends them. */
export function summaryJson(results: SizeResult[]): string {
  function round(value: number, digits?: number): number;
  function round(value: number | null, digits?: number): number | null;
  function round(value: number | null, digits = 1) {
    return value === null ? null : Number(value.toFixed(digits));
  }
  return JSON.stringify({
    sizes: results.map((result) => {
      const t = totals(result);
      const browser = result.browser;
      return {
        articles: result.articles,
        totalSeconds: round(t.totalSeconds),
        baselineSeconds: round(t.baselineSeconds),
        ratio: round(t.ratio, 2),
        cpuRatio: round(t.cpuRatio, 2),
        runs: result.pipelineRuns.length,
        roundRatios: t.roundRatios.map((ratio) => round(ratio, 2)),
        peakMiB: round(t.peakMiB, 0),
        searchKB: browser ? round(kb(Math.max(browser.search.common.gzip, browser.search.rare.gzip))) : null,
        articlePageKB: browser ? round(kb(htmlAndCss(browser.article, 'gzip'))) : null,
        homePageKB: browser ? round(kb(browser.home.gzip)) : null,
        distMiB: result.site ? round(mib(result.site.bytes)) : null,
        pages: result.site?.pages ?? null,
        pagefindMiB: result.site ? round(mib(result.site.pagefindBytes)) : null,
      };
    }),
  });
}
