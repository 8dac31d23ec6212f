/**
 * The per-source pipeline, pure: raw bytes → entry file text, through
 * decode → normalize → segment → extract → enrich → validate → serialize.
 * Reading and writing stay with the entry point, so this runs the same for ingest and --check.
 */
import { createHash } from 'node:crypto';
import { decodeSource } from './decode.ts';
import { enrichEntry, entryIdFor } from './enrich.ts';
import { extractEntities } from './extract.ts';
import { normalizeText } from './normalize.ts';
import { segmentText } from './segment.ts';
import { serializeEntry } from './serialize.ts';
import type { Candidate, Problem, RawSource, Registries, SourceFacts, Stage, StageResult } from './types.ts';
import { validateEntry } from './validate.ts';

export interface PipelineContext {
  registries: Registries;
  facts: ReadonlyMap<string, SourceFacts>;
  /** Entry ids of other copies of the same story, per source file. */
  sameStory: ReadonlyMap<string, readonly string[]>;
}

export interface SourceOutcome {
  file: string;
  id: string;
  /** The entry file's text; absent when an error kept the source from becoming an entry. */
  entry?: string;
  problems: Problem[];
  candidates: Candidate[];
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Runs one stage; a throw is a bug, reported with the stage's name rather than crashing the run. */
function runStage<T>(file: string, stage: Stage, run: () => StageResult<T>): StageResult<T> {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, stage, severity: 'error', message: `unexpected failure in ${stage}: ${message}` }] };
  }
}

/** Decode and normalize: the text of a source as every later stage sees it. */
export function readableText(source: RawSource): StageResult<string> {
  const decoded = runStage(source.file, 'decode', () => decodeSource(source));
  if (!decoded.ok) return decoded;
  return runStage(source.file, 'normalize', () => ({ ok: true, value: normalizeText(decoded.value), warnings: decoded.warnings }));
}

/**
 * The key of the duplicate check: the SHA-256 of the source's readable text, or undefined when the
 * source has none (it fails to decode, or holds only whitespace).
 */
export function textHash(source: RawSource): string | undefined {
  const text = readableText(source);
  if (!text.ok || text.value === '') return undefined;
  return sha256Hex(text.value);
}

/** Runs the whole pipeline for one source. */
export function buildEntry(source: RawSource, context: PipelineContext): SourceOutcome {
  const { file } = source;
  const outcome: SourceOutcome = { file, id: entryIdFor(file), problems: [], candidates: [] };
  const collect = <T>(result: StageResult<T>): T | undefined => {
    if (result.ok) {
      outcome.problems.push(...result.warnings);
      return result.value;
    }
    outcome.problems.push(...result.problems);
    return undefined;
  };

  const text = collect(readableText(source));
  if (text === undefined) return outcome;
  const segmented = collect(runStage(file, 'segment', () => segmentText(file, text)));
  if (!segmented) return outcome;
  const extraction = collect(
    runStage(file, 'extract', () => ({ ok: true, value: extractEntities(segmented, context.registries), warnings: [] })),
  );
  if (!extraction) return outcome;
  outcome.candidates = extraction.candidates;
  const draft = collect(
    runStage(file, 'enrich', () =>
      enrichEntry({
        file,
        text: segmented,
        extraction,
        facts: context.facts.get(file),
        sameStory: context.sameStory.get(file) ?? [],
        outlets: context.registries.outlets,
        sourceSha256: sha256Hex(source.bytes),
      }),
    ),
  );
  if (!draft) return outcome;
  const valid = collect(runStage(file, 'validate', () => validateEntry(file, draft)));
  if (!valid) return outcome;
  const entry = collect(runStage(file, 'serialize', () => ({ ok: true, value: serializeEntry(valid, segmented.body), warnings: [] })));
  if (entry !== undefined) outcome.entry = entry;
  return outcome;
}
