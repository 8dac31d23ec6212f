/**
 * Checks of what search engines and link previews read from a page: the Open Graph tags, the
 * schema.org JSON-LD of article pages, and `robots.txt` with the sitemaps it names. Each returns
 * problems as values, like the whole-site checks in `site-checks.ts`.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { stringProperty, textOf } from './site.ts';

export interface SharingProblem {
  rule: string;
  message: string;
}

/** What a page tells machines in its head, and the article facts the JSON-LD must agree with. */
export interface SharingFacts {
  /** `<meta property>` values by property, in document order. */
  properties: Map<string, string[]>;
  canonical: string | undefined;
  /** Texts of `<script type="application/ld+json">`, unparsed. */
  jsonLd: string[];
  /** Text of the first `<h1>`. */
  heading: string | undefined;
  /** `datetime` of the first `<time>` in the article header, if any. */
  headerDatetime: string | undefined;
}

/** Reads the Open Graph tags, canonical link, JSON-LD, `<h1>` and header date of a page. */
export function readSharingFacts(html: string): SharingFacts {
  const tree: Root = fromHtml(html);
  const facts: SharingFacts = { properties: new Map(), canonical: undefined, jsonLd: [], heading: undefined, headerDatetime: undefined };
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'meta') {
      const property = stringProperty(node, 'property');
      if (property !== undefined) facts.properties.set(property, [...(facts.properties.get(property) ?? []), stringProperty(node, 'content') ?? '']);
    }
    if (node.tagName === 'link' && stringProperty(node, 'rel')?.split(/\s+/).includes('canonical')) facts.canonical ??= stringProperty(node, 'href');
    if (node.tagName === 'script' && stringProperty(node, 'type')?.toLowerCase() === 'application/ld+json') facts.jsonLd.push(textOf(node));
    if (node.tagName === 'h1') facts.heading ??= textOf(node).trim();
    if (node.tagName === 'header' && parent?.type === 'element' && parent.tagName === 'article') {
      visit(node, 'element', (child) => {
        if (child.tagName === 'time') facts.headerDatetime ??= stringProperty(child, 'dateTime');
      });
    }
  });
  return facts;
}

const requiredProperties = ['og:type', 'og:title', 'og:description', 'og:locale', 'og:site_name'];
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Open Graph tags of one page: each required tag exactly once and not empty, `og:url` equal to
 * the canonical link (and present exactly when there is one), `og:locale` German, `og:type` the one
 * expected, and `article:published_time` only on articles and only as a day.
 */
export function findOpenGraphProblems(facts: SharingFacts, expectedType: 'website' | 'article'): SharingProblem[] {
  const problems: SharingProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const one = (property: string) => facts.properties.get(property)?.[0];
  for (const property of [...requiredProperties, 'og:url', 'article:published_time']) {
    const values = facts.properties.get(property) ?? [];
    if (values.length > 1) add('og-repeated', `${property} appears ${values.length} times`);
    if (values.some((value) => value.trim() === '')) add('og-empty', `${property} is empty`);
  }
  for (const property of requiredProperties) {
    if (!facts.properties.has(property)) add('og-missing', `no ${property}`);
  }
  if (one('og:url') !== facts.canonical) add('og-url', `og:url ${one('og:url') ?? '(none)'} is not the canonical ${facts.canonical ?? '(none)'}`);
  if (facts.properties.has('og:locale') && one('og:locale') !== 'de_DE') add('og-locale', `og:locale is ${one('og:locale')}, not de_DE`);
  if (facts.properties.has('og:type') && one('og:type') !== expectedType) add('og-type', `og:type is ${one('og:type')}, not ${expectedType}`);
  const published = one('article:published_time');
  if (published !== undefined && (expectedType !== 'article' || !isoDay.test(published))) {
    add('og-published-time', `article:published_time "${published}" on a ${expectedType}, or not a day`);
  }
  return problems;
}

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const mentionTypes = new Set(['Person', 'Place', 'Organization']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findOrganisationProblems(value: unknown, field: string, origin: string): SharingProblem[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item): SharingProblem[] =>
    isRecord(item) && item['@type'] === 'Organization' && typeof item['name'] === 'string' && item['name'] !== '' && String(item['url'] ?? '').startsWith(`${origin}/`)
      ? []
      : [{ rule: 'jsonld-organization', message: `${field} ${JSON.stringify(item)} is not an Organization with name and site URL` }]);
}

/**
 * The JSON-LD of an article page: exactly one block, valid JSON, a schema.org `NewsArticle` whose
 * headline is the page's `<h1>`, whose URL is the canonical one, in German, free to read; a
 * `datePublished` only as an ISO date of the precision shown and equal to the date in the article
 * header, and consistent with `article:published_time` (present exactly for a day); publisher and
 * source organisations as Organizations; mentions as Person, Place or Organization with site URLs.
 */
export function findNewsArticleProblems(facts: SharingFacts, origin: string): SharingProblem[] {
  const problems: SharingProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  if (facts.jsonLd.length !== 1) {
    add('jsonld-count', `has ${facts.jsonLd.length} JSON-LD blocks, not one`);
    if (facts.jsonLd.length === 0) return problems;
  }
  let data: unknown;
  try {
    data = JSON.parse(facts.jsonLd[0]!);
  } catch (error) {
    add('jsonld-invalid', `JSON-LD does not parse: ${(error as Error).message}`);
    return problems;
  }
  if (!isRecord(data)) {
    add('jsonld-invalid', 'JSON-LD is not an object');
    return problems;
  }
  const expect = (field: string, ok: boolean, what: string) => {
    if (!ok) add(`jsonld-${field}`, `${field} ${JSON.stringify(data[field])} ${what}`);
  };
  expect('@context', data['@context'] === 'https://schema.org', 'is not https://schema.org');
  expect('@type', data['@type'] === 'NewsArticle', 'is not NewsArticle');
  expect('headline', typeof data['headline'] === 'string' && data['headline'] === facts.heading, `is not the <h1> "${facts.heading}"`);
  expect('url', data['url'] === facts.canonical, `is not the canonical ${facts.canonical}`);
  expect('inLanguage', data['inLanguage'] === 'de', 'is not de');
  expect('isAccessibleForFree', data['isAccessibleForFree'] === true, 'is not true');
  const date = data['datePublished'];
  if (date !== undefined) {
    expect('datePublished', typeof date === 'string' && isoDate.test(date), 'is not YYYY, YYYY-MM or YYYY-MM-DD');
    expect('datePublished', date === facts.headerDatetime, `is not the date the page shows (${facts.headerDatetime ?? 'none'})`);
  }
  const published = facts.properties.get('article:published_time')?.[0];
  const day = typeof date === 'string' && isoDay.test(date) ? date : undefined;
  if (published !== day) add('jsonld-published-time', `article:published_time ${published ?? '(none)'} disagrees with datePublished ${String(date ?? '(none)')}`);
  if (data['publisher'] !== undefined) problems.push(...findOrganisationProblems(data['publisher'], 'publisher', origin));
  if (data['sourceOrganization'] !== undefined) problems.push(...findOrganisationProblems(data['sourceOrganization'], 'sourceOrganization', origin));
  const mentions = data['mentions'] ?? [];
  if (!Array.isArray(mentions)) add('jsonld-mentions', 'mentions is not a list');
  else {
    for (const mention of mentions) {
      const ok = isRecord(mention) && mentionTypes.has(String(mention['@type'])) && typeof mention['name'] === 'string' && String(mention['url'] ?? '').startsWith(`${origin}/`);
      if (!ok) add('jsonld-mentions', `mention ${JSON.stringify(mention)} is not a Person, Place or Organization with name and site URL`);
    }
  }
  return problems;
}

/** The `Sitemap:` URLs of a robots.txt. */
export function readRobotsSitemaps(robots: string): string[] {
  return [...robots.matchAll(/^\s*sitemap\s*:\s*(\S+)\s*$/gim)].map(([, url]) => url!);
}

/**
 * robots.txt agrees with the site: it addresses every crawler, blocks nothing (`Disallow: /`),
 * and names at least one sitemap by an absolute URL on the site's origin that is a file of the site.
 */
export function findRobotsProblems(robots: string | undefined, files: ReadonlySet<string>, origin: string): SharingProblem[] {
  if (robots === undefined) return [{ rule: 'robots-missing', message: 'no robots.txt' }];
  const problems: SharingProblem[] = [];
  if (!/^\s*user-agent\s*:\s*\*\s*$/im.test(robots)) problems.push({ rule: 'robots-user-agent', message: 'no "User-agent: *" group' });
  if (/^\s*disallow\s*:\s*\/\s*$/im.test(robots)) problems.push({ rule: 'robots-disallow-all', message: '"Disallow: /" hides the whole site' });
  const sitemaps = readRobotsSitemaps(robots);
  if (sitemaps.length === 0) problems.push({ rule: 'robots-no-sitemap', message: 'names no sitemap' });
  for (const location of sitemaps) {
    const url = URL.canParse(location) ? new URL(location) : undefined;
    if (url?.origin !== origin) problems.push({ rule: 'robots-sitemap-origin', message: `${location} is not an absolute URL on ${origin}` });
    else if (!files.has(decodeURIComponent(url.pathname).replace(/^\//, ''))) problems.push({ rule: 'robots-sitemap-missing', message: `${location} names no file of the site` });
  }
  return problems;
}
