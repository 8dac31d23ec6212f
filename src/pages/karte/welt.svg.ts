/**
 * The base map as a static file, written once at build time and cached by the browser: every map
 * on the site references its land and borders with `<use>` instead of inlining them.
 */
import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import land from 'world-atlas/land-110m.json' with { type: 'json' };
import { worldBaseSvg } from '../../lib/world-map.ts';

export const GET: APIRoute = () =>
  new Response(worldBaseSvg(land as unknown as Topology, countries as unknown as Topology), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
