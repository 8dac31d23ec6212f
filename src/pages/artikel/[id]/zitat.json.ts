/** The citation of one article as JSON (`/artikel/<id>/zitat.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/archive.ts';
import { articleCitationFiles } from '../../../data/exports.ts';

export const getStaticPaths = (() => articlePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await articleCitationFiles(params['id']!)).json, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
