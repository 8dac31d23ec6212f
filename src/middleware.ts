/**
 * During `astro build`, hands what pages yield to the integrations that own the search index and the
 * download files (see `src/lib/build-sinks.ts`): every article page as written (with its place in
 * the archive's order) and its five files, and the data page's downloads.
 * Otherwise, and for every other page, passes responses through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { articleOrder } from './data/archive.ts';
import { articleFileSource, dataFiles } from './data/exports.ts';
import { downloadFileSink, searchIndexSink } from './lib/build-sinks.ts';
import { isArticlePagePath, sectionPath } from './lib/routes.ts';

const dataPagePath = sectionPath('data');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const downloads = downloadFileSink.get();
  const { pathname } = context.url;
  if (downloads && pathname === dataPagePath) downloads.write(await dataFiles());
  const index = searchIndexSink.get();
  if ((!index && !downloads) || !isArticlePagePath(pathname)) return response;
  const id = context.params['id']!;
  if (downloads) downloads.writeArticleFiles(await articleFileSource(id));
  if (!index) return response;
  // Bytes, not text: decoding the page and encoding it again for Astro cost a second per 10,000 pages.
  const page = new Uint8Array(await response.arrayBuffer());
  index.add(pathname, page, await articleOrder(id));
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
