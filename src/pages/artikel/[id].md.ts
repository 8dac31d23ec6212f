/** One article as Markdown (`/artikel/<id>.md`), under the same stable id as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../data/archive.ts';
import { articleTexts } from '../../data/exports.ts';
import type { ArticleView } from '../../lib/archive-model.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleView }> = async ({ props }) =>
  new Response((await articleTexts(props.article)).markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
