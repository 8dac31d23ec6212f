/** One article as text (`/artikel/<id>.txt`), under the same stable id as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFilePaths, articleTexts } from '../../data/exports.ts';

export const getStaticPaths = (() => articleFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleTexts(params['id']!)).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
