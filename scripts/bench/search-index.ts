/**
 * The two indexes the search benchmark compares: the built site's own (`dist/pagefind/`, with the
 * added search terms) and a plain one, built with Pagefind's Node API over the same HTML with the
 * search-terms block removed. Also measures both indexes' size and Pagefind's indexing time.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';

/** The search terms block of an article page (`searchTermsHtml` in `src/lib/article-element.ts`). */
const searchTermsBlock = /<div\b[^>]*\bdata-search-terms\b[^>]*>[\s\S]*?<\/div>/g;

/** The page's HTML without its search terms: what plain Pagefind would see. */
export function stripSearchTerms(html: string): string {
  return html.replace(searchTermsBlock, '');
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) {
      yield path;
    }
  }
}

/** URL of a built page as Pagefind gives it: `artikel/x/index.html` → `/artikel/x/`. */
function pageUrl(site: string, file: string): string {
  const path = relative(site, file).split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface IndexBuild {
  /** Folder that holds `pagefind/` (and a blank page to search from). */
  root: string;
  pages: number;
  seconds: number;
}

/**
 * Indexes the site's article pages (those with `data-pagefind-body`, as the CLI does) into
 * `outDir/pagefind/`, with the search terms (`strip: false`) or without. Writes `outDir/index.html`,
 * a blank page the browser can search from.
 */
export async function buildIndex(site: string, outDir: string, strip: boolean): Promise<IndexBuild> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`buildIndex: Pagefind did not start: ${errors.join('; ')}`);
  let pages = 0;
  for await (const file of htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ url: pageUrl(site, file), content: strip ? stripSearchTerms(html) : html });
    if (added.errors.length > 0) throw new Error(`buildIndex: ${file}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`buildIndex: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), '<!doctype html><html lang="de"><title>Suche</title></html>\n');
  return { root: outDir, pages, seconds: (performance.now() - started) / 1000 };
}

/** Starts Pagefind's background service, so that the first timed build does not pay for it. */
export async function warmUpIndexer(): Promise<void> {
  const { index } = await createIndex({});
  await index?.deleteIndex();
}

/** Stops Pagefind's background service. */
export function closeIndexer(): Promise<null> {
  return close();
}

export interface IndexSize {
  /** Bytes of the search data: index chunks, fragments, filters, metadata (`*.pf_*`). */
  dataBytes: number;
  /** Bytes of the whole `pagefind/` folder, scripts and WebAssembly included. */
  totalBytes: number;
}

/** Sizes of a `pagefind/` folder, as served (its files are already compressed). */
export async function indexSize(pagefindDir: string): Promise<IndexSize> {
  let dataBytes = 0;
  let totalBytes = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      const { size } = await stat(path);
      totalBytes += size;
      if (/\.pf_\w+$/.test(entry.name)) dataBytes += size;
    }
  };
  await walk(pagefindDir);
  return { dataBytes, totalBytes };
}
