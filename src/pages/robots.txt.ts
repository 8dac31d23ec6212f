/** `/robots.txt`: open to every crawler, pointing to the sitemap index (see `src/lib/robots.ts`). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt: astro.config.mjs must set `site`');
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
