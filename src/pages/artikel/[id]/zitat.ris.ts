/** The citation of one article as RIS (`/artikel/<id>/zitat.ris`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/archive.ts';
import { articleCitationFiles } from '../../../data/exports.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleCitationFiles(params['id']!)).ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
