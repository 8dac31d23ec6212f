/**
 * node scripts/bench/probes/search-document.ts <dist folder>
 *
 * Over every article page of a built site: the bytes of the pages and of what the build hands to
 * Pagefind (`searchIndexDocument`), and how many pages fell back to the whole page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticlePagePath, sectionPath } from '../../../src/lib/routes.ts';
import { searchIndexDocument } from '../../../src/lib/search-document.ts';

const [dist] = process.argv.slice(2);
if (!dist) throw new Error('usage: search-document.ts <dist folder>');
const folder = join(dist, sectionPath('articles'));
let pages = 0, pageBytes = 0, documentBytes = 0, whole = 0;
const started = performance.now();
for (const name of readdirSync(folder)) {
  const file = join(folder, name, 'index.html');
  if (!isArticlePagePath(`${sectionPath('articles')}${name}/`) || !existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const document = searchIndexDocument(html);
  pages += 1;
  pageBytes += Buffer.byteLength(html);
  documentBytes += Buffer.byteLength(document);
  if (document === html) whole += 1;
}
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
console.log(`${pages} article pages: ${mb(pageBytes)} MB of pages, ${mb(documentBytes)} MB handed to Pagefind; ${whole} whole; ${(performance.now() - started).toFixed(0)} ms`);
