/**
 * The query list of the search benchmark (`scripts/bench/search-queries.yaml`): what readers type
 * and which articles each query must find. Pure: the caller reads the file.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';

export const queryKinds = ['compound', 'spelling', 'place', 'umlaut', 'inflection', 'plain', 'negative'] as const;

export const benchQuerySchema = z.object({
  /** The words as a reader types them. */
  query: z.string().min(1),
  /** What the query tests. */
  kind: z.enum(queryKinds),
  /** Ids of the articles it must find in its first three results; empty: it must find nothing. */
  find: z.array(z.string().min(1)),
  /** The id that must rank first. */
  first: z.string().min(1).optional(),
}).refine((entry) => entry.first === undefined || entry.find.includes(entry.first), {
  message: '"first" must be one of the ids in "find"',
}).refine((entry) => (entry.kind === 'negative') === (entry.find.length === 0), {
  message: 'a negative query finds nothing, and only a negative query does',
});

export type BenchQuery = z.infer<typeof benchQuerySchema>;

/** Parses and validates the list; throws with the entry's position and the schema's message. */
export function parseBenchQueries(text: string, file = 'queries'): BenchQuery[] {
  const list: unknown = parse(text);
  if (!Array.isArray(list)) throw new Error(`parseBenchQueries: ${file} must be a YAML list`);
  return list.map((entry, index) => {
    const parsed = benchQuerySchema.safeParse(entry);
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => issue.message).join('; ');
      throw new Error(`parseBenchQueries: ${file}, entry ${index + 1}: ${message}`);
    }
    return parsed.data;
  });
}
