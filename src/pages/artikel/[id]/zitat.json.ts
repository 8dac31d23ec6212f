/** The citation of one article as JSON (`/artikel/<id>/zitat.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationPaths } from '../../../data/exports.ts';

export const getStaticPaths = (() => citationPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['json'] as string, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
