/** Atom feed of the newest articles of the whole archive. */
import type { APIRoute } from 'astro';
import { archiveFeedSource, atomDocument } from '../../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(atomDocument(await archiveFeedSource()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
