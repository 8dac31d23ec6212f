/**
 * Reads a built site (`dist/`) into what the whole-site checks need: every file, and for every HTML
 * page its metadata, its ids and the URLs it refers to. Pages are keyed by URL path the way a
 * static host serves them: `a/index.html` is `/a/`, `index.html` is `/`, `a.html` is `/a.html`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A URL a page refers to, with the element and attribute it came from. */
export interface Reference {
  tag: string;
  attribute: string;
  url: string;
  /** The `rel` keywords of a `<link>` or `<a>`, lower-cased; empty for other elements. */
  rel: string[];
}

export interface SitePage {
  /** File inside the site folder, with `/` separators. */
  file: string;
  /** URL path the page is served at. */
  path: string;
  lang: string | undefined;
  title: string | undefined;
  /** Text of the first `<h1>`. */
  heading: string | undefined;
  description: string | undefined;
  canonical: string | undefined;
  /** Every `id`, and every `name` of an `<a>`: the targets a `#fragment` can reach. */
  ids: Set<string>;
  references: Reference[];
  /** Text of every `<style>` element and `style` attribute, for checks on URLs inside CSS. */
  inlineCss: string[];
}

export interface Site {
  root: string;
  /** Every file inside the site folder, with `/` separators. */
  files: Set<string>;
  /** Every HTML page, by URL path, in file order. */
  pages: Map<string, SitePage>;
}

/** Folders of generated assets whose files are not pages a reader navigates to. */
export const assetFolders = ['pagefind/', '_astro/'];

/** Every file below `root`, relative, with `/` separators, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** URL path a static host serves `file` at. */
export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * File that answers a request for `path` (already percent-decoded, without query or fragment), as
 * the test server answers it: the file itself, a folder's `index.html`, or `path.html`.
 */
export function fileOfPath(files: ReadonlySet<string>, path: string): string | undefined {
  const bare = path.replace(/^\/+/, '');
  if (bare === '' || bare.endsWith('/')) {
    const index = `${bare}index.html`;
    return files.has(index) ? index : undefined;
  }
  for (const candidate of [bare, `${bare}/index.html`, `${bare}.html`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

/** Attributes that hold one URL, by element. `srcset` is handled apart: it holds a list. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xLinkHref'],
};

/** All text inside an element. */
export function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

/** An attribute as a string, or undefined when absent. */
export function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Extracts what the checks need from one page's HTML. */
export function parsePage(file: string, html: string): SitePage {
  const tree: Root = fromHtml(html);
  const page: SitePage = {
    file,
    path: pathOfFile(file),
    lang: undefined,
    title: undefined,
    heading: undefined,
    description: undefined,
    canonical: undefined,
    ids: new Set(),
    references: [],
    inlineCss: [],
  };
  visit(tree, 'element', (node) => {
    const id = stringProperty(node, 'id');
    if (id !== undefined) page.ids.add(id);
    if (node.tagName === 'a') {
      const name = stringProperty(node, 'name');
      if (name !== undefined) page.ids.add(name);
    }
    if (node.tagName === 'html') page.lang = stringProperty(node, 'lang');
    if (node.tagName === 'title' && page.title === undefined) page.title = textOf(node).trim();
    if (node.tagName === 'h1' && page.heading === undefined) page.heading = textOf(node).trim();
    if (node.tagName === 'meta' && stringProperty(node, 'name') === 'description') {
      page.description = stringProperty(node, 'content')?.trim();
    }
    const rel = stringProperty(node, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    if (node.tagName === 'link' && rel.includes('canonical')) {
      page.canonical = stringProperty(node, 'href');
    }
    for (const attribute of urlAttributes[node.tagName] ?? []) {
      const url = stringProperty(node, attribute);
      if (url !== undefined) page.references.push({ tag: node.tagName, attribute, url, rel });
    }
    if (node.tagName === 'style') page.inlineCss.push(textOf(node));
    const style = stringProperty(node, 'style');
    if (style !== undefined) page.inlineCss.push(style);
    const srcset = stringProperty(node, 'srcSet');
    if (srcset !== undefined) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) page.references.push({ tag: node.tagName, attribute: 'srcset', url, rel });
      }
    }
  });
  return page;
}

/** Reads every file name and every HTML page of the site in `root`. */
export async function readSite(root: string): Promise<Site> {
  const list = await listFiles(root);
  const pages = new Map<string, SitePage>();
  for (const file of list.filter((name) => name.endsWith('.html'))) {
    const page = parsePage(file, await readFile(join(root, file), 'utf8'));
    pages.set(page.path, page);
  }
  return { root, files: new Set(list), pages };
}

/** True for the pages a reader navigates to: not the 404 page, nor files inside asset folders. */
export function isContentPage(page: SitePage): boolean {
  return page.file !== '404.html' && !assetFolders.some((folder) => page.file.startsWith(folder));
}

/** The repository's build output. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The site in `root`, or an empty one when there is no such folder (the build failed or never ran). */
export async function readSiteIfBuilt(root: string = distDir): Promise<Site> {
  if (!existsSync(root)) return { root, files: new Set(), pages: new Map() };
  return readSite(root);
}

/**
 * The page type a path belongs to, read off its shape: the first segment as it is, every further
 * one as `#` when it is a number (a page of a paginated listing, a year) and `*` otherwise (a slug).
 * `/personen/angela-merkel/` and `/personen/olaf-scholz/` share one shape, `/personen/2/` (the
 * second page of the index) has another.
 */
export function pageShape(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  if (first === undefined) return '/';
  const tail = rest.map((segment) => (/^\d+$/.test(segment) ? '#' : '*'));
  return `/${[first, ...tail].join('/')}${path.endsWith('/') ? '/' : ''}`;
}

/** One content page of each shape, the first by path: a sample that covers every page type. */
export function samplePageTypes(site: Site): SitePage[] {
  const byShape = new Map<string, SitePage>();
  const pages = [...site.pages.values()].filter(isContentPage);
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const page of pages) {
    const shape = pageShape(page.path);
    if (!byShape.has(shape)) byShape.set(shape, page);
  }
  return [...byShape.values()];
}
