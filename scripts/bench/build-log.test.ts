import { describe, expect, it } from 'vitest';
import { buildPhases, routeCosts, routeShape } from './build-log.ts';

const log = `06:17:42 [vite] Re-optimizing dependencies because vite config has changed
06:17:48 [content] Syncing content
06:19:32 [content] Synced content
06:19:32 [build] Building static entrypoints...
06:20:08 [build] Rearranging server assets...

 generating static routes 
06:20:09   ├─ /artikel/000001-ab12/index.html (+12ms)
06:20:09   ├─ /artikel/000002-cd34/index.html (+8ms)
06:20:10   ├─ /artikel/2/index.html (+30ms)
06:20:10   ├─ /personen/anna-bauer/3/index.html (+5ms)
06:20:10   └─ /404.html (+2ms)
06:21:10 [build] 5 page(s) built in 3m 28s
`;

describe('routeShape', () => {
  it('folds page numbers and names into one shape per route', () => {
    expect(routeShape('/personen/anna-bauer/3/index.html')).toBe('/personen/[slug]/N/');
    expect(routeShape('/artikel/2/index.html')).toBe('/artikel/N/');
    expect(routeShape('/000001-ab12/index.html')).toBe('/[id]/');
    expect(routeShape('/index.html')).toBe('/');
    expect(routeShape('/404.html')).toBe('/404.html');
  });
});

describe('routeCosts', () => {
  it('sums pages and render time per route, costliest first', () => {
    expect(routeCosts(log)).toEqual([
      { route: '/artikel/N/', pages: 1, ms: 30 },
      { route: '/artikel/[slug]/', pages: 2, ms: 20 },
      { route: '/personen/[slug]/N/', pages: 1, ms: 5 },
      { route: '/404.html', pages: 1, ms: 2 },
    ]);
  });
});

describe('buildPhases', () => {
  it('times the phases from the timestamps of the lines that start them', () => {
    expect(buildPhases(log)).toEqual([
      { phase: 'content sync', seconds: 104 },
      { phase: 'types and build info', seconds: 0 },
      { phase: 'bundling', seconds: 36 },
      { phase: 'rendering pages', seconds: 62 },
    ]);
  });
});
