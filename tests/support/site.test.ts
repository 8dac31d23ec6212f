import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { makePage, writeSite } from './site-fixture.ts';
import {
  fileOfPath,
  pageShape,
  parsePage,
  pathOfFile,
  readSite,
  readSiteIfBuilt,
  samplePageTypes,
} from './site.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function siteOf(files: string[]) {
  const root = await writeSite(
    Object.fromEntries(files.map((file) => [file, file.endsWith('.html') ? makePage({ path: pathOfFile(file) }) : ''])),
  );
  folders.push(root);
  return readSite(root);
}

describe('reading a built site', () => {
  test('keys pages by the path a static host serves them at', async () => {
    const site = await siteOf(['index.html', 'personen/index.html', '404.html', 'rss.xml']);
    expect([...site.pages.keys()]).toEqual(['/404.html', '/', '/personen/']);
    expect(site.files).toContain('rss.xml');
  });

  test('finds the file for a path as the test server does', () => {
    const files = new Set(['index.html', 'personen/index.html', 'impressum.html', 'rss.xml']);
    expect(fileOfPath(files, '/')).toBe('index.html');
    expect(fileOfPath(files, '/personen/')).toBe('personen/index.html');
    expect(fileOfPath(files, '/personen')).toBe('personen/index.html');
    expect(fileOfPath(files, '/impressum')).toBe('impressum.html');
    expect(fileOfPath(files, '/rss.xml')).toBe('rss.xml');
    expect(fileOfPath(files, '/rss.xml/')).toBeUndefined();
    expect(fileOfPath(files, '/orte/')).toBeUndefined();
  });

  test('reads metadata, ids and every referenced URL of a page', () => {
    const page = parsePage(
      'a/index.html',
      makePage({
        path: '/a/',
        title: 'Titel &amp; mehr',
        head: '<link rel="stylesheet" href="/_astro/a.css">',
        body: '<a name="alt"></a><h2 id="neu">N</h2><img src="b.png" srcset="b.png 1x, b2.png 2x" alt=""><svg><use href="#i"></use></svg>',
      }),
    );
    expect(page).toMatchObject({
      path: '/a/',
      lang: 'de',
      title: 'Titel & mehr',
      heading: 'Titel & mehr',
      description: 'Beschreibung von /a/',
      canonical: 'https://archiv.example/a/',
    });
    expect([...page.ids]).toEqual(['alt', 'neu']);
    expect(page.references.map(({ tag, attribute, url }) => `${tag}[${attribute}]=${url}`)).toEqual([
      'link[href]=https://archiv.example/a/',
      'link[href]=/_astro/a.css',
      'img[src]=b.png',
      'img[srcset]=b.png',
      'img[srcset]=b2.png',
      'use[href]=#i',
    ]);
  });

  test('reads a missing site folder as an empty site', async () => {
    const site = await readSiteIfBuilt(join(await writeSite({}), 'dist'));
    expect(site.pages.size).toBe(0);
  });
});

describe('pageShape', () => {
  test.each([
    ['/', '/'],
    ['/personen/', '/personen/'],
    ['/personen/angela-merkel/', '/personen/*/'],
    ['/personen/2/', '/personen/#/'],
    ['/datum/2019/', '/datum/#/'],
    ['/datum/2019/august/', '/datum/#/*/'],
    ['/rss.xml', '/rss.xml'],
  ])('gives %s the shape %s', (path, shape) => {
    expect(pageShape(path)).toBe(shape);
  });
});

describe('samplePageTypes', () => {
  test('takes the first page of each shape and leaves out the 404 page and assets', async () => {
    const site = await siteOf([
      'index.html',
      '404.html',
      'personen/index.html',
      'personen/2/index.html',
      'personen/olaf-scholz/index.html',
      'personen/angela-merkel/index.html',
      'datum/2019/index.html',
      'datum/2020/index.html',
      'pagefind/fragment.html',
    ]);
    expect(samplePageTypes(site).map(({ path }) => path)).toEqual([
      '/',
      '/datum/2019/',
      '/personen/',
      '/personen/2/',
      '/personen/angela-merkel/',
    ]);
  });
});
