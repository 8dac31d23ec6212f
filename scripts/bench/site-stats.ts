/**
 * Sizes of a built site: bytes on disk, HTML pages, the Pagefind index, and the article page of
 * median size (the one the browser measurement loads).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteStats {
  bytes: number;
  pages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Id and HTML bytes of the median and the largest article page (`/artikel/<id>/`), if any. */
  medianArticle?: { id: string; bytes: number };
  largestArticle?: { id: string; bytes: number };
}

function walk(dir: string, visit: (path: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, statSync(path).size);
  }
}

/**
 * Walks `distDir`; `articleDir` is the folder of the article pages inside it (`artikel`). Nothing
 * when there is no `distDir`: its build failed, which the step's exit code reports.
 */
export function siteStats(distDir: string, articleDir = 'artikel'): SiteStats | undefined {
  if (!existsSync(distDir)) return undefined;
  const stats: SiteStats = { bytes: 0, pages: 0, pagefindBytes: 0, pagefindFiles: 0 };
  const pagefindPrefix = join(distDir, 'pagefind');
  walk(distDir, (path, size) => {
    stats.bytes += size;
    if (path.endsWith('.html')) stats.pages++;
    if (path.startsWith(`${pagefindPrefix}/`)) {
      stats.pagefindBytes += size;
      stats.pagefindFiles++;
    }
  });
  const articles: { id: string; bytes: number }[] = [];
  try {
    for (const entry of readdirSync(join(distDir, articleDir), { withFileTypes: true })) {
      // Article ids start with a digit; pagination folders of the list (`2`, `3`) are numbers only.
      if (!entry.isDirectory() || /^\d+$/.test(entry.name)) continue;
      try {
        articles.push({ id: entry.name, bytes: statSync(join(distDir, articleDir, entry.name, 'index.html')).size });
      } catch {
        // Not a page.
      }
    }
  } catch {
    return stats;
  }
  if (articles.length > 0) {
    articles.sort((a, b) => a.bytes - b.bytes || a.id.localeCompare(b.id));
    stats.medianArticle = articles[Math.floor(articles.length / 2)]!;
    stats.largestArticle = articles.at(-1)!;
  }
  return stats;
}
