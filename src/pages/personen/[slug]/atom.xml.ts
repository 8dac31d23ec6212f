/** Atom feed of the newest articles of one name in `people`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomDocument, entityFeedPaths } from '../../../data/exports.ts';
import type { FeedSource } from '../../../lib/feeds.ts';

export const getStaticPaths = (() => entityFeedPaths('people')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(atomDocument(props['source'] as FeedSource), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
