/**
 * Runs the benchmark's queries in Chromium against one Pagefind index, through that index's own
 * `pagefind.js`, exactly as the site's search page calls it (the same ranking options).
 */
import { launchBrowser, openPage } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/serve.ts';
import type { SearchOutcome } from './search-score.ts';

/** How many results per query are looked up (their URLs); the count covers all. */
const resultsKept = 10;

/** The article id in a result URL: its last path segment (`/artikel/000-abc/` → `000-abc`). */
export function idFromUrl(url: string): string {
  const path = new URL(url, 'http://site.invalid').pathname;
  return path.split('/').filter(Boolean).at(-1) ?? path;
}

/**
 * Serves `root` (a folder with `pagefind/` and an `index.html`), opens it in Chromium and runs each
 * query with `pagefind.search`, after `pagefind.options(options)`.
 */
export async function runQueries(root: string, queries: readonly string[], options: Record<string, unknown>): Promise<SearchOutcome[]> {
  const server = await serveStatic(root);
  const browser = await launchBrowser();
  try {
    const opened = await openPage(browser, `${server.url}/`);
    const raw = await opened.page.evaluate(async ({ queries: list, options: pagefindOptions, kept }) => {
      interface Pagefind {
        options: (options: Record<string, unknown>) => Promise<void>;
        search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] } | null>;
      }
      const bundle = '/pagefind/pagefind.js';
      const pagefind = (await import(bundle)) as Pagefind;
      await pagefind.options(pagefindOptions);
      const outcomes: { urls: string[]; total: number }[] = [];
      for (const query of list) {
        const response = await pagefind.search(query);
        const results = response?.results ?? [];
        const data = await Promise.all(results.slice(0, kept).map((result) => result.data()));
        outcomes.push({ urls: data.map((entry) => entry.url), total: results.length });
      }
      return outcomes;
    }, { queries: [...queries], options, kept: resultsKept });
    if (opened.consoleErrors.length > 0) throw new Error(`runQueries: errors in the page: ${opened.consoleErrors.join('; ')}`);
    await opened.close();
    return raw.map(({ urls, total }) => ({ ids: urls.map(idFromUrl), total }));
  } finally {
    await browser.close();
    await server.close();
  }
}
