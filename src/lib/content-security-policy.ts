/**
 * The Content-Security-Policy of every page, written by `BaseLayout.astro` as the first `<meta>`
 * after the charset. The site runs no inline code (Astro emits every script as a file, see
 * `assetsInlineLimit` in astro.config.mjs, and every stylesheet too), so the policy needs no
 * hashes and is the same on every page: scripts, styles, images, fetches and workers only from the
 * site itself. Astro's own `security.csp` hashed each page's scripts and styles again for every
 * one of 16,000 pages at 10,000 articles (some 32,000 SHA-256 digests on the rendering thread).
 */
const directives: readonly string[] = [
  "default-src 'self'",
  // Pagefind compiles its WebAssembly search engine in the browser.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const contentSecurityPolicy = directives.join('; ');
