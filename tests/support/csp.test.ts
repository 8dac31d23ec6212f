import { describe, expect, test } from 'vitest';
import { cspHash, findCspProblems, parseCsp } from './csp.ts';

const script = 'console.log(1)';
const style = 'p{color:red}';

/** A page with a `<meta>` policy and whatever else is given. */
function page({ policy, head = '', body = '' }: { policy?: string; head?: string; body?: string }): string {
  const meta = policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`;
  return `<!doctype html><html lang="de"><head><title>t</title>${meta}${head}</head><body>${body}</body></html>`;
}

const strict = `default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(script)}; style-src 'self' ${cspHash(style)}`;
const rules = (html: string) => findCspProblems(html).map(({ rule }) => rule);

test('parseCsp reads directives and their sources, the first of a repeated directive winning', () => {
  const policy = parseCsp("default-src 'self';img-src 'self' data:; script-src a; script-src b;");
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  expect(policy.get('script-src')).toEqual(['a']);
});

test('cspHash is the base64 SHA-256 source expression browsers compare', () => {
  // The hash of the empty string, as Astro writes it for an empty inline style.
  expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
});

describe('findCspProblems', () => {
  test('accepts a strict policy whose hashes cover every inline script and style, and JSON-LD data', () => {
    const html = page({
      policy: strict,
      head: `<style>${style}</style><link rel="stylesheet" href="/a.css"><script type="application/ld+json">{"a":"<"}</script>`,
      body: `<script type="module">${script}</script><script src="/a.js"></script>`,
    });
    expect(findCspProblems(html)).toEqual([]);
  });

  test('reports a page without a policy, or with code before it', () => {
    expect(rules(page({}))).toEqual(['policy-count']);
    const late = `<!doctype html><html><head><script>${script}</script><meta http-equiv="content-security-policy" content="${strict}"></head></html>`;
    expect(rules(late)).toContain('policy-too-late');
    const dataFirst = `<!doctype html><html><head><script type="application/ld+json">{}</script><meta http-equiv="content-security-policy" content="${strict}"></head></html>`;
    expect(rules(dataFirst)).toEqual([]);
  });

  test('reports inline code without a hash', () => {
    expect(rules(page({ policy: strict, body: '<script>alert(1)</script><style>b{}</style>' }))).toEqual([
      'unhashed-inline-script', 'unhashed-inline-style',
    ]);
  });

  test("reports 'unsafe-inline' and 'unsafe-eval' but not 'wasm-unsafe-eval'", () => {
    const weak = strict.replace("'wasm-unsafe-eval'", "'unsafe-eval' 'unsafe-inline'");
    expect(rules(page({ policy: weak }))).toEqual(['unsafe-source', 'unsafe-source']);
  });

  test('reports event handler and style attributes and javascript: URLs', () => {
    const body = '<img src="x" alt="" onerror="alert(1)"><p style="color:red">a</p><a href=" JavaScript:alert(1)">b</a>';
    expect(rules(page({ policy: strict, body }))).toEqual(['event-handler-attribute', 'style-attribute', 'javascript-url']);
  });

  test('reports a policy that lets plugins load or leaves <base> free', () => {
    expect(rules(page({ policy: "script-src 'self'; style-src 'self'" }))).toEqual(['object-src', 'base-uri']);
  });
});
