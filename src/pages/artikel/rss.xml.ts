/** RSS feed of the newest articles of the whole archive. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { archiveFeedSource, rssOptions } from '../../data/exports.ts';

export const GET: APIRoute = async () => rss(rssOptions(await archiveFeedSource()));
