/**
 * npm run bench:search -- [--site dist] [--queries scripts/bench/search-queries.yaml]
 *                         [--articles content/articles] [--registry content/registry]
 *
 * Runs every query of the list in Chromium against the built site's own Pagefind index (with the
 * added search terms) and against plain Pagefind over the same pages (the terms stripped, indexed
 * in a temporary folder), and prints found@3 per query and in total for both, the index sizes and
 * what the terms cost at build time. Build the site first (`npm run build`). Exits non-zero when a
 * query misses on the site's index.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchRanking } from '../src/lib/search-terms.ts';
import { buildIndex, closeIndexer, indexSize, warmUpIndexer } from './bench/search-index.ts';
import { runQueries } from './bench/search-browser.ts';
import { measureTermCost } from './bench/search-cost.ts';
import { parseBenchQueries } from './bench/search-queries.ts';
import { formatComparison, scoreQuery, totalsOf } from './bench/search-score.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    site: { type: 'string', default: join(root, 'dist') },
    queries: { type: 'string', default: join(root, 'scripts/bench/search-queries.yaml') },
    articles: { type: 'string', default: join(root, 'content/articles') },
    registry: { type: 'string', default: join(root, 'content/registry') },
  },
  strict: true,
});
const site = resolve(values.site);
if (!existsSync(join(site, 'pagefind', 'pagefind.js'))) {
  console.error(`bench:search: no Pagefind index in ${site}: run \`npm run build\` first`);
  process.exit(2);
}

const queries = parseBenchQueries(await readFile(values.queries, 'utf8'), values.queries);
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

  console.log(`bench:search: ${queries.length} queries from ${values.queries}, site ${site} (${plain.pages} indexed pages)\n`);
  console.log(formatComparison(enriched, plainScores));

  const siteSize = await indexSize(join(site, 'pagefind'));
  const plainSize = await indexSize(join(plain.root, 'pagefind'));
  const cost = await measureTermCost(values.articles, values.registry);
  console.log('');
  console.log(`index data (*.pf_*): enriched ${kib(siteSize.dataBytes)}, plain ${kib(plainSize.dataBytes)} (+${((siteSize.dataBytes / plainSize.dataBytes - 1) * 100).toFixed(1)} %)`);
  console.log(`pagefind/ in all:    enriched ${kib(siteSize.totalBytes)}, plain ${kib(plainSize.totalBytes)}`);
  console.log(`Pagefind indexing:   enriched ${seconds(enrichedRebuild.seconds)}, plain ${seconds(plain.seconds)} (Node API, same pages)`);
  console.log(`search terms:        word list ${seconds(cost.lexiconSeconds)} once, terms of ${cost.articles} articles ${seconds(cost.termsSeconds)} (${cost.terms} words)`);

  const misses = enriched.filter((score) => !score.passed);
  if (misses.length > 0) {
    console.error(`\nbench:search: ${misses.length} of ${totalsOf(enriched).queries} queries miss on the site's index: ${misses.map((score) => score.query).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}
