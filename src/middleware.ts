/**
 * During `astro build`, hands what pages yield to the integrations that own the search index and the
 * download files (see `src/lib/build-sinks.ts`): every article page's HTML (reduced to what Pagefind
 * reads) and its five files, and the data page's downloads; and tells the index when the last
 * article page is in. Otherwise, and for every other page, passes responses through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { articleCount, articlePosition } from './data/archive.ts';
import { articleFileSource, dataFiles } from './data/exports.ts';
import { downloadFileSink, searchIndexSink } from './lib/build-sinks.ts';
import { isArticlePagePath, sectionPath } from './lib/routes.ts';
import { searchIndexDocument } from './lib/search-document.ts';

const dataPagePath = sectionPath('data');
/** Article pages handed to the search index in this build; counted before any await, as pages render eight at a time. */
let articlePagesIndexed = 0;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const downloads = downloadFileSink.get();
  const { pathname } = context.url;
  if (downloads && pathname === dataPagePath) downloads.write(await dataFiles());
  const index = searchIndexSink.get();
  if ((!index && !downloads) || !isArticlePagePath(pathname)) return response;
  if (downloads) downloads.writeArticleFiles(await articleFileSource(context.params['id']!));
  if (!index) return response;
  const html = await response.text();
  index.add(pathname, searchIndexDocument(html), await articlePosition(context.params['id']!));
  articlePagesIndexed += 1;
  if (articlePagesIndexed === (await articleCount())) index.finish();
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
