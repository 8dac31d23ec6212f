/**
 * Builds the Pagefind index while Astro renders the site, instead of reading `dist/` afterwards.
 * Pagefind's indexer runs as its own process (the Node API's service), so it parses each article on
 * the second core while Astro renders the next page on the first; `pagefind --site dist` after the
 * build did the same work with the renderer idle. What is indexed is the article pages (the only
 * ones with `data-pagefind-body`), exactly as written to `dist/`: the middleware passes the
 * rendered HTML on (see `src/middleware.ts`).
 */
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';
import { searchIndexSink } from '../lib/build-sinks.ts';

export function searchIndex(): AstroIntegration {
  let pending: Promise<void>[] = [];
  const problems: string[] = [];
  let pages = 0;
  let words = 0;
  let index: Awaited<ReturnType<typeof createIndex>>['index'];

  return {
    name: 'nachrichtenarchiv:search-index',
    hooks: {
      'astro:build:start': async () => {
        const created = await createIndex({});
        if (!created.index || created.errors.length > 0) throw new Error(`search index: Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        const started = index;
        searchIndexSink.set({
          // Not awaited: Pagefind works through the queue while Astro goes on rendering.
          add(url, html) {
            pending.push(started.addHTMLFile({ url, content: html }).then((response) => {
              for (const error of response.errors) problems.push(`${url}: ${error}`);
              pages += 1;
              words += response.file?.uniqueWords ?? 0;
            }, (error: unknown) => {
              problems.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
            }));
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        searchIndexSink.set(undefined);
        try {
          await Promise.all(pending);
          pending = [];
          if (problems.length > 0) throw new Error(`search index: Pagefind failed on ${problems.length} page(s):\n${problems.slice(0, 20).join('\n')}`);
          if (!index || pages === 0) throw new Error('search index: no article page was indexed');
          const outputPath = fileURLToPath(new URL('pagefind/', dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`search index: writing ${outputPath} failed: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${pages} article pages (${words} distinct words in all) into ${outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
