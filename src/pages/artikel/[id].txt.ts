/** One article as text (`/artikel/<id>.txt`), under the same stable id as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleTextPaths } from '../../data/exports.ts';

export const getStaticPaths = (() => articleTextPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['text'] as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
