/**
 * validate: checks an entry against the one schema the site's content collection uses, so a bad
 * entry fails here and never in the site build. The hash of the generated file is added by
 * serialize, after validation, so it is the one field left out here.
 */
import { articleSchema } from '../../src/lib/schema.ts';
import type { EntryDraft } from './enrich.ts';
import type { StageResult } from './types.ts';

const draftSchema = articleSchema.omit({ generatedSha256: true });

/** Validates an entry's frontmatter; every schema issue becomes one problem naming the field. */
export function validateEntry(file: string, draft: unknown): StageResult<EntryDraft> {
  const parsed = draftSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data, warnings: [] };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file,
      stage: 'validate',
      severity: 'error',
      message: `${issue.path.join('.') || 'entry'}: ${issue.message}`,
    })),
  };
}
