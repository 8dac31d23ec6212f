import { describe, expect, test } from 'vitest';
import {
  findNewsArticleProblems, findOpenGraphProblems, findRobotsProblems, readRobotsSitemaps, readSharingFacts,
} from './sharing.ts';

const origin = 'https://a.example';
const url = `${origin}/artikel/x/`;

function og(overrides: Record<string, string | undefined> = {}): string {
  const tags: Record<string, string | undefined> = {
    'og:type': 'article', 'og:title': 'T', 'og:description': 'D', 'og:url': url, 'og:locale': 'de_DE', 'og:site_name': 'S', ...overrides,
  };
  return Object.entries(tags)
    .filter(([, content]) => content !== undefined)
    .map(([property, content]) => `<meta property="${property}" content="${content}">`)
    .join('');
}

function page({ head = og(), jsonLd = [] as unknown[], time = '2019-08-02' }: { head?: string; jsonLd?: unknown[]; time?: string | undefined } = {}): string {
  const scripts = jsonLd.map((data) => `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`).join('');
  const timeTag = time ? `<time datetime="${time}">x</time>` : '<span>unbekannt</span>';
  return `<!doctype html><html><head><title>t</title><link rel="canonical" href="${url}">${head}${scripts}</head><body><article><header><h1>Überschrift</h1><p>${timeTag}</p></header></article></body></html>`;
}

const article = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Überschrift',
  url,
  inLanguage: 'de',
  isAccessibleForFree: true,
  datePublished: '2019-08-02',
  publisher: { '@type': 'Organization', name: 'RND', url: `${origin}/medien/rnd/` },
  sourceOrganization: [{ '@type': 'Organization', name: 'dpa', url: `${origin}/herkunft/dpa/` }],
  mentions: [{ '@type': 'Person', name: 'N', url: `${origin}/personen/n/` }],
};

test('readSharingFacts reads Open Graph tags, canonical, JSON-LD, heading and header date', () => {
  const facts = readSharingFacts(page({ jsonLd: [article] }));
  expect(facts.properties.get('og:type')).toEqual(['article']);
  expect(facts.canonical).toBe(url);
  expect(facts.jsonLd).toHaveLength(1);
  expect(facts.heading).toBe('Überschrift');
  expect(facts.headerDatetime).toBe('2019-08-02');
});

describe('findOpenGraphProblems', () => {
  const rules = (html: string, type: 'website' | 'article' = 'article') => findOpenGraphProblems(readSharingFacts(html), type).map(({ rule }) => rule);

  test('accepts a complete set of tags', () => {
    expect(rules(page({ head: og({ 'article:published_time': '2019-08-02' }) }))).toEqual([]);
  });

  test('reports missing and repeated tags, a wrong og:url, locale and type', () => {
    expect(rules(page({ head: og({ 'og:title': undefined }) }))).toEqual(['og-missing']);
    expect(rules(page({ head: `${og()}<meta property="og:title" content="T2">` }))).toEqual(['og-repeated']);
    expect(rules(page({ head: og({ 'og:url': `${origin}/anders/`, 'og:locale': 'en_US' }) }))).toEqual(['og-url', 'og-locale']);
    expect(rules(page(), 'website')).toEqual(['og-type']);
  });

  test('reports a published time on a website or one that is not a day', () => {
    expect(rules(page({ head: og({ 'og:type': 'website', 'article:published_time': '2019-08-02' }) }), 'website')).toEqual(['og-published-time']);
    expect(rules(page({ head: og({ 'article:published_time': '2019-08' }) }))).toEqual(['og-published-time']);
  });
});

describe('findNewsArticleProblems', () => {
  const rules = (html: string) => findNewsArticleProblems(readSharingFacts(html), origin).map(({ rule }) => rule);
  const withDay = og({ 'article:published_time': '2019-08-02' });

  test('accepts a NewsArticle that agrees with the page', () => {
    expect(rules(page({ head: withDay, jsonLd: [article] }))).toEqual([]);
  });

  test('accepts a month-precise date without a published time, and no date at all', () => {
    expect(rules(page({ jsonLd: [{ ...article, datePublished: '2019-08' }], time: '2019-08' }))).toEqual([]);
    const { datePublished: _, ...undated } = article;
    expect(rules(page({ jsonLd: [undated], time: undefined }))).toEqual([]);
  });

  test('reports a page without JSON-LD, with two blocks, or with JSON that does not parse', () => {
    expect(rules(page())).toEqual(['jsonld-count']);
    expect(rules(page({ head: withDay, jsonLd: [article, article] }))).toEqual(['jsonld-count']);
    expect(rules(page({ jsonLd: ['{"a":'] }))).toEqual(['jsonld-invalid']);
  });

  test('reports wrong fields and a date the page does not show', () => {
    const wrong = { ...article, '@type': 'Article', headline: 'Andere', url: `${origin}/`, inLanguage: 'en', isAccessibleForFree: false, datePublished: '2019-08-03' };
    expect(rules(page({ head: og({ 'article:published_time': '2019-08-03' }), jsonLd: [wrong] }))).toEqual([
      'jsonld-@type', 'jsonld-headline', 'jsonld-url', 'jsonld-inLanguage', 'jsonld-isAccessibleForFree', 'jsonld-datePublished',
    ]);
  });

  test('reports a day date without article:published_time, and malformed organisations and mentions', () => {
    const bad = { ...article, publisher: 'RND', mentions: [{ '@type': 'Thing', name: 'x', url: `${origin}/` }] };
    expect(rules(page({ jsonLd: [bad] }))).toEqual(['jsonld-published-time', 'jsonld-organization', 'jsonld-mentions']);
  });
});

describe('robots.txt', () => {
  const files = new Set(['sitemap-index.xml', 'sitemap-0.xml', 'index.html']);
  const rules = (robots: string | undefined) => findRobotsProblems(robots, files, origin).map(({ rule }) => rule);

  test('readRobotsSitemaps reads every Sitemap line, in any case', () => {
    expect(readRobotsSitemaps('User-agent: *\nsitemap: https://a.example/a.xml\nSitemap:https://a.example/b.xml\n')).toEqual([
      'https://a.example/a.xml', 'https://a.example/b.xml',
    ]);
  });

  test('accepts a robots.txt that allows everything and names a sitemap of the site', () => {
    expect(rules(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`)).toEqual([]);
  });

  test('reports a missing file, a blocked site, and sitemaps that are absent, relative or elsewhere', () => {
    expect(rules(undefined)).toEqual(['robots-missing']);
    expect(rules('User-agent: *\nDisallow: /\n')).toEqual(['robots-disallow-all', 'robots-no-sitemap']);
    expect(rules('User-agent: *\nSitemap: /sitemap-index.xml\nSitemap: https://b.example/sitemap-index.xml\n')).toEqual([
      'robots-sitemap-origin', 'robots-sitemap-origin',
    ]);
    expect(rules(`User-agent: *\nSitemap: ${origin}/sitemap.xml\n`)).toEqual(['robots-sitemap-missing']);
  });
});
