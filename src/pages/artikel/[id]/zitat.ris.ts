/**
 * The citation of one article as RIS (`/artikel/<id>/zitat.ris`).
 * Served by this route in `astro dev`; the build writes the file as it renders the article page
 * (`src/integrations/download-files.ts`), so here it has no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFilePaths } from '../../../data/archive.ts';
import { articleFile, downloadResponse } from '../../../data/exports.ts';
import { articleCitationPath } from '../../../lib/routes.ts';

export const getStaticPaths = (() => articleFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params['id']!;
  return downloadResponse(await articleFile(id, articleCitationPath(id, 'ris')));
};
