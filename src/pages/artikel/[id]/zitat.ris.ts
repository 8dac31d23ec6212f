/** The citation of one article as RIS (`/artikel/<id>/zitat.ris`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationPaths } from '../../../data/exports.ts';

export const getStaticPaths = (() => citationPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['ris'] as string, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
