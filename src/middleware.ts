/**
 * During `astro build`, hands the integrations that own the search index and the download files
 * what they need of the pages (see `src/lib/build-sinks.ts`): from the first page on, every article's
 * search document, batch by batch, where the build's workers do not send them (see
 * `src/integrations/search-index.ts`); with each article page, its five files; with the data page,
 * its downloads.
 * Otherwise, and for every other page, passes responses through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchDocuments } from './data/archive.ts';
import { articleFileSource, dataFiles } from './data/exports.ts';
import { downloadFileSink, searchIndexSink } from './lib/build-sinks.ts';
import { isArticlePagePath, sectionPath } from './lib/routes.ts';

const dataPagePath = sectionPath('data');

export const onRequest = defineMiddleware(async (context, next) => {
  // Not awaited: the documents are made once, batch by batch, and the pages go on rendering meanwhile.
  searchIndexSink.get()?.feed(searchDocuments);
  const response = await next();
  const downloads = downloadFileSink.get();
  if (!downloads) return response;
  const { pathname } = context.url;
  if (pathname === dataPagePath) downloads.write(await dataFiles());
  if (isArticlePagePath(pathname)) downloads.writeArticleFiles(await articleFileSource(context.params['id']!));
  return response;
});
