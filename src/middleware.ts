/**
 * During `astro build`, hands what pages yield to the integrations that own the search index and the
 * download files (see `src/lib/build-sinks.ts`): every article page's HTML and its five files, and
 * the data page's downloads. Otherwise, and for every other page, passes responses through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { articleFiles, dataFiles } from './data/exports.ts';
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
  if (downloads) downloads.write(await articleFiles(context.params['id']!));
  if (!index) return response;
  const html = await response.text();
  index.add(pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
