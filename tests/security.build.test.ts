/**
 * The Content-Security-Policy of every page in `dist/` holds: it forbids inline code and `eval`
 * (only Pagefind's `'wasm-unsafe-eval'` is allowed), and every inline script and style the page has
 * is covered by a hash, so the browser blocks nothing the site needs. The browser side (no
 * `securitypolicyviolation` at run time) is checked for every page the browser tests open, in
 * `tests/support/site-session.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCspProblems } from './support/csp.ts';
import { readSiteIfBuilt } from './support/site.ts';

const site = await readSiteIfBuilt();
const pages = [...site.pages.values()];

test('the build wrote pages whose CSP can be checked', () => {
  expect(pages.length, 'dist/ is missing or empty: run `npm run build`').toBeGreaterThan(0);
});

describe.skipIf(pages.length === 0)('CSP', () => {
  test('every page has one strict CSP that covers all its inline scripts and styles', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = await readFile(join(site.root, page.file), 'utf8');
      for (const { rule, message } of findCspProblems(html)) problems.push(`${page.path} [${rule}] ${message}`);
    }
    expect(problems).toEqual([]);
  });
});
