/**
 * npm run bench:search -- [--site dist] [--queries scripts/bench/search-queries.yaml]
 *                         [--articles content/articles] [--registry content/registry]
 * npm run bench:search -- --corpus synthetic [--queries scripts/bench/search-queries-synthetic.yaml]
 *                         [--write-queries] [--reuse]
 *
 * Runs every query of the list in Chromium against the built site's own Pagefind index (with the
 * added search terms) and against plain Pagefind over the same pages (the terms stripped, indexed
 * in a temporary folder), and prints found@3 per query and in total for both, the index sizes and
 * what the terms cost at build time. Exits non-zero when a query misses on the site's index.
 *
 * Without `--corpus`, it searches the project's own site over the seed articles: build it first
 * (`npm run build`). With `--corpus synthetic`, it generates the scale benchmark's synthetic
 * corpus for the seed value and size the query list names in its header (`corpus: seed 1, size
 * 300`), ingests it and builds the archive's site over it in `.cache/bench-search/` with the
 * project's config (`scripts/bench/scratch-site.ts`, as `npm run bench` does), then searches that.
 * `--reuse` searches the scratch site of an earlier run without rebuilding it. `--write-queries`
 * (re)writes the synthetic list from the corpus by the rules of
 * `scripts/bench/search-queries-synthetic.ts` (`--seed`, `--size` choose the corpus) instead of
 * reading it.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCompoundLexicon } from '../src/data/word-list.ts';
import { createCompoundSplitter, searchRanking, searchTermsFor, termSourceOf } from '../src/lib/search-terms.ts';
import { readRegistries } from './ingest/read.ts';
import { writeCorpus } from './bench/corpus.ts';
import { compoundParts, generatePeople, generateVocabulary } from './bench/generate.ts';
import { runStep } from './bench/measure-step.ts';
import { prepareScratchSite, scratchBuildSteps } from './bench/scratch-site.ts';
import { buildIndex, closeIndexer, indexSize, warmUpIndexer } from './bench/search-index.ts';
import { runQueries } from './bench/search-browser.ts';
import { measureTermCost } from './bench/search-cost.ts';
import { readArticleEntries, readRegistryFiles, termRegistriesOf } from '../src/data/archive-build.ts';
import { parseBenchQueries } from './bench/search-queries.ts';
import { corpusOfList, formatQueryList, negativeWords, syntheticQueries } from './bench/search-queries-synthetic.ts';
import { formatComparison, scoreQuery, totalsOf } from './bench/search-score.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'seeds' },
    site: { type: 'string' },
    queries: { type: 'string' },
    articles: { type: 'string' },
    registry: { type: 'string' },
    seed: { type: 'string' },
    size: { type: 'string' },
    'write-queries': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.corpus !== 'seeds' && values.corpus !== 'synthetic') {
  console.error(`bench:search: --corpus is "seeds" or "synthetic", not "${values.corpus}"`);
  process.exit(2);
}
const synthetic = values.corpus === 'synthetic';
const queriesFile = resolve(values.queries ?? join(root, synthetic ? 'scripts/bench/search-queries-synthetic.yaml' : 'scripts/bench/search-queries.yaml'));
let site = resolve(values.site ?? join(root, 'dist'));
let articlesDir = resolve(values.articles ?? join(root, 'content/articles'));
let registryDir = resolve(values.registry ?? join(root, 'content/registry'));
const buildLines: string[] = [];

if (synthetic) {
  // The corpus the list was written for, unless --write-queries makes a new list.
  const listed = !values['write-queries'] && existsSync(queriesFile) ? corpusOfList(await readFile(queriesFile, 'utf8')) : undefined;
  const seed = Number(values.seed ?? listed?.seed ?? 1);
  const size = Number(values.size ?? listed?.size ?? 300);
  if (!Number.isInteger(seed) || !Number.isInteger(size) || size < 1) {
    console.error('bench:search: --seed must be an integer and --size a positive integer');
    process.exit(2);
  }
  if (listed && (listed.seed !== seed || listed.size !== size)) {
    console.error(`bench:search: ${queriesFile} is for seed ${listed.seed}, size ${listed.size}; write a new list with --write-queries`);
    process.exit(2);
  }
  const dir = join(root, `.cache/bench-search/synthetic-${seed}-${size}`);
  const corpusDir = join(dir, 'corpus');
  const siteDir = join(dir, 'site');
  if (!values.reuse || !existsSync(join(siteDir, 'dist/pagefind/pagefind.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'logs'), { recursive: true });
    process.stderr.write(`bench:search: synthetic corpus, seed ${seed}, ${size} articles, in ${dir}\n`);
    await writeCorpus({ seed, count: size, outDir: corpusDir, seedDir: join(root, 'content/sources'), registryDir: join(root, 'content/registry'), quiet: true });
    prepareScratchSite(siteDir, join(corpusDir, 'registry'));
    for (const command of scratchBuildSteps(corpusDir, siteDir, join(dir, 'review.yaml'))) {
      const log = join(dir, 'logs', `${command.label.replace(/\W+/g, '-')}.log`);
      process.stderr.write(`bench:search: ${command.label} …\n`);
      const result = await runStep({ ...command, env: { ASTRO_TELEMETRY_DISABLED: '1' }, log });
      if (result.exitCode !== 0) {
        console.error(`bench:search: ${command.label} failed with exit code ${result.exitCode}; see ${log}`);
        process.exit(1);
      }
      buildLines.push(`${`${command.label}:`.padEnd(21)}${result.seconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${Math.max(result.maxRssMiB, result.treeRssMiB).toFixed(0)} MiB`);
    }
  }
  site = join(siteDir, 'dist');
  articlesDir = join(siteDir, 'content/articles');
  registryDir = join(siteDir, 'content/registry');

  const entries = readArticleEntries(articlesDir);
  if (values['write-queries']) {
    const registries = readRegistries(join(corpusDir, 'registry'));
    if (!registries.ok) throw new Error('bench:search: the corpus registries do not parse');
    const termRegistries = termRegistriesOf(readRegistryFiles(registryDir));
    const splitCompound = createCompoundSplitter(await loadCompoundLexicon());
    const invented = generatePeople(seed, 300);
    const inventedNames = new Set(invented.map((person) => person.name));
    const list = syntheticQueries(entries.map((entry) => {
      const source = termSourceOf(entry);
      return { id: entry.id, texts: source.texts, people: source.people, places: source.places, terms: searchTermsFor(source, splitCompound, termRegistries) };
    }), {
      people: [...invented, ...registries.value.people.filter((person) => !inventedNames.has(person.name))],
      invented: invented.length,
      places: registries.value.places,
      vocabulary: generateVocabulary(seed),
      compoundEndings: { middles: compoundParts.middles, tails: compoundParts.tails },
      negativeCandidates: negativeWords,
    });
    await writeFile(queriesFile, formatQueryList(list, [
      'What readers would type into the search of the synthetic corpus of the scale benchmark, and the',
      'articles each query must find among its first three results. Same shape as search-queries.yaml.',
      'Written by `npm run bench:search -- --corpus synthetic --write-queries` from the ingested corpus',
      'by the rules of scripts/bench/search-queries-synthetic.ts; ids are fixed by the seed and size:',
      '',
      `corpus: seed ${seed}, size ${size}`,
    ].join('\n')));
    console.log(`bench:search: wrote ${list.length} queries to ${relative(root, queriesFile)}\n`);
  }
  const ids = new Set(entries.map((entry) => entry.id));
  const unknown = parseBenchQueries(await readFile(queriesFile, 'utf8'), queriesFile).flatMap((entry) => entry.find).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    console.error(`bench:search: ${queriesFile} names articles the corpus does not have (${unknown.slice(0, 3).join(', ')}…): the generator changed; write a new list with --write-queries`);
    process.exit(1);
  }
}

if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) {
  console.error(`bench:search: no Pagefind index in ${site}: run \`npm run build\` first`);
  process.exit(2);
}

const queries = parseBenchQueries(await readFile(queriesFile, 'utf8'), queriesFile);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (value: number) => `${value.toFixed(2)} s`;

const temp = await mkdtemp(join(tmpdir(), 'bench-search-'));
try {
  await warmUpIndexer();
  const plain = await buildIndex(site, join(temp, 'plain'), true);
  const enrichedRebuild = await buildIndex(site, join(temp, 'enriched'), false);
  await closeIndexer();

  const texts = queries.map((entry) => entry.query);
  const options = { ranking: searchRanking };
  const enrichedOutcomes = await runQueries(site, texts, options);
  const plainOutcomes = await runQueries(plain.root, texts, options);
  const enriched = queries.map((entry, index) => scoreQuery(entry, enrichedOutcomes[index]!));
  const plainScores = queries.map((entry, index) => scoreQuery(entry, plainOutcomes[index]!));

  console.log(`bench:search: ${queries.length} queries from ${relative(root, queriesFile)}, site ${site} (${plain.pages} indexed pages)\n`);
  console.log(formatComparison(enriched, plainScores));

  const siteSize = await indexSize(join(site, 'pagefind'));
  const plainSize = await indexSize(join(plain.root, 'pagefind'));
  const cost = await measureTermCost(articlesDir, registryDir);
  console.log('');
  console.log(`index data (*.pf_*): enriched ${kib(siteSize.dataBytes)}, plain ${kib(plainSize.dataBytes)} (+${((siteSize.dataBytes / plainSize.dataBytes - 1) * 100).toFixed(1)} %)`);
  console.log(`pagefind/ in all:    enriched ${kib(siteSize.totalBytes)}, plain ${kib(plainSize.totalBytes)}`);
  console.log(`Pagefind indexing:   enriched ${seconds(enrichedRebuild.seconds)}, plain ${seconds(plain.seconds)} (Node API, same pages)`);
  for (const line of buildLines) console.log(line);
  console.log(`search terms:        word list ${seconds(cost.lexiconSeconds)} once, terms of ${cost.articles} articles ${seconds(cost.termsSeconds)} (${cost.terms} words)`);

  const misses = enriched.filter((score) => !score.passed);
  if (misses.length > 0) {
    console.error(`\nbench:search: ${misses.length} of ${totalsOf(enriched).queries} queries miss on the site's index: ${misses.map((score) => score.query).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}
