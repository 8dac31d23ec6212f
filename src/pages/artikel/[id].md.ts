/**
 * One article as Markdown (`/artikel/<id>.md`), under the same stable id as its page.
 * Served by this route in `astro dev`; the build writes the file as it renders the article page
 * (`src/integrations/download-files.ts`), so here it has no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFilePaths } from '../../data/archive.ts';
import { articleFile, downloadResponse } from '../../data/exports.ts';
import { articleTextPath } from '../../lib/routes.ts';

export const getStaticPaths = (() => articleFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params['id']!;
  return downloadResponse(await articleFile(id, articleTextPath(id, 'md')));
};
