/** RSS feed of the newest articles of one name in `outlets`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { entityFeedPaths, rssOptions } from '../../../data/exports.ts';
import type { FeedSource } from '../../../lib/feeds.ts';

export const getStaticPaths = (() => entityFeedPaths('outlets')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => rss(rssOptions(props['source'] as FeedSource));
