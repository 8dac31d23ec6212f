/**
 * Static checks of a page's Content-Security-Policy against the page itself: the policy forbids
 * inline code and `eval`, and every piece of inline code the page does have is allowed by a hash,
 * so the browser blocks nothing the site needs and would block anything injected. The layout writes
 * the policy as `<meta http-equiv="content-security-policy">` (`src/lib/content-security-policy.ts`).
 */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A policy: directive name (lower-case) to its source expressions, as written. */
export type Policy = Map<string, string[]>;

export interface CspProblem {
  rule: string;
  message: string;
}

/** Parses a serialized policy; the first occurrence of a directive wins, as in browsers. */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, values);
  }
  return policy;
}

/** The CSP source expression that allows inline code with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The sources in force for scripts or styles: their own directive, else `default-src`. */
export function effectiveSources(policy: Policy, kind: 'script' | 'style'): string[] | undefined {
  return policy.get(`${kind}-src`) ?? policy.get('default-src');
}

/** Script types the browser executes; any other type is a data block (JSON-LD) and runs nothing. */
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** Source expressions that let injected code run. `'wasm-unsafe-eval'` (WebAssembly only) is not one. */
const unsafeSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'];

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * Every way `html` breaks its own policy or weakens it:
 * - no policy, more than one, or one that comes after code it should govern (a `<meta>` policy
 *   applies only to what follows it);
 * - `script-src` or `style-src` (or `default-src` for them) missing or allowing unsafe sources;
 *   `object-src` not `'none'`, `base-uri` missing;
 * - an inline executable `<script>` or a `<style>` whose hash the policy does not list;
 * - any `style` attribute or `on…` event handler attribute (blocked without `'unsafe-hashes'`) and
 *   any `javascript:` URL.
 */
export function findCspProblems(html: string): CspProblem[] {
  const tree: Root = fromHtml(html);
  const problems: CspProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ rule, message });
  const policies: string[] = [];
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  let codeBeforePolicy = false;

  visit(tree, 'element', (node) => {
    const { tagName } = node;
    if (tagName === 'meta' && attribute(node, 'httpEquiv')?.toLowerCase() === 'content-security-policy') {
      policies.push(attribute(node, 'content') ?? '');
    }
    const executable = tagName === 'script' && executableTypes.has((attribute(node, 'type') ?? '').trim().toLowerCase());
    const isCode = executable || tagName === 'style' || (tagName === 'link' && /\bstylesheet\b/i.test(attribute(node, 'rel') ?? ''));
    if (isCode && policies.length === 0) codeBeforePolicy = true;
    if (executable && attribute(node, 'src') === undefined) inlineScripts.push(textOf(node));
    if (tagName === 'style') inlineStyles.push(textOf(node));
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on[a-z]/i.test(name)) add('event-handler-attribute', `<${tagName} ${name}> runs inline code the CSP blocks`);
      if (name === 'style') add('style-attribute', `<${tagName} style="${String(value)}"> is inline style the CSP blocks`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) add('javascript-url', `<${tagName} ${name}="${value}">`);
    }
  });

  if (policies.length !== 1) {
    add('policy-count', `has ${policies.length} CSP <meta> elements, not one`);
    if (policies.length === 0) return problems;
  }
  if (codeBeforePolicy) add('policy-too-late', 'a script or style comes before the CSP <meta>, which does not govern it');
  const policy = parseCsp(policies[0]!);
  for (const kind of ['script', 'style'] as const) {
    const sources = effectiveSources(policy, kind);
    if (!sources) {
      add('missing-directive', `no ${kind}-src and no default-src`);
      continue;
    }
    for (const unsafe of unsafeSources) {
      if (sources.some((source) => source.toLowerCase() === unsafe)) add('unsafe-source', `${kind}-src allows ${unsafe}`);
    }
    const hashes = new Set(sources);
    const inline = kind === 'script' ? inlineScripts : inlineStyles;
    for (const text of inline) {
      if (!hashes.has(cspHash(text))) add(`unhashed-inline-${kind}`, `inline ${kind} ${JSON.stringify(text.slice(0, 60))} has no hash in ${kind}-src`);
    }
  }
  if (policy.get('object-src')?.join(' ') !== "'none'") add('object-src', "object-src is not 'none'");
  if (!policy.has('base-uri')) add('base-uri', 'no base-uri: an injected <base> could redirect every relative URL');
  return problems;
}
