/**
 * Whole-site checks on the built site in `dist/`. Nothing here names a page: every check covers
 * every page the build wrote, so a new page type is checked the day it appears.
 */
import { readFile } from 'node:fs/promises';
import type { ConfigData } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  findBrokenLinks,
  findMetadataProblems,
  findOrphans,
  findSitemapProblems,
  findThirdPartyLoads,
  validateHtml,
  type SiteProblem,
} from './support/site-checks.ts';
import { readSiteIfBuilt } from './support/site.ts';

const site = await readSiteIfBuilt();
const paths = [...site.pages.keys()];

/** One line per problem, so a failing test prints every page and rule at once. */
function lines(problems: SiteProblem[]): string[] {
  return problems.map(({ page, rule, message }) => `${page} [${rule}] ${message}`);
}

test('the build wrote a home page and a 404 page into dist/', () => {
  expect(site.files, 'dist/ is missing or empty: run `npm run build`').toContain('index.html');
  expect(site.files).toContain('404.html');
});

test('every link, asset reference and #anchor on every page resolves inside the site', () => {
  expect(lines(findBrokenLinks(site))).toEqual([]);
});

test('every page can be reached from the home page by following links', () => {
  expect(lines(findOrphans(site))).toEqual([]);
});

test('every page has lang, a unique title and description, and a canonical link to itself', () => {
  expect(lines(findMetadataProblems(site))).toEqual([]);
});

// Without pages (no build) there is nothing to validate; the first test already fails then.
test('no page or stylesheet makes the browser load anything from another host', async () => {
  expect(lines(await findThirdPartyLoads(site))).toEqual([]);
});

test('the sitemaps list every page and nothing else', async () => {
  expect(lines(await findSitemapProblems(site))).toEqual([]);
});

describe.skipIf(paths.length === 0)('html-validate', () => {
  let results: Map<string, SiteProblem[]>;

  beforeAll(async () => {
    const config = JSON.parse(
      await readFile(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'),
    ) as ConfigData;
    results = await validateHtml(site, config);
  });

  test.each(paths)('%s is valid HTML under the project rules', (path) => {
    expect(lines(results.get(path) ?? [])).toEqual([]);
  });
});
