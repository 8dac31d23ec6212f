/**
 * Checks that hold for every page of a built site, whatever its page types: links and anchors
 * resolve, every page can be reached from the home page, titles, descriptions and canonical links
 * are present and unique, the sitemaps list every page, and the HTML validates. Each check returns
 * all the problems it finds as values, so a failing test lists every page and rule at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { fileOfPath, isContentPage, pathOfFile, type Site, type SitePage } from './site.ts';

export interface SiteProblem {
  /** URL path of the page the problem is on. */
  page: string;
  /** Short name of what is wrong: a check name, or an html-validate rule id. */
  rule: string;
  message: string;
}

/** Stand-in origin for resolving a page's relative URLs. */
const localOrigin = 'http://site.invalid';

/** Schemes that never point into the site. */
const foreignScheme = /^(mailto|tel|javascript|data|blob|sms|geo):/i;

/**
 * Origin the site is published at, read from the home page's canonical link. Absolute URLs on that
 * origin point into the site as much as relative ones do.
 */
export function publishedOrigin(site: Site): string | undefined {
  const canonical = site.pages.get('/')?.canonical;
  if (!canonical) return undefined;
  try {
    return new URL(canonical).origin;
  } catch {
    return undefined;
  }
}

interface InternalTarget {
  /** Percent-decoded path inside the site. */
  path: string;
  /** Percent-decoded fragment, without `#`; empty when there is none. */
  fragment: string;
}

/** Where `url`, found on `page`, points inside the site; undefined when it points elsewhere. */
function resolveInternal(
  page: SitePage,
  url: string,
  origin: string | undefined,
): InternalTarget | 'malformed' | undefined {
  if (foreignScheme.test(url.trim())) return undefined;
  let target: URL;
  try {
    target = new URL(url, `${localOrigin}${page.path}`);
  } catch {
    return 'malformed';
  }
  if (target.origin !== localOrigin && target.origin !== origin) return undefined;
  try {
    return {
      path: decodeURIComponent(target.pathname),
      fragment: decodeURIComponent(target.hash.slice(1)),
    };
  } catch {
    return 'malformed';
  }
}

/**
 * Every URL in an element attribute that points into the site must name a file of the site, and its
 * `#fragment`, if any, an `id` on that page. A folder linked without its trailing slash counts as a
 * problem: a static host answers it only with a redirect. So does a relative URL on the 404 page,
 * which the host serves at whatever path was missing.
 */
export function findBrokenLinks(site: Site): SiteProblem[] {
  const origin = publishedOrigin(site);
  const problems: SiteProblem[] = [];
  for (const page of site.pages.values()) {
    for (const { tag, attribute, url } of page.references) {
      const where = `<${tag} ${attribute}="${url}">`;
      const target = resolveInternal(page, url, origin);
      if (target === undefined) continue;
      if (target === 'malformed') {
        problems.push({ page: page.path, rule: 'malformed-url', message: `${where} is not a valid URL` });
        continue;
      }
      if (page.file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url.trim())) {
        problems.push({
          page: page.path,
          rule: 'relative-url-on-404',
          message: `${where} is relative, but the 404 page is served at every missing path`,
        });
      }
      const file = fileOfPath(site.files, target.path);
      if (file === undefined) {
        problems.push({
          page: page.path,
          rule: 'broken-link',
          message: `${where} points to ${target.path}, which is not in the site`,
        });
        continue;
      }
      if (file.endsWith('index.html') && !target.path.endsWith('/')) {
        problems.push({
          page: page.path,
          rule: 'missing-trailing-slash',
          message: `${where} points to the folder ${target.path} without its trailing slash`,
        });
      }
      if (target.fragment === '' || target.fragment === 'top' || !file.endsWith('.html')) continue;
      const targetPage = site.pages.get(pathOfFile(file));
      if (!targetPage?.ids.has(target.fragment)) {
        problems.push({
          page: page.path,
          rule: 'broken-anchor',
          message: `${where}: ${pathOfFile(file)} has no element with id "${target.fragment}"`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every page a reader navigates to must be reachable from the home page by following `<a href>`
 * links. The 404 page and generated assets are not such pages.
 */
export function findOrphans(site: Site): SiteProblem[] {
  const origin = publishedOrigin(site);
  const reached = new Set<string>();
  const queue = site.pages.has('/') ? ['/'] : [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (reached.has(path)) continue;
    reached.add(path);
    const page = site.pages.get(path)!;
    for (const { tag, url } of page.references) {
      if (tag !== 'a' && tag !== 'area') continue;
      const target = resolveInternal(page, url, origin);
      if (target === undefined || target === 'malformed') continue;
      const file = fileOfPath(site.files, target.path);
      if (file?.endsWith('.html') && !reached.has(pathOfFile(file))) queue.push(pathOfFile(file));
    }
  }
  return [...site.pages.values()]
    .filter((page) => isContentPage(page) && !reached.has(page.path))
    .map((page) => ({
      page: page.path,
      rule: 'orphan-page',
      message: `no chain of links leads from / to ${page.path}`,
    }));
}

/** Problems for each page whose value of `field` another page shares. */
function findDuplicates(
  pages: SitePage[],
  field: 'title' | 'description',
  rule: string,
): SiteProblem[] {
  const byValue = new Map<string, string[]>();
  for (const page of pages) {
    const value = page[field];
    if (!value) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), page.path]);
  }
  return [...byValue.entries()]
    .filter(([, paths]) => paths.length > 1)
    .flatMap(([value, paths]) =>
      paths.map((path) => ({
        page: path,
        rule,
        message: `${field} "${value}" is also the ${field} of ${paths.filter((other) => other !== path).join(', ')}`,
      })),
    );
}

/**
 * Every page has `lang` on `<html>`, the home page's (Pagefind builds one index per language), a
 * non-empty `<title>` and meta description, none shared with another page; every content page (all but the 404 page) has a canonical link, absolute, on the
 * published origin, naming the page itself.
 */
export function findMetadataProblems(site: Site): SiteProblem[] {
  const origin = publishedOrigin(site);
  const homeLang = site.pages.get('/')?.lang;
  const problems: SiteProblem[] = [];
  const pages = [...site.pages.values()].filter((page) => isContentPage(page) || page.file === '404.html');
  for (const page of pages) {
    const add = (rule: string, message: string) => problems.push({ page: page.path, rule, message });
    if (!page.lang) add('missing-lang', '<html> has no lang attribute');
    else if (homeLang && page.lang !== homeLang) {
      add('lang-differs', `lang="${page.lang}" differs from the home page's "${homeLang}": Pagefind indexes it apart`);
    }
    if (!page.title) add('missing-title', 'no <title>, or an empty one');
    if (!page.description) add('missing-description', 'no <meta name="description">, or an empty one');
    if (!isContentPage(page)) continue;
    if (!page.canonical) {
      add('missing-canonical', 'no <link rel="canonical">');
      continue;
    }
    let canonical: URL;
    try {
      canonical = new URL(page.canonical);
    } catch {
      add('canonical-not-absolute', `canonical "${page.canonical}" is not an absolute URL`);
      continue;
    }
    if (origin && canonical.origin !== origin) {
      add('canonical-wrong-origin', `canonical ${page.canonical} is not on ${origin}, the home page's origin`);
    }
    if (decodeURIComponent(canonical.pathname) !== page.path) {
      add('canonical-not-self', `canonical ${page.canonical} does not name this page, ${page.path}`);
    }
  }
  problems.push(
    ...findDuplicates(pages, 'title', 'duplicate-title'),
    ...findDuplicates(pages, 'description', 'duplicate-description'),
  );
  return problems;
}

/**
 * Validates every HTML page with html-validate under `config` (for the real site, the repository's
 * `.htmlvalidate.json`), and returns the problems of each page by URL path.
 */
export async function validateHtml(
  site: Site,
  config: ConfigData,
): Promise<Map<string, SiteProblem[]>> {
  const validator = new HtmlValidate(config);
  const results = new Map<string, SiteProblem[]>();
  for (const page of site.pages.values()) {
    const report = await validator.validateFile(join(site.root, page.file));
    results.set(
      page.path,
      report.results.flatMap((result) =>
        result.messages.map((message) => ({
          page: page.path,
          rule: message.ruleId,
          message: `${message.line}:${message.column} ${message.message}${message.selector ? ` (${message.selector})` : ''}`,
        })),
      ),
    );
  }
  return results;
}

/** The `<loc>` URLs of an XML sitemap or sitemap index, entities decoded. */
export function readSitemapLocations(xml: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map(([, url]) =>
    url!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!),
  );
}

/**
 * The sitemaps (every `sitemap*.xml` at the top of the site) list exactly the content pages: each
 * URL is on the published origin and names a page of the site, and no content page is left out.
 * A site without sitemaps has nothing to check.
 */
export async function findSitemapProblems(site: Site): Promise<SiteProblem[]> {
  const sitemaps = [...site.files].filter((file) => /^sitemap[^/]*\.xml$/.test(file));
  if (sitemaps.length === 0) return [];
  const origin = publishedOrigin(site);
  const problems: SiteProblem[] = [];
  const listed = new Set<string>();
  for (const sitemap of sitemaps) {
    const add = (rule: string, message: string) => problems.push({ page: `/${sitemap}`, rule, message });
    for (const location of readSitemapLocations(await readFile(join(site.root, sitemap), 'utf8'))) {
      let url: URL;
      try {
        url = new URL(location);
      } catch {
        add('sitemap-url-not-absolute', `${location} is not an absolute URL`);
        continue;
      }
      if (origin && url.origin !== origin) add('sitemap-wrong-origin', `${location} is not on ${origin}`);
      const path = decodeURIComponent(url.pathname);
      const file = fileOfPath(site.files, path);
      if (file === undefined) add('sitemap-broken-url', `${location} names no file of the site`);
      else if (file === '404.html') add('sitemap-lists-404', `${location} is the 404 page`);
      else if (file.endsWith('.html')) listed.add(pathOfFile(file));
    }
  }
  for (const page of site.pages.values()) {
    if (isContentPage(page) && !listed.has(page.path)) {
      problems.push({ page: page.path, rule: 'missing-from-sitemap', message: `${page.path} is in no sitemap` });
    }
  }
  return problems;
}

/** `<link rel>` keywords that make the browser fetch (or connect to) the URL on its own. */
const fetchingRels = new Set([
  'stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'manifest',
  'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender',
]);

/** True when the browser loads `reference` without a click: every URL but links to follow. */
function loadsByItself({ tag, rel }: { tag: string; rel: string[] }): boolean {
  if (tag === 'a' || tag === 'area') return false;
  if (tag === 'link') return rel.some((keyword) => fetchingRels.has(keyword));
  return true;
}

/** Absolute and protocol-relative URLs in `url(...)` and `@import` of a piece of CSS. */
function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3/gi)];
  return urls.map((match) => (match[2] ?? match[4] ?? '').trim()).filter((url) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url));
}

/**
 * Nothing in the site makes a reader's browser contact another host on its own: no script, style,
 * font, image, frame or form target, in any page or any CSS file, is outside the site. Links a
 * reader chooses to follow may go anywhere. Covers every page statically; the browser tests
 * confirm it for one page of each type at run time.
 */
export async function findThirdPartyLoads(site: Site): Promise<SiteProblem[]> {
  const origin = publishedOrigin(site);
  const problems: SiteProblem[] = [];
  const isOutside = (url: string, base: string) => {
    try {
      const { origin: target, protocol } = new URL(url, `${localOrigin}${base}`);
      return (protocol === 'http:' || protocol === 'https:') && target !== localOrigin && target !== origin;
    } catch {
      return false;
    }
  };
  for (const page of site.pages.values()) {
    for (const reference of page.references) {
      if (loadsByItself(reference) && isOutside(reference.url, page.path)) {
        problems.push({
          page: page.path,
          rule: 'third-party-load',
          message: `<${reference.tag} ${reference.attribute}="${reference.url}"> loads from outside the site`,
        });
      }
    }
    for (const url of page.inlineCss.flatMap(cssUrls)) {
      if (isOutside(url, page.path)) {
        problems.push({ page: page.path, rule: 'third-party-load', message: `inline CSS loads ${url}` });
      }
    }
  }
  for (const file of [...site.files].filter((name) => name.endsWith('.css'))) {
    for (const url of cssUrls(await readFile(join(site.root, file), 'utf8'))) {
      if (isOutside(url, pathOfFile(file))) {
        problems.push({ page: pathOfFile(file), rule: 'third-party-load', message: `CSS loads ${url}` });
      }
    }
  }
  return problems;
}
