/**
 * The YAML of an entry's frontmatter, exactly as `stringify` from `yaml` writes it with
 * `{ version: '1.1', lineWidth: 0, minContentWidth: 0 }`, in a fraction of its time. The package
 * builds a document tree for every entry and was a fifth of ingest's CPU time; the frontmatter has
 * one shape (a mapping of scalars, lists of scalars and lists of flat mappings), whose layout is
 * written here. A one-line string is written plain or quoted by the package's own rules, mirrored
 * here (its `plainString` tests, and the tests of the schema's other types, read from the package);
 * every other scalar and every key is written once through `stringify` and remembered. Without line
 * folding (`lineWidth: 0`) a scalar that holds no line break is written the same at any depth, which
 * is what makes that sound. Anything outside that shape (a line break in a string, a nested mapping,
 * a mapping of nothing but nulls, one object twice) goes to `stringify` whole. The tests hold this
 * against the package on thousands of random strings.
 */
import { Document, stringify } from 'yaml';

export const FRONTMATTER_YAML_OPTIONS = { version: '1.1', lineWidth: 0, minContentWidth: 0 } as const;

type Scalar = string | number | boolean | null;

/** Bounds each memo on a long run. */
const memoLimit = 50_000;
/** How the package writes a scalar as a mapping value or list item; null when not on one line. */
const scalarMemo = new Map<Scalar, string | null>();
/** How the package writes a mapping key; null when not as a plain one-line key. */
const keyMemo = new Map<string, string | null>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= memoLimit) memo.clear();
  memo.set(key, value);
  return value;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Characters that make the package write a string in double quotes (`stringifyString` in `yaml`). */
const doubleQuoted = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** What makes the package quote a string rather than write it plain (`plainString` in `yaml`). */
const notPlain = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const otherTags = (() => {
  const { schema } = new Document(null, FRONTMATTER_YAML_OPTIONS);
  return [...schema.tags, ...(schema.compat ?? [])].filter((tag) => tag.tag !== 'tag:yaml.org,2002:str');
})();
/** The tests of the schema's other scalar types ("2019-08-02", "yes", "null", "0x1f"), from the package. */
const otherScalarTests = otherTags.filter((tag) => tag.default && 'test' in tag && tag.test).map((tag) => (tag as { test: RegExp }).test);
/** True for a string another type of the schema claims as its own and writes its way (YAML 1.1's "<<"). */
const isClaimed = (value: string) => otherTags.some((tag) => tag.identify?.(value));

/**
 * True for a string the package writes as it is, as a mapping value or list item: the checks of
 * its `plainString`. Most titles, names and file names are such strings, and most occur once: they
 * skip the memo.
 */
function isWrittenPlain(value: string): boolean {
  return value !== '' && !value.includes('\n') && !doubleQuoted.test(value) && !notPlain.test(value) && !otherScalarTests.some((test) => test.test(value)) && !isClaimed(value);
}

/**
 * A one-line string the package quotes, quoted as it does (`quotedString`): in single quotes when
 * it holds a double quote but no single one, else as JSON writes it. Undefined for strings with a
 * backslash or a character it escapes its own way.
 */
function writeQuoted(value: string): string | undefined {
  if (value.includes('\n') || value.includes('\\') || doubleQuoted.test(value) || isClaimed(value)) return undefined;
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

function writeScalar(value: Scalar): string | undefined {
  if (typeof value === 'string') {
    if (isWrittenPlain(value)) return value;
    const quoted = writeQuoted(value);
    if (quoted !== undefined) return quoted;
  }
  // A string with a line break may become a block scalar, written relative to its depth; -0 would
  // share its memo entry with 0.
  if ((typeof value === 'string' && value.includes('\n')) || Object.is(value, -0)) return undefined;
  let written = scalarMemo.get(value);
  if (written === undefined) {
    const yaml = stringify({ k: value }, FRONTMATTER_YAML_OPTIONS);
    const ok = yaml.startsWith('k: ') && yaml.indexOf('\n') === yaml.length - 1;
    written = remember(scalarMemo, value, ok ? yaml.slice(3, -1) : null);
  }
  return written ?? undefined;
}

function writeKey(key: string): string | undefined {
  // Only word-like keys: a key that looks like a document marker is quoted by depth.
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || key === '__proto__') return undefined;
  let written = keyMemo.get(key);
  if (written === undefined) {
    const yaml = stringify({ [key]: 0 }, FRONTMATTER_YAML_OPTIONS);
    const ok = yaml.endsWith(': 0\n') && yaml.indexOf('\n') === yaml.length - 1;
    written = remember(keyMemo, key, ok ? yaml.slice(0, -4) : null);
  }
  return written ?? undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The defined pairs of a mapping; the package leaves out undefined values. */
function definedPairs(map: Record<string, unknown>): [string, unknown][] {
  return Object.entries(map).filter(([, value]) => value !== undefined);
}

/**
 * A mapping of scalars as a list item ("name: X\n    mentions: 1" under "  - "); undefined when
 * it is not one the layout here covers.
 */
function writeItemMap(map: Record<string, unknown>): string | undefined {
  const pairs = definedPairs(map);
  // An empty mapping is written "{}", one of nothing but nulls as a set ("? name").
  if (pairs.length === 0 || pairs.every(([, value]) => value === null)) return undefined;
  const lines: string[] = [];
  for (const [key, value] of pairs) {
    const writtenKey = writeKey(key);
    const writtenValue = isScalar(value) ? writeScalar(value) : undefined;
    if (writtenKey === undefined || writtenValue === undefined) return undefined;
    lines.push(`${writtenKey}: ${writtenValue}`);
  }
  return lines.join('\n    ');
}

/** The frontmatter's YAML through the layout here, or undefined when it does not cover the value. */
function writeFrontmatter(map: Record<string, unknown>): string | undefined {
  const pairs = definedPairs(map);
  if (pairs.length === 0 || pairs.every(([, value]) => value === null)) return undefined;
  const seen = new Set<object>();
  let yaml = '';
  for (const [key, value] of pairs) {
    const writtenKey = writeKey(key);
    if (writtenKey === undefined) return undefined;
    if (isScalar(value)) {
      const written = writeScalar(value);
      if (written === undefined) return undefined;
      yaml += `${writtenKey}: ${written}\n`;
      continue;
    }
    // The package writes an object met twice as an anchor and an alias.
    if (!Array.isArray(value) || seen.has(value)) return undefined;
    seen.add(value);
    if (value.length === 0) {
      yaml += `${writtenKey}: []\n`;
      continue;
    }
    yaml += `${writtenKey}:\n`;
    for (const item of value) {
      let written: string | undefined;
      if (isScalar(item)) written = writeScalar(item);
      else if (isPlainObject(item) && !seen.has(item)) {
        seen.add(item);
        written = writeItemMap(item);
      }
      if (written === undefined) return undefined;
      yaml += `  - ${written}\n`;
    }
  }
  return yaml;
}

/** The YAML of a frontmatter mapping: `stringify(map, FRONTMATTER_YAML_OPTIONS)`. */
export function frontmatterToYaml(map: Record<string, unknown>): string {
  return writeFrontmatter(map) ?? stringify(map, FRONTMATTER_YAML_OPTIONS);
}
