/**
 * The downloads of the data page (`/daten/archiv.json`, `/daten/artikel.csv`, …), listed in
 * `src/data/exports.ts`. Served by this route in `astro dev`; the build writes the files when it
 * renders the data page (`src/integrations/download-files.ts`), so here it has no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFile, dataFilePaths } from '../../data/exports.ts';

export const getStaticPaths = (() => dataFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await dataFile(params['file']!);
  return new Response(typeof body === 'string' ? body : [...body].join(''), { headers: { 'Content-Type': type } });
};
