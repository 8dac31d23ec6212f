/** The citation of one article as BIB (`/artikel/<id>/zitat.bib`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/archive.ts';
import { articleCitationFiles } from '../../../data/exports.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleCitationFiles(params['id']!)).bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
