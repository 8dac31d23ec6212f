/** OpenSearch description (`/opensearch.xml`), linked from every page's head with rel="search". */
import type { APIRoute } from 'astro';
import { openSearchDocument } from '../data/exports.ts';

export const GET: APIRoute = () =>
  new Response(openSearchDocument(), { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
