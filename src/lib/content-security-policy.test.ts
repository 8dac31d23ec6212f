import { expect, test } from 'vitest';
import { findCspProblems, parseCsp } from '../../tests/support/csp.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

/** A page as the layout writes it: the policy first, then external code and a JSON-LD data block. */
function page(extra = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${contentSecurityPolicy}"><title>t</title><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><script type="module" src="/_astro/b.js"></script>${extra}</body></html>`;
}

test("the site's policy lets the site's own files run, and Pagefind's WebAssembly, and nothing inline", () => {
  const policy = parseCsp(contentSecurityPolicy);
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect(findCspProblems(page())).toEqual([]);
  expect(findCspProblems(page('<script>alert(1)</script><style>p{}</style>')).map(({ rule }) => rule)).toEqual(['unhashed-inline-script', 'unhashed-inline-style']);
});
