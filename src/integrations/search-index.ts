/**
 * Builds the Pagefind index while Astro renders the site, instead of reading `dist/` afterwards.
 * Pagefind's indexer runs as its own process (the Node API's service), so it parses each article on
 * the second core while Astro renders the next page on the first; `pagefind --site dist` after the
 * build did the same work with the renderer idle. What is indexed is the article pages (the only
 * ones with `data-pagefind-body`), as written to `dist/` and reduced to what Pagefind reads: the
 * middleware passes the rendered HTML on (see `src/middleware.ts`). With `duringBuild: false` (an
 * archive past one shard of the index, see `indexesSearchAfterBuild`) it does nothing, and
 * `scripts/search-index.ts` writes the index, shard by shard, from `dist/` once Astro's process,
 * and its memory, are gone.
 */
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';
import { searchIndexSink } from '../lib/build-sinks.ts';

export function searchIndex({ duringBuild }: { duringBuild: boolean }): AstroIntegration {
  let pending: Promise<void>[] = [];
  const problems: string[] = [];
  let pages = 0;
  let words = 0;
  let outputPath = '';
  let index: Awaited<ReturnType<typeof createIndex>>['index'];
  /** The index being written, from the moment the last article page is in. */
  let writing: Promise<{ waitSeconds: number; writeSeconds: number }> | undefined;
  /**
   * Pages wait here until every page before them in the archive's order is in: Astro renders eight
   * at a time and they finish in any order, and Pagefind breaks ties between equal scores by the
   * order pages entered the index, so that order must not depend on timing.
   */
  const waiting = new Map<number, { url: string; html: string }>();
  let nextPosition = 0;

  function addToIndex(target: NonNullable<typeof index>, url: string, html: string) {
    pending.push(target.addHTMLFile({ url, content: html }).then((response) => {
      for (const error of response.errors) problems.push(`${url}: ${error}`);
      pages += 1;
      words += response.file?.uniqueWords ?? 0;
    }, (error: unknown) => {
      problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }));
  }

  /** Hands Pagefind the waiting pages that are next in order; with `all`, every waiting page. */
  function release(all: boolean) {
    if (!index) return;
    for (let page = waiting.get(nextPosition); page; page = waiting.get(nextPosition)) {
      waiting.delete(nextPosition);
      nextPosition += 1;
      addToIndex(index, page.url, page.html);
    }
    if (!all) return;
    // A page whose predecessor never came (none should): the rest in order, rather than lost.
    for (const [, page] of [...waiting].sort(([a], [b]) => a - b)) addToIndex(index, page.url, page.html);
    waiting.clear();
  }

  /** Waits for Pagefind to take in every page handed over, then writes the index. */
  async function writeIndex() {
    release(true);
    const waitStarted = performance.now();
    await Promise.all(pending);
    pending = [];
    const writeStarted = performance.now();
    if (problems.length > 0) throw new Error(`search index: Pagefind failed on ${problems.length} page(s):\n${problems.slice(0, 20).join('\n')}`);
    if (!index || pages === 0) throw new Error('search index: no article page was indexed');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: writing ${outputPath} failed: ${written.errors.join('; ')}`);
    return { waitSeconds: (writeStarted - waitStarted) / 1000, writeSeconds: (performance.now() - writeStarted) / 1000 };
  }

  return {
    name: 'nachrichtenarchiv:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outputPath = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:build:start': async () => {
        if (!duringBuild) return;
        const created = await createIndex({});
        if (!created.index || created.errors.length > 0) throw new Error(`search index: Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        searchIndexSink.set({
          // Not awaited: Pagefind works through the queue while Astro goes on rendering.
          add(url, html, { position, total }) {
            if (writing) {
              problems.push(`${url}: handed over after the last article page, when the index was already being written`);
              return;
            }
            waiting.set(position, { url, html });
            release(false);
            // Astro renders the article pages first (routes go in alphabetical order, /artikel/
            // early), so Pagefind writes the index on its own process while the listings render.
            if (nextPosition === total) {
              writing = writeIndex();
              // Failures surface in astro:build:done, which awaits this promise.
              writing.catch(() => {});
            }
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        if (!duringBuild) {
          logger.info('the search index is written after the build (scripts/search-index.ts)');
          return;
        }
        searchIndexSink.set(undefined);
        try {
          const overlapped = writing !== undefined;
          const { waitSeconds, writeSeconds } = await (writing ??= writeIndex());
          if (problems.length > 0) throw new Error(`search index: Pagefind failed on ${problems.length} page(s):\n${problems.slice(0, 20).join('\n')}`);
          logger.info(`Pagefind indexed ${pages} article pages (${words} distinct words in all) into ${outputPath}: ${waitSeconds.toFixed(1)} s to take in the last pages, ${writeSeconds.toFixed(1)} s to write${overlapped ? ', begun after the last article page' : ''}`);
        } finally {
          await close();
        }
      },
    },
  };
}
