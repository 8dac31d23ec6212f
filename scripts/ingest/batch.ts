/**
 * The work of ingest per source, cut into batches that run in this thread or on a worker thread
 * (see runner.ts): read → the pipeline → the comparison with the entry on disk (the hand-edit
 * check), the text hash of the duplicate check, and the parse of the facts file, which runs beside
 * the duplicate check. A batch carries everything the run found that its sources need, so a thread
 * never sees another batch. Writing stays with the entry point: the entries all go into one folder,
 * whose lock would make threads creating files side by side wait on each other.
 */
import { buildEntry, textHash } from './pipeline.ts';
import { parseFacts, readSource, type FactsFile } from './read.ts';
import type { Candidate, Problem, Registries, SourceFacts } from './types.ts';
import { planWrite, readIfExists, type WriteOutcome } from './write.ts';

/** Where a run reads, and how it compares: the same for every batch. */
export interface RunSettings {
  sourcesDir: string;
  /** Compare only (--check): no entry comes back to be written. */
  check: boolean;
  /** Overwrite entries edited by hand (--force). */
  force: boolean;
}

/** One source, with what the whole run found for it. */
export interface SourceJob {
  file: string;
  /** Its entry in the facts file is invalid: it is read (a read failure is what counts then), not ingested. */
  invalidFacts?: boolean;
  facts?: SourceFacts;
  /** Entry ids of other copies of the same story. */
  sameStory: readonly string[];
  /**
   * The entry file, and whether it was there when the run started, when this source alone makes
   * it. Absent when another source has the same entry id: the entry point then compares the
   * entries of that id with what is on disk one after the other, in source order.
   */
  target?: { path: string; existed: boolean };
}

/** What became of one source. */
export type SourceResult =
  | { file: string; readProblems: Problem[] }
  | { file: string; invalidFacts: true }
  | {
      file: string;
      problems: Problem[];
      candidates: Candidate[];
      /** What to do with the entry at its target, when it has one. */
      plan?: WriteOutcome;
      /**
       * The entry's text, when it is to be written or has no target here; absent when an error
       * kept the source from becoming an entry, or the entry on disk is to stay.
       */
      entry?: string;
    };

export type Batch =
  | { kind: 'text-hashes'; files: string[] }
  | { kind: 'ingest'; jobs: SourceJob[] }
  | { kind: 'facts'; text: string; path: string };

export type BatchResult<B extends Batch> = B extends { kind: 'text-hashes' }
  ? (string | undefined)[]
  : B extends { kind: 'ingest' }
    ? SourceResult[]
    : FactsFile;

/** The key of the duplicate check for a source file; undefined when it cannot be read or has no text. */
export function textHashOf(file: string, settings: RunSettings): string | undefined {
  const source = readSource(settings.sourcesDir, file);
  return source.ok ? textHash(source.value) : undefined;
}

/** Reads one source, runs the pipeline, and compares its entry with the one at its target, if any. */
export function ingestSource(job: SourceJob, settings: RunSettings, registries: Registries): SourceResult {
  const { file } = job;
  const source = readSource(settings.sourcesDir, file);
  if (!source.ok) return { file, readProblems: source.problems };
  if (job.invalidFacts) return { file, invalidFacts: true };
  const { problems, candidates, entry } = buildEntry(source.value, {
    registries,
    facts: new Map(job.facts ? [[file, job.facts]] : []),
    sameStory: new Map([[file, job.sameStory]]),
  });
  if (entry === undefined || !job.target) return { file, problems, candidates, ...(entry === undefined ? {} : { entry }) };
  const { path, existed } = job.target;
  const plan = planWrite(existed ? readIfExists(path) : undefined, entry, settings.force);
  return { file, problems, candidates, plan, ...(plan === 'written' && !settings.check ? { entry } : {}) };
}

/** Runs a batch: one result per source, in the batch's order, or the parsed facts file. */
export function runBatch<B extends Batch>(batch: B, settings: RunSettings, registries: Registries): BatchResult<B> {
  if (batch.kind === 'text-hashes') return batch.files.map((file) => textHashOf(file, settings)) as BatchResult<B>;
  if (batch.kind === 'facts') return parseFacts(batch.text, batch.path) as BatchResult<B>;
  return batch.jobs.map((job) => ingestSource(job, settings, registries)) as BatchResult<B>;
}
