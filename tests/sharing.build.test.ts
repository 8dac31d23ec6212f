/**
 * What search engines and link previews read, on every page in `dist/`: Open Graph tags, the
 * schema.org `NewsArticle` JSON-LD of every article page, and `robots.txt` agreeing with the
 * sitemaps. Article pages are told apart by their URL shape (`/artikel/<id>/`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sectionPath } from '../src/lib/routes.ts';
import { sitemapIndexPath } from '../src/lib/robots.ts';
import { publishedOrigin, readSitemapLocations } from './support/site-checks.ts';
import { pageShape, readSiteIfBuilt } from './support/site.ts';
import {
  findNewsArticleProblems, findOpenGraphProblems, findRobotsProblems, readRobotsSitemaps, readSharingFacts,
} from './support/sharing.ts';

const site = await readSiteIfBuilt();
const origin = publishedOrigin(site) ?? '';
const articleShape = `${sectionPath('articles')}*/`;
const pages = await Promise.all(
  [...site.pages.values()].map(async (page) => ({
    path: page.path,
    isArticle: pageShape(page.path) === articleShape,
    facts: readSharingFacts(await readFile(join(site.root, page.file), 'utf8')),
  })),
);
const articles = pages.filter((page) => page.isArticle);

/** One line per problem, so a failing test prints every page and rule at once. */
function lines(path: string, problems: { rule: string; message: string }[]): string[] {
  return problems.map(({ rule, message }) => `${path} [${rule}] ${message}`);
}

test('the build wrote article pages and a published origin to check against', () => {
  expect(articles.length, 'dist/ is missing or has no article page: run `npm run build`').toBeGreaterThan(0);
  expect(origin).not.toBe('');
});

test('every page has Open Graph tags: title, description, type, canonical URL, de_DE, site name', () => {
  expect(pages.flatMap((page) => lines(page.path, findOpenGraphProblems(page.facts, page.isArticle ? 'article' : 'website')))).toEqual([]);
});

test('every article page has one NewsArticle JSON-LD that parses and agrees with the page', () => {
  expect(articles.flatMap((page) => lines(page.path, findNewsArticleProblems(page.facts, origin)))).toEqual([]);
});

test('no page but an article page has JSON-LD', () => {
  expect(pages.filter((page) => !page.isArticle && page.facts.jsonLd.length > 0).map(({ path }) => path)).toEqual([]);
});

describe.skipIf(site.files.size === 0)('robots.txt and sitemaps', () => {
  const robotsFile = join(site.root, 'robots.txt');

  test('robots.txt lets crawlers in and names a sitemap of the site by absolute URL', async () => {
    const robots = existsSync(robotsFile) ? await readFile(robotsFile, 'utf8') : undefined;
    expect(lines('/robots.txt', findRobotsProblems(robots, site.files, origin))).toEqual([]);
  });

  test('robots.txt names the sitemap index, and the index lists every other sitemap file', async () => {
    const robots = await readFile(robotsFile, 'utf8');
    expect(readRobotsSitemaps(robots)).toEqual([`${origin}${sitemapIndexPath}`]);
    const listed = readSitemapLocations(await readFile(join(site.root, sitemapIndexPath), 'utf8'));
    const others = [...site.files].filter((file) => /^sitemap[^/]*\.xml$/.test(file) && `/${file}` !== sitemapIndexPath);
    expect(others.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(others.map((file) => `${origin}/${file}`).sort());
  });

  test('every page links the same sitemap index that robots.txt names', () => {
    const wrong = [...site.pages.values()]
      .filter((page) => !page.references.some(({ tag, rel, url }) => tag === 'link' && rel.includes('sitemap') && url === sitemapIndexPath))
      .map(({ path }) => path);
    expect(wrong).toEqual([]);
  });
});
