/** The citation of one article as JSON (`/artikel/<id>/zitat.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCitationFiles, articleFilePaths } from '../../../data/exports.ts';

export const getStaticPaths = (() => articleFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleCitationFiles(params['id']!)).json, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
