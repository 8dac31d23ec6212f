/**
 * Scores the search benchmark: found@3 per query, totals per index, and the side-by-side table the
 * benchmark prints. Pure.
 */
import type { BenchQuery } from './search-queries.ts';

/** How many results count as "found". */
export const cutoff = 3;

export interface QueryScore {
  query: string;
  kind: BenchQuery['kind'];
  /** Share of the articles the query must find that are among the first three, 0..1. Negative
   * queries score 1 when they find nothing, else 0. */
  foundAt3: number;
  /** True when `first` is given and ranks first, or is not given. */
  firstOk: boolean;
  /** found@3 is 1 and `first` holds. */
  passed: boolean;
  /** Ids of the first results, best first. */
  results: string[];
  /** How many results the query had in all. */
  total: number;
}

/** What one search returned: the ids of the first results, best first, and the number of all. */
export interface SearchOutcome {
  ids: readonly string[];
  total: number;
}

/** Scores one query against what the search returned. */
export function scoreQuery(entry: BenchQuery, { ids: results, total }: SearchOutcome): QueryScore {
  const top = results.slice(0, cutoff);
  let foundAt3: number;
  if (entry.find.length === 0) {
    foundAt3 = total === 0 ? 1 : 0;
  } else {
    const wanted = new Set(entry.find);
    const hits = top.filter((id) => wanted.has(id)).length;
    foundAt3 = hits / Math.min(cutoff, wanted.size);
  }
  const firstOk = entry.first === undefined || results[0] === entry.first;
  return { query: entry.query, kind: entry.kind, foundAt3, firstOk, passed: foundAt3 === 1 && firstOk, results: [...results], total };
}

export interface Totals {
  queries: number;
  passed: number;
  /** Mean found@3 over all queries, 0..1. */
  meanFoundAt3: number;
}

export function totalsOf(scores: readonly QueryScore[]): Totals {
  const sum = scores.reduce((total, score) => total + score.foundAt3, 0);
  return {
    queries: scores.length,
    passed: scores.filter((score) => score.passed).length,
    meanFoundAt3: scores.length === 0 ? 0 : sum / scores.length,
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function cell(score: QueryScore): string {
  const mark = score.passed ? 'ok ' : 'MISS';
  const first = score.firstOk ? '' : ' (wrong first)';
  return `${mark} ${score.foundAt3.toFixed(2)} [${score.total}]${first}`;
}

/**
 * The report: one line per query with found@3 (and the number of results in brackets) for the
 * enriched and the plain index, then both totals.
 */
export function formatComparison(enriched: readonly QueryScore[], plain: readonly QueryScore[]): string {
  const width = Math.max(5, ...enriched.map((score) => score.query.length)) + 2;
  const lines = [`${'query'.padEnd(width)}${'kind'.padEnd(12)}${'enriched'.padEnd(30)}plain Pagefind`];
  enriched.forEach((score, index) => {
    const other = plain[index]!;
    lines.push(`${score.query.padEnd(width)}${score.kind.padEnd(12)}${cell(score).padEnd(30)}${cell(other)}`);
  });
  const a = totalsOf(enriched);
  const b = totalsOf(plain);
  lines.push('');
  lines.push(`found@3 enriched: ${a.passed}/${a.queries} queries pass, mean ${percent(a.meanFoundAt3)}`);
  lines.push(`found@3 plain:    ${b.passed}/${b.queries} queries pass, mean ${percent(b.meanFoundAt3)}`);
  return lines.join('\n');
}
