/**
 * The JSON download of the data page (`/daten/archiv.json`), listed in
 * `src/data/exports.ts`. Served by this route in `astro dev`; the build writes the files when it
 * renders the data page (`src/integrations/download-files.ts`), so here it has no paths. The
 * extension in the route's name keeps `trailingSlash: 'always'` off these addresses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFile, dataFilePaths, downloadResponse } from '../../data/exports.ts';

export const getStaticPaths = (() => dataFilePaths('json')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => downloadResponse(await dataFile(`${params['name']!}.json`));
