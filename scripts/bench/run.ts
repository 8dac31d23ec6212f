/**
 * npm run bench [-- --sizes 1000,10000] [--seed 1] [--scratch .cache/bench] [--keep] [--no-browser]
 *   [--rounds N]
 *
 * The scale benchmark (issue 6). For each size: generate synthetic sources, then in a scratch
 * folder run the archive's full pipeline (ingest, astro build, pagefind) and, over the same
 * Markdown, a baseline (a bare Astro site with one page per entry and an index page, plain
 * Pagefind), alternately: baseline, pipeline, baseline, pipeline, baseline (`--rounds`, the number
 * of pipeline runs: 2 up to 10,000 articles, 1 above; the machine's speed drifts); measure time
 * and peak memory of every step, the built sites, and in Chromium the bytes of the home page, an
 * article page and a first search. Prints a table per size and, as its last
 * line, one JSON object. A benchmark, not a test: it exits non-zero only when a step fails.
 *
 * `--node-options` passes NODE_OPTIONS to the Node steps (e.g. `--max-old-space-size=16384`).
 * `--variant chunked` tries Astro's chunked collection storage (`experimental.collectionStorage`) on
 * the scratch copy of the site only, below the size where the site turns it on itself. The project's
 * own files are never changed. (`glob()`'s `deferRender` and `retainBody` no longer apply: the
 * articles' loader renders no Markdown, and the model reads every body.)
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.ts';
import { prepareScratchSite, privateCacheConfig, scratchBuildSteps, siteVariants, type ScratchStep, type SiteVariant } from './scratch-site.ts';
import { measureBrowser } from './measure-browser.ts';
import { runStep, type StepResult } from './measure-step.ts';
import { checkBudgets, formatSize, summaryJson, type BuildLogSummary, type Run, type SizeResult } from './report.ts';
import { siteStats } from './site-stats.ts';
import { buildPhases, routeCosts } from './build-log.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    scratch: { type: 'string', default: join(root, '.cache/bench') },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'node-options': { type: 'string' },
    variant: { type: 'string', default: '' },
    rounds: { type: 'string' },
  },
  strict: true,
});

const sizes = values.sizes.split(',').map((value) => Number(value.trim().replace(/_/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`bench: --sizes wants positive integers separated by commas, got "${values.sizes}"`);
  process.exit(2);
}
const seed = Number(values.seed);
if (values.rounds !== undefined && !/^[1-9]\d*$/.test(values.rounds)) {
  console.error(`bench: --rounds wants a positive whole number, got "${values.rounds}"`);
  process.exit(2);
}
/**
 * Pipeline runs per size: two up to 10,000 articles, where one run's figure is at the mercy of the
 * machine's drift; one above, where a run takes twenty minutes and the baseline cannot build.
 */
const roundsFor = (articles: number) => (values.rounds !== undefined ? Number(values.rounds) : articles <= 10_000 ? 2 : 1);
const scratchRoot = resolve(values.scratch);
const node = process.execPath;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = realpathSync(join(root, 'node_modules/.bin/pagefind'));
const nodeEnv = { ASTRO_TELEMETRY_DISABLED: '1', ...(values['node-options'] ? { NODE_OPTIONS: values['node-options'] } : {}) };

const variants = new Set<SiteVariant>();
for (const variant of values.variant.split(',').map((value) => value.trim()).filter(Boolean)) {
  if (!(siteVariants as readonly string[]).includes(variant)) {
    console.error(`bench: unknown --variant "${variant}" (${siteVariants.join(', ')})`);
    process.exit(2);
  }
  variants.add(variant as SiteVariant);
}

function prepareBaseline(dir: string): void {
  cpSync(join(import.meta.dirname, 'baseline'), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'bench.config.mjs'), privateCacheConfig(variants));
}

/** The log file of a step: `logs/astro-build.log`, `logs/baseline-astro-build.log`. */
const logFile = (logDir: string, label: string) => join(logDir, `${label.replace(/\W+/g, '-')}.log`);

async function step(label: string, name: string, command: string, args: string[], cwd: string, logDir: string, env: NodeJS.ProcessEnv = {}, progress?: RegExp): Promise<StepResult> {
  process.stderr.write(`bench: ${label} …\n`);
  const log = logFile(logDir, label);
  const result = await runStep({ name, command, args, cwd, env: { ...nodeEnv, ...env }, log, progress });
  process.stderr.write(`bench: ${label}: ${result.seconds.toFixed(1)} s, ${Math.max(result.maxRssMiB, result.treeRssMiB).toFixed(0)} MiB${result.exitCode === 0 ? '' : `, FAILED with exit code ${result.exitCode} (see ${log})`}\n`);
  return result;
}

function buildLogSummary(path: string): BuildLogSummary {
  const log = existsSync(path) ? readFileSync(path, 'utf8') : '';
  return { phases: buildPhases(log), routes: routeCosts(log) };
}

/**
 * Scratch folders to delete once every size is measured, not before: this machine's ext4 has no
 * journal, and without one ext4 passes over every inode freed in the last minute (five while its
 * table block is unwritten) each time it allocates one (`recently_deleted`, `fs/ext4/ialloc.c`).
 * Deleting a built site's 70,000 files made every file the next steps created cost more: in a
 * profile of Pagefind writing its index right after its previous output was deleted, 10 % of its
 * CPU went to that search.
 */
const toDelete: string[] = [];

async function benchSize(articles: number): Promise<SizeResult> {
  const dir = join(scratchRoot, `${articles}${variants.size > 0 ? `-${[...variants].join('-')}` : ''}`);
  if (existsSync(dir)) {
    // A kept earlier run: moved aside now (one rename), deleted at the end.
    const aside = `${dir}.old-${process.pid}`;
    renameSync(dir, aside);
    toDelete.push(aside);
  }
  const logDir = join(dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const corpusDir = join(dir, 'corpus');
  const rounds = roundsFor(articles);

  process.stderr.write(`\nbench: ${articles} articles in ${dir}\nbench: generating sources …\n`);
  const generateStarted = performance.now();
  const manifest = await writeCorpus({ seed, count: articles, outDir: corpusDir, seedDir: join(root, 'content/sources'), registryDir: join(root, 'content/registry') });
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  const baselineRuns: Run[] = [];
  const baselineDir = (round: number) => join(dir, `baseline-${round}`);
  async function runBaseline(articlesDir: string) {
    const round = baselineRuns.length + 1;
    prepareBaseline(baselineDir(round));
    const run: Run = { round, steps: [] };
    run.steps.push(await step(`baseline ${round} astro build`, 'astro build', node, [astroBin, 'build', '--config', 'bench.config.mjs'], baselineDir(round), logDir, { BENCH_ARTICLES_DIR: articlesDir }));
    run.steps.push(await step(`baseline ${round} pagefind`, 'pagefind', node, [pagefindBin, '--site', 'dist'], baselineDir(round), logDir));
    baselineRuns.push(run);
  }

  // Baseline and pipeline alternate, baseline first and last. Each pipeline run starts from a
  // scratch site of its own; the baseline builds the Markdown that the first run's ingest writes,
  // so its first run comes between that ingest and the rest of the pipeline.
  const pipelineRuns: Run[] = [];
  const siteDir = (round: number) => join(dir, `site-${round}`);
  const baselineArticles = join(siteDir(1), 'content/articles');
  for (let round = 1; round <= rounds; round++) {
    prepareScratchSite(siteDir(round), join(corpusDir, 'registry'), variants);
    const [ingest, ...build] = scratchBuildSteps(corpusDir, siteDir(round), join(dir, `review-${round}.yaml`));
    const runCommand = (command: ScratchStep) => step(`pipeline ${round} ${command.label}`, command.name, command.command, command.args, command.cwd, logDir, {}, command.progress);
    const run: Run = { round, steps: [await runCommand(ingest!)] };
    if (round === 1) await runBaseline(baselineArticles);
    for (const command of build) run.steps.push(await runCommand(command));
    pipelineRuns.push(run);
    await runBaseline(baselineArticles);
  }

  const site = siteStats(join(siteDir(1), 'dist'));
  const baselineSite = siteStats(join(baselineDir(baselineRuns.length), 'dist'), '.');
  const result: SizeResult = {
    articles, generateSeconds, pipelineRuns, baselineRuns, site, baselineSite,
    words: { common: manifest.commonWord, rare: manifest.rareWord },
    buildLog: buildLogSummary(logFile(logDir, 'pipeline 1 astro build')),
    baselineBuildLog: buildLogSummary(logFile(logDir, `baseline ${baselineRuns.length} astro build`)),
  };
  if (!values['no-browser'] && site?.medianArticle && pipelineRuns[0]!.steps.every((s) => s.exitCode === 0)) {
    process.stderr.write('bench: measuring pages in Chromium …\n');
    result.browser = await measureBrowser(join(siteDir(1), 'dist'), site.medianArticle.id, { common: manifest.commonWord.word, rare: manifest.rareWord.word });
    writeFileSync(join(dir, 'browser.json'), `${JSON.stringify(result.browser, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (!values.keep) toDelete.push(corpusDir, ...pipelineRuns.map((run) => siteDir(run.round)), ...baselineRuns.map((run) => baselineDir(run.round)));
  return result;
}

const results: SizeResult[] = [];
for (const size of sizes) {
  const result = await benchSize(size);
  results.push(result);
  console.log(`\n${formatSize(result)}`);
}
for (const folder of toDelete) rmSync(folder, { recursive: true, force: true });
const command = `npm run bench -- --sizes ${sizes.join(',')}${seed === 1 ? '' : ` --seed ${seed}`}${variants.size > 0 ? ` --variant ${[...variants].join(',')}` : ''}${values['no-browser'] ? ' --no-browser' : ''}${values.rounds === undefined ? '' : ` --rounds ${values.rounds}`}${values['node-options'] ? ` --node-options="${values['node-options']}"` : ''}`;
console.log(`\nCommand: ${command}; seed ${seed}; ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores.`);
console.log(summaryJson(results));
// Non-zero when a step of the pipeline failed (the first check); a failed baseline is reported only.
const failed = results.some((result) => checkBudgets(result)[0]!.holds === false);
process.exit(failed ? 1 : 0);
