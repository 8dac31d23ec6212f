/** One article as text (`/artikel/<id>.txt`), under the same stable id as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../data/archive.ts';
import { articleTexts } from '../../data/exports.ts';
import type { ArticleView } from '../../lib/archive-model.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleView }> = async ({ props }) =>
  new Response((await articleTexts(props.article)).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
