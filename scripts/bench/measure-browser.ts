/**
 * Loads pages of a built site in Chromium with an empty cache and counts what they transfer: the
 * home page, an article page, and a first search for a common and for a rare word (time until the
 * first result is in the list). The site is served by the tests' static server, which does not
 * compress; every response is counted as sent (headers and body) and, for text types, also as a
 * compressing host would send it (gzip, level 6). Pagefind's own files are compressed already.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { articlePath, searchPath } from '../../src/lib/routes.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/serve.ts';

/** Bytes of one page visit by kind; `raw` as served uncompressed, `gzip` as a compressing host sends. */
export interface Transfer {
  raw: number;
  gzip: number;
  requests: number;
  byKind: Record<'html' | 'css' | 'js' | 'search-data' | 'other', { raw: number; gzip: number; requests: number }>;
  /** Every file, for the log: path, kind, raw and gzip bytes. */
  files: { path: string; kind: string; raw: number; gzip: number }[];
}

export interface SearchVisit extends Transfer {
  word: string;
  /** Milliseconds from navigation start until the first result is in the list; null if none came. */
  firstResultMs: number | null;
  results: number;
}

export interface BrowserReport {
  home: Transfer;
  article: Transfer & { path: string };
  search: { common: SearchVisit; rare: SearchVisit };
}

function kindOf(request: Request): keyof Transfer['byKind'] {
  const path = new URL(request.url()).pathname;
  if (path.startsWith('/pagefind/') && !path.endsWith('.js') && !path.endsWith('.css')) return 'search-data';
  switch (request.resourceType()) {
    case 'document': return 'html';
    case 'stylesheet': return 'css';
    case 'script': return 'js';
    default: return path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : 'other';
  }
}

const compressible = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg)/;

/** Records, inside the page, when the first result reaches the list. */
function observeFirstResult(): void {
  const observer = new MutationObserver(() => {
    const list = document.querySelector('#treffer');
    if (list && list.children.length > 0) {
      (window as unknown as { firstResultAt?: number }).firstResultAt ??= performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

type Page = import('playwright-core').Page;

/** Opens `url` in a fresh context (empty cache), runs `until`, waits for the network to be idle, counts. */
async function visit(browser: Browser, url: string, until: (page: Page) => Promise<void> = async () => {}, initScript?: () => void): Promise<Transfer> {
  const context = await browser.newContext();
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const pending: Promise<Transfer['files'][number] & { kindKey: keyof Transfer['byKind'] }>[] = [];
  page.on('requestfinished', (request) => {
    pending.push((async () => {
      const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const type = response?.headers()['content-type'] ?? '';
      const headers = sizes.responseHeadersSize;
      // Chromium reports no body size for a worker's script; its body is what was sent then.
      const raw = headers + Math.max(sizes.responseBodySize, compressible.test(type) ? body.length : 0);
      const gzip = compressible.test(type) && body.length > 0 ? headers + gzipSync(body, { level: 6 }).length : raw;
      const kindKey = kindOf(request);
      return { path: new URL(request.url()).pathname, kind: kindKey, kindKey, raw, gzip };
    })());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await until(page);
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(pending);
    const empty = () => ({ raw: 0, gzip: 0, requests: 0 });
    const transfer: Transfer = {
      raw: 0,
      gzip: 0,
      requests: files.length,
      byKind: { html: empty(), css: empty(), js: empty(), 'search-data': empty(), other: empty() },
      files: files.map(({ path, kind, raw, gzip }) => ({ path, kind, raw, gzip })),
    };
    for (const file of files) {
      transfer.raw += file.raw;
      transfer.gzip += file.gzip;
      const kind = transfer.byKind[file.kindKey];
      kind.raw += file.raw;
      kind.gzip += file.gzip;
      kind.requests++;
    }
    return transfer;
  } finally {
    await context.close();
  }
}

async function search(browser: Browser, origin: string, word: string): Promise<SearchVisit> {
  let firstResultMs: number | null = null;
  let results = 0;
  const transfer = await visit(browser, `${origin}${searchPath(word)}`, async (page) => {
    try {
      await page.waitForSelector('#treffer li', { timeout: 120_000 });
      firstResultMs = await page.evaluate(() => (window as unknown as { firstResultAt?: number }).firstResultAt ?? performance.now());
      results = await page.locator('#treffer li').count();
    } catch {
      firstResultMs = null;
    }
  }, observeFirstResult);
  return { word, firstResultMs, results, ...transfer };
}

/**
 * Measures the site in `distDir`: the home page, the article page of `articleId`, and a first
 * search for each of the two words.
 */
export async function measureBrowser(distDir: string, articleId: string, words: { common: string; rare: string }): Promise<BrowserReport> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const home = await visit(browser, `${server.url}/`);
    const path = articlePath(articleId);
    const article = await visit(browser, `${server.url}${path}`);
    const common = await search(browser, server.url, words.common);
    const rare = await search(browser, server.url, words.rare);
    return { home, article: { ...article, path }, search: { common, rare } };
  } finally {
    await browser.close();
    await server.close();
  }
}
