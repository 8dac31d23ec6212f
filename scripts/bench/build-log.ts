/**
 * Where an Astro build spends its time: reads the build log (one line per generated page with its
 * render time, `├─ /personen/anna-bauer/2/index.html (+4ms)`) and sums pages and milliseconds per
 * route shape, and the phases before page generation (content sync, bundling). Pure.
 */

export interface RouteCost {
  /** Route shape: numbers become `N`, names below a section become `[slug]` (`/personen/[slug]/N/`). */
  route: string;
  pages: number;
  ms: number;
}

/** The route shape of a page path. */
export function routeShape(path: string): string {
  if (!path.endsWith('/index.html') && path.endsWith('.html')) return path;
  const segments = path.replace(/\/index\.html$/, '/').split('/').filter(Boolean);
  const shaped = segments.map((segment, index) => {
    if (/^\d+$/.test(segment)) return 'N';
    if (index === 0) return /\d/.test(segment) ? '[id]' : segment;
    return '[slug]';
  });
  return `/${shaped.join('/')}${shaped.length > 0 ? '/' : ''}`;
}

/** Sums the page lines of a build log per route shape, costliest first. */
export function routeCosts(log: string): RouteCost[] {
  const costs = new Map<string, RouteCost>();
  for (const match of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const route = routeShape(match[1]!);
    const cost = costs.get(route) ?? { route, pages: 0, ms: 0 };
    cost.pages++;
    cost.ms += Number(match[2]);
    costs.set(route, cost);
  }
  return [...costs.values()].sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route));
}

const phaseMarkers: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'content sync'],
  [/\[content\] Synced content/, 'types and build info'],
  [/Building static entrypoints/, 'bundling'],
  [/generating static routes/, 'rendering pages'],
  [/\[build\] Complete!|page\(s\) built in/, 'end'],
];

/**
 * The phases of a build from the timestamps (seconds) of the log lines that start them: content
 * sync, types and build info, bundling, rendering pages. Second resolution only.
 */
export function buildPhases(log: string): { phase: string; seconds: number }[] {
  const marks: { phase: string; at: number }[] = [];
  let lastTime: number | undefined;
  for (const line of log.split('\n')) {
    const time = /^(\d\d):(\d\d):(\d\d)/.exec(line);
    if (time) lastTime = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
    if (lastTime === undefined) continue;
    for (const [pattern, phase] of phaseMarkers) {
      if (pattern.test(line) && !marks.some((mark) => mark.phase === phase)) marks.push({ phase, at: lastTime });
    }
  }
  return marks.slice(0, -1).map((mark, index) => ({ phase: mark.phase, seconds: (marks[index + 1]!.at - mark.at + 86_400) % 86_400 }));
}
