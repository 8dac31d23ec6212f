/**
 * During `astro build`, hands every rendered article page to the search index (see
 * `src/integrations/search-index.ts`); otherwise, and for every other page, passes responses through
 * untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { isArticlePagePath } from './lib/routes.ts';
import { searchIndexSink } from './lib/search-index-sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchIndexSink();
  if (!sink || !isArticlePagePath(context.url.pathname)) return response;
  const html = await response.text();
  sink.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
