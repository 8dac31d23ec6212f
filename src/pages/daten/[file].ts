/** The downloads of the data page (`/daten/archiv.json`, `/daten/artikel.csv`, …), listed in `src/data/exports.ts`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFile, dataFilePaths } from '../../data/exports.ts';

export const getStaticPaths = (() => dataFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await dataFile(params['file']!);
  return new Response(body, { headers: { 'Content-Type': type } });
};
