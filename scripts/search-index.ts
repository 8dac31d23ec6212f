/**
 * node scripts/search-index.ts [--dist dist] [--force]
 *
 * The last step of `npm run build` for a large archive: writes the Pagefind index from the article
 * pages in `dist/` after `astro build` has exited. While the archive fits one shard of the index
 * (`searchShardSize`, see `src/lib/search-shards.ts`) the build writes the index itself while it
 * renders (`src/integrations/search-index.ts`) and this step only says so; `--force` writes it here
 * regardless. Past one shard it writes the shards one after the other, each with a Pagefind
 * process of its own that exits before the next starts, so memory holds one shard's index at a
 * time. Each page goes to Pagefind reduced as the build would hand it over (`searchIndexDocument`)
 * and in the archive's order, newest first, as `/daten/archiv.json` lists the articles and as the
 * build adds them, so both paths give the same index. The shards are written next to the old index
 * and replace it only when all are written. Exits non-zero, naming the page, when Pagefind rejects one.
 */
import { createReadStream, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import { articlesDir, countEntries, indexesSearchAfterBuild, searchShardSize } from '../src/lib/content-location.ts';
import { articleIdOfArchiveLine } from '../src/lib/data-export.ts';
import { articlePath, dataFilePath, isArticlePagePath } from '../src/lib/routes.ts';
import { searchIndexDocument } from '../src/lib/search-document.ts';
import { searchShardCount, searchShardOf, searchShardPath } from '../src/lib/search-shards.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } }, strict: true });
const dist = resolve(values.dist);
const articles = countEntries(articlesDir());
const shardSize = searchShardSize();
/** Where the shards are written until all are, beside the index they replace. */
const draftPath = join(dist, `pagefind.draft-${process.pid}`);

if (!values.force && !indexesSearchAfterBuild(articles, shardSize)) {
  console.log(`search index: written during the build (${articles} articles)`);
  process.exit(0);
}

/**
 * The article pages under `dist/` in the archive's order: the order of the articles in
 * `archiv.json`, one line each, which is the order the build renders them in.
 */
async function articlePages(): Promise<{ url: string; file: string }[]> {
  const archive = join(dist, dataFilePath('archiv.json'));
  if (!existsSync(archive)) throw new Error(`search index: ${archive} does not exist; run astro build first`);
  const pages: { url: string; file: string }[] = [];
  for await (const line of createInterface({ input: createReadStream(archive, 'utf8'), crlfDelay: Infinity })) {
    const id = articleIdOfArchiveLine(line);
    if (id === undefined) continue;
    const url = articlePath(id);
    const file = join(dist, url, 'index.html');
    if (!isArticlePagePath(url) || !existsSync(file)) throw new Error(`search index: ${archive} lists ${url}, but ${file} does not exist`);
    pages.push({ url, file });
  }
  return pages;
}

/** Indexes `pages` into one Pagefind index at `outputPath`; the number of distinct words. */
async function writeShard(pages: { url: string; file: string }[], outputPath: string): Promise<number> {
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
    if ((start + inFlight) % 20_000 === 0) console.log(`search index: ${start + inFlight}/${pages.length} pages of ${outputPath}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`search index: writing ${outputPath} failed: ${written.errors.join('; ')}`);
  // Ends Pagefind's process, and with it the memory of this shard's index.
  await close();
  return words;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Pagefind breaks ties between equal scores by the order pages entered the index.
  const pages = await articlePages();
  if (pages.length === 0) throw new Error(`search index: no article page in ${dist}`);
  const finalPath = join(dist, searchShardPath(0));
  const shards = searchShardCount(pages.length, shardSize);
  let words = 0;
  try {
    for (let shard = 0; shard < shards; shard += 1) {
      const shardPages = pages.filter((_, position) => searchShardOf(position, shardSize) === shard);
      words += await writeShard(shardPages, join(draftPath, searchShardPath(shard).slice(searchShardPath(0).length)));
      if (shards > 1) console.log(`search index: shard ${shard + 1}/${shards} written (${shardPages.length} ${shardPages.length === 1 ? 'page' : 'pages'})`);
    }
    rmSync(finalPath, { recursive: true, force: true });
    renameSync(draftPath, finalPath);
  } finally {
    rmSync(draftPath, { recursive: true, force: true });
  }
  console.log(`search index: Pagefind indexed ${pages.length} article pages (${words} distinct words in all) into ${finalPath}${shards > 1 ? ` in ${shards} shards of up to ${shardSize}` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Pagefind's indexer is a process of its own; when it dies (the kernel kills it when memory runs out)
// its promises never settle and Node would only report an unsettled top-level await.
let settled = false;
process.on('exit', () => {
  if (settled) return;
  rmSync(draftPath, { recursive: true, force: true });
  console.error(`search index: Pagefind's indexer stopped before the index in ${join(dist, 'pagefind')} was written (killed, e.g. for lack of memory); the previous index is left in place`);
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
