/** One collection, no schema: the entries as ingest wrote them, from `BENCH_ARTICLES_DIR`. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_ARTICLES_DIR;
if (!base) throw new Error('baseline: BENCH_ARTICLES_DIR is not set');

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base }) }),
};
