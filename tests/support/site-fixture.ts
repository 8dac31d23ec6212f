/**
 * Tiny hand-made built sites for testing the whole-site checks and the browser helpers without
 * running the real build. `makePage` writes a valid, complete page; overrides break one thing.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const fixtureOrigin = 'https://archiv.example';

export interface PageOptions {
  path: string;
  title?: string | null;
  description?: string | null;
  /** Canonical URL; by default the page's own path on {@link fixtureOrigin}; null for none. */
  canonical?: string | null;
  lang?: string | null;
  head?: string;
  body?: string;
}

/** The HTML of one page, valid under html-validate's recommended rules unless told otherwise. */
export function makePage({
  path,
  title = `Seite ${path}`,
  description = `Beschreibung von ${path}`,
  canonical = `${fixtureOrigin}${path}`,
  lang = 'de',
  head = '',
  body = '',
}: PageOptions): string {
  return [
    '<!DOCTYPE html>',
    lang === null ? '<html>' : `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    title === null ? '' : `<title>${title}</title>`,
    description === null ? '' : `<meta name="description" content="${description}">`,
    canonical === null ? '' : `<link rel="canonical" href="${canonical}">`,
    head,
    '</head>',
    '<body>',
    `<main><h1>${title ?? path}</h1>${body}</main>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Writes `files` (path inside the site → content) into a new temporary folder; returns its path. */
export async function writeSite(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'site-fixture-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
  return root;
}
