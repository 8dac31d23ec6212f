/** The citation of one article as BIB (`/artikel/<id>/zitat.bib`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationPaths } from '../../../data/exports.ts';

export const getStaticPaths = (() => citationPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['bib'] as string, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
