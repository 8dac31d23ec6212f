/** The downloads of the data page (`/daten/archiv.json`, `/daten/artikel.csv`, …), listed in `src/data/exports.ts`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFilePaths } from '../../data/exports.ts';

export const getStaticPaths = (() => dataFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['body'] as string, { headers: { 'Content-Type': props['type'] as string } });
