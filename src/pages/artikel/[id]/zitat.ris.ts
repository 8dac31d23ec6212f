/** The citation of one article as RIS (`/artikel/<id>/zitat.ris`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCitationFiles, articleFilePaths } from '../../../data/exports.ts';

export const getStaticPaths = (() => articleFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleCitationFiles(params['id']!)).ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
