import { describe, expect, it } from 'vitest';
import type { BenchQuery } from './search-queries.ts';
import { formatComparison, scoreQuery, totalsOf } from './search-score.ts';

const query = (overrides: Partial<BenchQuery> = {}): BenchQuery => ({ query: 'Miliz', kind: 'compound', find: ['a'], ...overrides });

describe('scoreQuery', () => {
  it('counts the wanted articles among the first three', () => {
    expect(scoreQuery(query({ find: ['a', 'b'] }), { ids: ['a', 'x', 'b', 'y'], total: 4 }).foundAt3).toBe(1);
    expect(scoreQuery(query({ find: ['a', 'b'] }), { ids: ['x', 'y', 'a', 'b'], total: 4 }).foundAt3).toBe(0.5);
  });

  it('needs any three when more than three are wanted', () => {
    const score = scoreQuery(query({ find: ['a', 'b', 'c', 'd'] }), { ids: ['d', 'b', 'a', 'c'], total: 4 });
    expect(score.foundAt3).toBe(1);
    expect(score.passed).toBe(true);
  });

  it('fails a query whose wanted first result is not first', () => {
    const score = scoreQuery(query({ find: ['a', 'b'], first: 'a' }), { ids: ['b', 'a'], total: 2 });
    expect(score.foundAt3).toBe(1);
    expect(score.firstOk).toBe(false);
    expect(score.passed).toBe(false);
  });

  it('passes a negative query only when it finds nothing at all', () => {
    expect(scoreQuery(query({ kind: 'negative', find: [] }), { ids: [], total: 0 }).passed).toBe(true);
    expect(scoreQuery(query({ kind: 'negative', find: [] }), { ids: ['a'], total: 1 }).foundAt3).toBe(0);
  });
});

describe('totalsOf and formatComparison', () => {
  const enriched = [scoreQuery(query(), { ids: ['a'], total: 1 }), scoreQuery(query({ query: 'Netz' }), { ids: [], total: 0 })];
  const plain = [scoreQuery(query(), { ids: [], total: 0 }), scoreQuery(query({ query: 'Netz' }), { ids: [], total: 0 })];

  it('adds up passed queries and the mean found@3', () => {
    expect(totalsOf(enriched)).toEqual({ queries: 2, passed: 1, meanFoundAt3: 0.5 });
  });

  it('prints a line per query and both totals', () => {
    const report = formatComparison(enriched, plain);
    expect(report).toMatch(/^Miliz\s+compound\s+ok {2}1\.00 \[1\]\s+MISS 0\.00 \[0\]$/m);
    expect(report).toContain('found@3 enriched: 1/2 queries pass, mean 50.0 %');
    expect(report).toContain('found@3 plain:    0/2 queries pass, mean 0.0 %');
  });
});
