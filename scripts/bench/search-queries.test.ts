import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBenchQueries } from './search-queries.ts';

describe('parseBenchQueries', () => {
  it('reads queries with what they must find', () => {
    const queries = parseBenchQueries('- { query: Miliz, kind: compound, find: [a, b], first: a }\n- { query: Kanzler, kind: negative, find: [] }\n');
    expect(queries).toEqual([
      { query: 'Miliz', kind: 'compound', find: ['a', 'b'], first: 'a' },
      { query: 'Kanzler', kind: 'negative', find: [] },
    ]);
  });

  it('names the entry that breaks a rule', () => {
    expect(() => parseBenchQueries('- { query: Miliz, kind: compound, find: [a], first: b }\n', 'q.yaml')).toThrow(/q\.yaml, entry 1: "first" must be one of/);
    expect(() => parseBenchQueries('- { query: Miliz, kind: compound, find: [] }\n')).toThrow(/negative query finds nothing/);
    expect(() => parseBenchQueries('query: Miliz\n')).toThrow(/must be a YAML list/);
  });

  it('accepts the project\'s own list, whose ids are the seed articles', () => {
    const text = readFileSync(new URL('search-queries.yaml', import.meta.url), 'utf8');
    const queries = parseBenchQueries(text);
    expect(queries.length).toBeGreaterThan(30);
    expect(queries.some((entry) => entry.kind === 'negative')).toBe(true);
    const ids = new Set(queries.flatMap((entry) => entry.find));
    for (const id of ids) expect(id).toMatch(/^\d{3}-[0-9a-f]{16}$/);
  });
});
