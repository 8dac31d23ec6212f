/**
 * node scripts/search-index.ts [--dist dist] [--force]
 *
 * The last step of `npm run build` for a very large archive: writes the Pagefind index from the
 * article pages in `dist/` after `astro build` has exited. Up to `searchIndexAfterBuildFrom`
 * articles the build writes the index itself while it renders (`src/integrations/search-index.ts`)
 * and this step only says so; `--force` writes it here regardless. Each page goes to Pagefind
 * reduced as the build would hand it over (`searchIndexDocument`), newest first as the build
 * renders them, so both paths give the same index. Exits non-zero, naming the page, when Pagefind
 * rejects one.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import { articlesDir, countEntries, indexesSearchAfterBuild } from '../src/lib/content-location.ts';
import { isArticlePagePath, sectionPath } from '../src/lib/routes.ts';
import { searchIndexDocument } from '../src/lib/search-document.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } }, strict: true });
const dist = resolve(values.dist);
const articles = countEntries(articlesDir());

if (!values.force && !indexesSearchAfterBuild(articles)) {
  console.log(`search index: written during the build (${articles} articles)`);
  process.exit(0);
}

/** The article pages under `dist/`, each with its URL and its sort date (`data-pagefind-sort`). */
function articlePages(): { url: string; file: string; date: string }[] {
  const folder = join(dist, sectionPath('articles'));
  if (!existsSync(folder)) throw new Error(`search index: ${folder} does not exist; run astro build first`);
  return readdirSync(folder)
    .map((name) => ({ url: `${sectionPath('articles')}${name}/`, file: join(folder, name, 'index.html') }))
    .filter((page) => isArticlePagePath(page.url) && existsSync(page.file))
    .map((page) => ({ ...page, date: /data-pagefind-sort="date"[^>]*>([^<]*)</.exec(readFileSync(page.file, 'utf8'))?.[1] ?? '' }));
}

async function main(): Promise<void> {
  const started = performance.now();
  // Newest first, as the build renders (and so indexes) them; Pagefind breaks ties by this order.
  const pages = articlePages().sort((a, b) => b.date.localeCompare(a.date) || b.url.localeCompare(a.url));
  if (pages.length === 0) throw new Error(`search index: no article page in ${dist}`);
  const { index, errors } = await createIndex({});
  if (!index || errors.length > 0) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  let words = 0;
  // A few pages in flight keep Pagefind busy without reading every page into memory first.
  const inFlight = 16;
  for (let start = 0; start < pages.length; start += inFlight) {
    await Promise.all(pages.slice(start, start + inFlight).map(async (page) => {
      const response = await index.addHTMLFile({ url: page.url, content: searchIndexDocument(readFileSync(page.file, 'utf8')) });
      if (response.errors.length > 0) throw new Error(`search index: Pagefind rejected ${page.file}: ${response.errors.join('; ')}`);
      words += response.file?.uniqueWords ?? 0;
    }));
    if ((start / inFlight) % 1250 === 1249) console.log(`search index: ${start + inFlight}/${pages.length} pages`);
  }
  const outputPath = join(dist, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`search index: writing ${outputPath} failed: ${written.errors.join('; ')}`);
  console.log(`search index: Pagefind indexed ${pages.length} article pages (${words} distinct words in all) into ${outputPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Pagefind's indexer is a process of its own; when it dies (the kernel kills it when memory runs out)
// its promises never settle and Node would only report an unsettled top-level await.
let settled = false;
process.on('exit', () => {
  if (settled) return;
  console.error(`search index: Pagefind's indexer stopped before the index in ${join(dist, 'pagefind')} was written (killed, e.g. for lack of memory)`);
  process.exitCode = 1;
});

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await close();
  settled = true;
}
