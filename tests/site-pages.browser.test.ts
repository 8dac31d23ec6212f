/**
 * The built site in Chromium: one page of every page type (read off the paths in `dist/`), the 404
 * page as a miss gets it, and the search page with a query that has results. Each is checked with
 * axe at WCAG 2.2 AA in light and dark mode, for requests that leave the site, and for anything its
 * Content-Security-Policy blocked (a `securitypolicyviolation` event).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { searchPath, sectionPath } from '../src/lib/routes.ts';
import { runAxe } from './support/axe.ts';
import type { OpenOptions } from './support/browser.ts';
import { useBuiltSite } from './support/site-session.ts';
import { readSiteIfBuilt, samplePageTypes, type SitePage } from './support/site.ts';

const site = await readSiteIfBuilt();
const articlesPath = sectionPath('articles');
const searchPagePath = sectionPath('search');
const missPath = '/diese-seite-gibt-es-nicht/';

/**
 * A query with results: the longest plain word of the first article's `<h1>`, which Pagefind must
 * have indexed. Undefined when the site has no article.
 */
function searchQuery(): string | undefined {
  const article = [...site.pages.values()].find(
    (page) => page.path.startsWith(articlesPath) && page.path !== articlesPath,
  );
  const words = (article?.heading ?? '').split(/\s+/).filter((word) => /^\p{L}{4,}$/u.test(word));
  return words.sort((a, b) => b.length - a.length)[0];
}

interface Visit {
  /** What the test names call the visit. */
  label: string;
  path: string;
  status: number;
  /** Waits, after load, until the page shows what is to be checked. */
  ready?: (page: Page) => Promise<void>;
}

/** Resolves once the page links to an article that its static HTML did not link to: a result. */
function waitForSearchResults(searchPage: SitePage | undefined) {
  const staticLinks = new Set(searchPage?.references.map(({ url }) => url) ?? []);
  return async (page: Page) => {
    await page.waitForFunction(
      ([prefix, known]) =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].some((link) => {
          const { pathname } = new URL(link.href);
          return pathname.startsWith(prefix) && pathname !== prefix && !known.includes(link.getAttribute('href') ?? '');
        }),
      [articlesPath, [...staticLinks]] as const,
      { timeout: 15_000 },
    );
  };
}

const query = searchQuery();
const visits: Visit[] = [
  ...samplePageTypes(site).map((page) => ({ label: page.path, path: page.path, status: 200 })),
  { label: `404 page (for ${missPath})`, path: missPath, status: 404 },
  ...(query && site.pages.has(searchPagePath)
    ? [
        {
          label: `search for "${query}"`,
          path: searchPath(query),
          status: 200,
          ready: waitForSearchResults(site.pages.get(searchPagePath)),
        },
      ]
    : []),
];

const session = useBuiltSite();

/** Opens a visit and waits until it shows what is to be checked. */
async function visit({ path, status, ready }: Visit, options: OpenOptions = {}) {
  const opened = await session.open(path, { ...options, status });
  await ready?.(opened.page);
  return opened;
}

test('the built site has an article and a search page to sample', () => {
  expect(site.pages.size, 'dist/ is missing or empty: run `npm run build`').toBeGreaterThan(0);
  expect(query, `no article page under ${articlesPath}`).toBeDefined();
  expect(site.pages.has(searchPagePath), `no search page at ${searchPagePath}`).toBe(true);
});

// Every page opened here is also checked for console errors, outside requests and CSP violations
// after its test (tests/support/site-session.ts).
describe.each(visits)('$label', (page) => {
  test('makes no request outside the site, logs no errors and has nothing blocked by its CSP', async () => {
    const opened = await visit(page, { waitForNetworkIdle: true });
    expect(opened.offsite).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
  });

  test.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations in %s mode', async (colorScheme) => {
    const opened = await visit(page, { colorScheme });
    expect(await runAxe(opened.page)).toEqual([]);
  });
});
