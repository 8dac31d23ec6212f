import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, test } from 'vitest';
import {
  findBrokenLinks,
  findMetadataProblems,
  findOrphans,
  findSitemapProblems,
  findThirdPartyLoads,
  publishedOrigin,
  readSitemapLocations,
  validateHtml,
} from './site-checks.ts';
import { fixtureOrigin, makePage, writeSite } from './site-fixture.ts';
import { readSite } from './site.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A small site in which every check passes. */
const cleanFiles: Record<string, string> = {
  'index.html': makePage({
    path: '/',
    head: '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">',
    body: [
      '<nav><a href="/personen/">Personen</a> <a href="personen/angela-merkel/#artikel">Merkel</a></nav>',
      `<p><a href="${fixtureOrigin}/datum/2019/">2019</a> <a href="#top">Nach oben</a></p>`,
      '<p><a href="https://example.org/">extern</a> <a href="mailto:redaktion@archiv.example">Mail</a></p>',
    ].join(''),
  }),
  'personen/index.html': makePage({
    path: '/personen/',
    body: '<a href="../personen/angela-merkel/">Angela Merkel</a> <a href="/personen/?seite=2">Weiter</a>',
  }),
  'personen/angela-merkel/index.html': makePage({
    path: '/personen/angela-merkel/',
    body: '<h2 id="artikel">Artikel</h2><a href="/datum/2019/#%C3%BCberblick">Überblick</a>',
  }),
  'datum/2019/index.html': makePage({ path: '/datum/2019/', body: '<h2 id="überblick">Überblick</h2>' }),
  '404.html': makePage({ path: '/404.html', canonical: null, body: '<a href="/">Startseite</a>' }),
  'rss.xml': '<rss></rss>',
  'pagefind/pagefind.js': '',
};

async function siteWith(overrides: Record<string, string> = {}) {
  const root = await writeSite({ ...cleanFiles, ...overrides });
  folders.push(root);
  return readSite(root);
}

describe('publishedOrigin', () => {
  test('is the origin of the home page canonical link', async () => {
    expect(publishedOrigin(await siteWith())).toBe(fixtureOrigin);
  });
});

describe('findBrokenLinks', () => {
  test('accepts relative, root-relative and published-origin links, anchors with umlauts and #top', async () => {
    expect(findBrokenLinks(await siteWith())).toEqual([]);
  });

  test('reports a link to a page that is not in the site', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({ path: '/datum/2019/', body: '<h2 id="überblick">Ü</h2><a href="/orte/berlin/">Berlin</a>' }),
    });
    expect(findBrokenLinks(site)).toEqual([
      expect.objectContaining({ page: '/datum/2019/', rule: 'broken-link', message: expect.stringContaining('/orte/berlin/') }),
    ]);
  });

  test('reports a missing asset and a fragment without its id', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({
        path: '/datum/2019/',
        head: '<link rel="stylesheet" href="/_astro/fehlt.css">',
        body: '<h2 id="überblick">Ü</h2><a href="/personen/angela-merkel/#zitate">Zitate</a>',
      }),
    });
    expect(findBrokenLinks(site).map(({ rule }) => rule)).toEqual(['broken-link', 'broken-anchor']);
  });

  test('reports a folder linked without its trailing slash', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({ path: '/datum/2019/', body: '<h2 id="überblick">Ü</h2><a href="/personen">Personen</a>' }),
    });
    expect(findBrokenLinks(site)).toEqual([expect.objectContaining({ rule: 'missing-trailing-slash' })]);
  });
  test('reports a relative URL on the 404 page, which resolves differently at every missing path', async () => {
    const site = await siteWith({
      '404.html': makePage({ path: '/404.html', canonical: null, body: '<a href="personen/">Personen</a><a href="/">Start</a>' }),
    });
    expect(findBrokenLinks(site)).toEqual([
      expect.objectContaining({ page: '/404.html', rule: 'relative-url-on-404' }),
    ]);
  });
});

describe('findOrphans', () => {
  test('finds none when every page is linked from home, directly or through others', async () => {
    expect(findOrphans(await siteWith())).toEqual([]);
  });

  test('reports a page no link leads to, but not the 404 page or Pagefind files', async () => {
    const site = await siteWith({ 'orte/index.html': makePage({ path: '/orte/', body: '<a href="/">Start</a>' }) });
    expect(findOrphans(site)).toEqual([expect.objectContaining({ page: '/orte/', rule: 'orphan-page' })]);
  });

  test('does not follow links in <link> elements such as the canonical one', async () => {
    const site = await siteWith({
      'index.html': makePage({ path: '/', head: '<link rel="alternate" href="/orte/">' }),
      'orte/index.html': makePage({ path: '/orte/' }),
    });
    expect(findOrphans(site).map(({ page }) => page)).toContain('/orte/');
  });
});

describe('findMetadataProblems', () => {
  test('finds none on pages with lang, title, description and a self-referencing canonical', async () => {
    expect(findMetadataProblems(await siteWith())).toEqual([]);
  });

  test('reports missing lang, title, description and canonical', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({ path: '/datum/2019/', lang: null, title: null, description: null, canonical: null }),
    });
    expect(findMetadataProblems(site).map(({ rule }) => rule)).toEqual([
      'missing-lang',
      'missing-title',
      'missing-description',
      'missing-canonical',
    ]);
  });

  test('reports a page whose lang differs from the home page, which Pagefind would index apart', async () => {
    const site = await siteWith({ 'datum/2019/index.html': makePage({ path: '/datum/2019/', lang: 'de-AT' }) });
    expect(findMetadataProblems(site).map(({ page, rule }) => `${page} ${rule}`)).toEqual(['/datum/2019/ lang-differs']);
  });

  test('reports a canonical link that names another page or another origin', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({ path: '/datum/2019/', canonical: 'https://anderswo.example/datum/' }),
    });
    expect(findMetadataProblems(site).map(({ rule }) => rule)).toEqual([
      'canonical-wrong-origin',
      'canonical-not-self',
    ]);
  });

  test('reports every page that shares its title or description with another', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({ path: '/datum/2019/', title: 'Personen', description: 'Gleich' }),
      'personen/index.html': makePage({ path: '/personen/', title: 'Personen', description: 'Gleich', body: '<a href="/personen/angela-merkel/">M</a>' }),
    });
    const problems = findMetadataProblems(site);
    expect(problems.map(({ page, rule }) => `${page} ${rule}`).sort()).toEqual([
      '/datum/2019/ duplicate-description',
      '/datum/2019/ duplicate-title',
      '/personen/ duplicate-description',
      '/personen/ duplicate-title',
    ]);
  });
});

describe('findSitemapProblems', () => {
  const sitemapOf = (...paths: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><urlset>${paths.map((path) => `<url><loc>${fixtureOrigin}${path}</loc></url>`).join('')}</urlset>`;
  const index = `<sitemapindex><sitemap><loc>${fixtureOrigin}/sitemap-0.xml</loc></sitemap></sitemapindex>`;

  test('reads <loc> URLs and decodes entities', () => {
    expect(readSitemapLocations('<urlset><url><loc> https://a.example/?x=1&amp;y=2 </loc></url></urlset>')).toEqual([
      'https://a.example/?x=1&y=2',
    ]);
  });

  test('finds none when a sitemap index and its sitemap list every content page', async () => {
    const site = await siteWith({
      'sitemap-index.xml': index,
      'sitemap-0.xml': sitemapOf('/', '/personen/', '/personen/angela-merkel/', '/datum/2019/'),
    });
    expect(await findSitemapProblems(site)).toEqual([]);
  });

  test('reports a page left out, a URL that names nothing, and the 404 page', async () => {
    const site = await siteWith({
      'sitemap-0.xml': sitemapOf('/', '/personen/', '/personen/angela-merkel/', '/orte/', '/404.html'),
    });
    expect((await findSitemapProblems(site)).map(({ page, rule }) => `${page} ${rule}`)).toEqual([
      '/sitemap-0.xml sitemap-broken-url',
      '/sitemap-0.xml sitemap-lists-404',
      '/datum/2019/ missing-from-sitemap',
    ]);
  });
});

describe('findThirdPartyLoads', () => {
  test('allows links to other sites and loads from the site itself, including its published origin', async () => {
    const site = await siteWith({
      '_astro/a.css': `@font-face { src: url("/_astro/f.woff2"); } .x { background: url(${fixtureOrigin}/b.svg); }`,
    });
    expect(await findThirdPartyLoads(site)).toEqual([]);
  });

  test('reports scripts, stylesheets, fonts in CSS, images and form targets on other hosts', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({
        path: '/datum/2019/',
        head: [
          '<link rel="stylesheet" href="https://fonts.example/css">',
          '<link rel="preconnect" href="//cdn.example">',
          '<script src="https://stats.example/s.js"></script>',
          '<style>@import "https://fonts.example/x.css";</style>',
        ].join(''),
        body: '<h2 id="überblick">Ü</h2><img src="https://img.example/a.png" alt=""><form action="https://suche.example/"><button>Suchen</button></form>',
      }),
      '_astro/a.css': '.x { background: url( \'https://img.example/b.png\' ); }',
    });
    expect((await findThirdPartyLoads(site)).map(({ page, message }) => `${page} ${message}`)).toEqual([
      '/datum/2019/ <link href="https://fonts.example/css"> loads from outside the site',
      '/datum/2019/ <link href="//cdn.example"> loads from outside the site',
      '/datum/2019/ <script src="https://stats.example/s.js"> loads from outside the site',
      '/datum/2019/ <img src="https://img.example/a.png"> loads from outside the site',
      '/datum/2019/ <form action="https://suche.example/"> loads from outside the site',
      '/datum/2019/ inline CSS loads https://fonts.example/x.css',
      '/_astro/a.css CSS loads https://img.example/b.png',
    ]);
  });
});

describe('validateHtml', () => {
  const config = { extends: ['html-validate:recommended'] };

  test('passes valid pages', async () => {
    const results = await validateHtml(await siteWith(), config);
    expect([...results.values()].flat()).toEqual([]);
  });

  test('reports each rule a page breaks, with the page and the position', async () => {
    const site = await siteWith({
      'datum/2019/index.html': makePage({ path: '/datum/2019/', body: '<img src="/bild.png"><div id="a"></div><p id="a"></p>' }),
    });
    const problems = (await validateHtml(site, config)).get('/datum/2019/') ?? [];
    expect(problems.map(({ rule }) => rule).sort()).toEqual(['no-dup-id', 'wcag/h37']);
    expect(problems[0]?.message).toMatch(/^\d+:\d+ /);
  });
});
