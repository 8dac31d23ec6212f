/**
 * Timelines, maps and co-mentions in the built site (`dist/`): every chart is an SVG with an
 * accessible name and a table behind it, the map's points link to place pages that exist, the base
 * map is one small static file, and the co-mention lists count what the seed articles say.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { sectionPath, worldMapPath } from '../src/lib/routes.ts';
import { distDir, fileOfPath, readSiteIfBuilt } from './support/site.ts';

const site = await readSiteIfBuilt();
const built = site.files.has('index.html');
const trees = new Map<string, Root>();

async function tree(path: string): Promise<Root> {
  let root = trees.get(path);
  if (!root) {
    const page = site.pages.get(path);
    if (!page) throw new Error(`tree: no page ${path} in dist/`);
    root = fromHtml(await readFile(join(site.root, page.file), 'utf8'));
    trees.set(path, root);
  }
  return root;
}

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function all(root: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const byClass = (name: string) => (node: Element) => classes(node).includes(name);

function text(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

/** First pages of person, place and outlet detail pages (no `/2/` pages). */
const detailPaths = (section: 'people' | 'places' | 'outlets') =>
  [...site.pages.keys()].filter((path) => path.startsWith(sectionPath(section)) && /^\/[^/]+\/[^/]+\/$/.test(path) && !/\/\d+\/$/.test(path));

/** Checks one timeline section: named SVG, bars, and a table with a row per year and twelve months. */
function expectTimeline(root: Root, where: string) {
  const [section] = all(root, byClass('timeline'));
  expect(section, `${where}: no timeline`).toBeDefined();
  const [svg] = all(section!, (node) => node.tagName === 'svg');
  expect(svg?.properties['role'], where).toBe('img');
  expect(String(svg?.properties['ariaLabel'] ?? ''), where).toMatch(/^Säulendiagramm: .* je Monat von /);
  expect(all(svg!, byClass('timeline__bar')).length, where).toBeGreaterThan(0);
  const [table] = all(section!, (node) => node.tagName === 'table');
  const rows = all(table!, (node) => node.tagName === 'tr');
  expect(rows.length, where).toBeGreaterThan(1);
  for (const row of rows) expect(row.children.filter((cell) => cell.type === 'element').length, where).toBe(14);
  return { section: section!, table: table! };
}

describe.skipIf(!built)('timelines', () => {
  test('the home page shows all articles per month, zero months included, linked to the month pages', async () => {
    const { table } = expectTimeline(await tree('/'), '/');
    const cells = all(table, (node) => node.tagName === 'td' && !classes(node).includes('timeline__outside'));
    // Data cells (not the year sums) are every month of the span; the sum column follows each row.
    const rows = all(table, (node) => node.tagName === 'tr').slice(1);
    const monthCells = rows.flatMap((row) => all(row, (node) => node.tagName === 'td').slice(0, 12))
      .filter((cell) => !classes(cell).includes('timeline__outside'));
    expect(monthCells.map(text)).toContain('0');
    const total = monthCells.reduce((sum, cell) => sum + Number(text(cell)), 0);
    const articleCount = [...site.pages.keys()].filter((path) => /^\/artikel\/[^/]+-[^/]+\/$/.test(path)).length;
    const undatedNote = text(all(await tree('/'), byClass('timeline__note'))[0] ?? { type: 'text', value: '' });
    const outside = [...undatedNote.matchAll(/(\d+) Artikel/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(total + outside).toBe(articleCount);
    expect(cells.length).toBeGreaterThan(monthCells.length);
    for (const link of all(table, (node) => node.tagName === 'a')) {
      const href = String(link.properties['href']);
      expect(href).toMatch(/^\/datum\/\d{4}\/[a-z]+\/$/);
      expect(fileOfPath(site.files, href), href).toBeDefined();
    }
  });

  test.each([...detailPaths('people'), ...detailPaths('places'), ...detailPaths('outlets')])('%s has a timeline with a table', async (path) => {
    expectTimeline(await tree(path), path);
  });
});

describe.skipIf(!built)('map', () => {
  test('the base map is one small SVG file with the globe, land and borders', async () => {
    const file = worldMapPath().slice(1);
    expect(site.files).toContain(file);
    const svg = await readFile(join(distDir, file), 'utf8');
    for (const id of ['erde', 'land', 'grenzen']) expect(svg).toContain(`id="${id}"`);
    expect(Buffer.byteLength(svg)).toBeLessThan(48_000);
  });

  test('the places index draws every place with coordinates as a link to its page, once, and names each map', async () => {
    const root = await tree(sectionPath('places'));
    const maps = all(root, (node) => node.tagName === 'svg' && classes(node).includes('map'));
    expect(maps.length).toBeGreaterThanOrEqual(1);
    for (const map of maps) {
      expect(String(map.properties['ariaLabel'] ?? '')).not.toBe('');
      for (const use of all(map, (node) => node.tagName === 'use')) expect(String(use.properties['href'])).toMatch(new RegExp(`^${worldMapPath()}#`));
    }
    const pointLinks = maps.flatMap((map) => all(map, byClass('map__link')));
    const hrefs = pointLinks.map((link) => String(link.properties['href']));
    for (const link of pointLinks) expect(String(link.properties['ariaLabel'])).toMatch(/: \d+ Artikel$/);
    for (const href of hrefs) expect(fileOfPath(site.files, href), href).toBeDefined();
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const tableLinks = all(all(root, byClass('place-map__details'))[0]!, (node) => node.tagName === 'a').map((link) => String(link.properties['href']));
    expect([...hrefs].sort()).toEqual([...tableLinks].sort());
    expect(hrefs).toContain('/orte/syrien/');
  });

  test('where points crowd, the world map frames a close-up of the Middle East and links to it', async () => {
    const root = await tree(sectionPath('places'));
    const [frame] = all(root, byClass('map__frame-link'));
    const target = String(frame?.properties['href']).slice(1);
    const [heading] = all(root, (node) => node.properties['id'] === target);
    expect(text(heading!)).toBe('Ausschnitt: Naher Osten');
  });

  test('each place page with coordinates shows a named locator map; places without say so', async () => {
    for (const path of detailPaths('places')) {
      const root = await tree(path);
      const [locator] = all(root, byClass('map--locator'));
      const missing = all(root, byClass('locator__missing'));
      expect(Boolean(locator) !== (missing.length > 0), path).toBe(true);
      if (locator) {
        expect(locator.properties['role']).toBe('img');
        expect(String(locator.properties['ariaLabel'])).toMatch(/^Lage von /);
      }
    }
  });
});

describe.skipIf(!built)('co-mentions', () => {
  async function coMentions(path: string): Promise<Map<string, { href: string; count: string }>> {
    const [section] = all(await tree(path), byClass('co-mentions'));
    const entries = new Map<string, { href: string; count: string }>();
    for (const item of all(section!, (node) => node.tagName === 'li')) {
      const [link] = all(item, (node) => node.tagName === 'a');
      entries.set(text(link!), { href: String(link!.properties['href']), count: text(all(item, byClass('count'))[0]!) });
    }
    return entries;
  }

  test('Nathan Sales is named with James Jeffrey in 2 articles, and each name links to its page', async () => {
    const entries = await coMentions('/personen/nathan-sales/');
    expect(entries.get('James Jeffrey')).toEqual({ href: '/personen/james-jeffrey/', count: '(2 Artikel)' });
    expect(entries.has('Nathan Sales')).toBe(false);
    for (const { href } of entries.values()) expect(fileOfPath(site.files, href), href).toBeDefined();
  });

  test('Syrien is named with the Islamischer Staat in every one of its 4 articles', async () => {
    const entries = await coMentions('/orte/syrien/');
    expect(entries.get('Islamischer Staat')?.count).toBe('(4 Artikel)');
  });

  test('every person and place page has a co-mention section; outlet pages do not', async () => {
    for (const path of [...detailPaths('people'), ...detailPaths('places')]) {
      expect(all(await tree(path), byClass('co-mentions')).length, path).toBe(1);
    }
    for (const path of detailPaths('outlets')) expect(all(await tree(path), byClass('co-mentions')).length, path).toBe(0);
  });
});
