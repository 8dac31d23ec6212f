/** One article as markdown (`/artikel/<id>.md`), under the same stable id as its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleTextPaths } from '../../data/exports.ts';

export const getStaticPaths = (() => articleTextPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['markdown'] as string, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
