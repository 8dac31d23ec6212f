/** One article as Markdown (`/artikel/<id>.md`), under the same stable id as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFilePaths, articleTexts } from '../../data/exports.ts';

export const getStaticPaths = (() => articleFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleTexts(params['id']!)).markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
