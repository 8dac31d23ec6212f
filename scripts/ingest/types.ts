/**
 * Shapes passed between the ingest stages. Each stage is a pure function from one shape to the
 * next; problems travel as values so the entry point can print all of them, not just the first.
 */
import type { Organisation, Outlet, Person, Place, SourceFacts } from '../../src/lib/schema.ts';

export type Stage =
  | 'read'
  | 'decode'
  | 'normalize'
  | 'segment'
  | 'extract'
  | 'enrich'
  | 'validate'
  | 'serialize'
  | 'write';

/** A problem found while ingesting one file. Errors cost that file its entry; warnings do not. */
export interface Problem {
  file: string;
  stage: Stage;
  severity: 'error' | 'warning';
  message: string;
}

/** Either a value or the problems that kept the stage from producing one. */
export type StageResult<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** A raw source as read from disk. */
export interface RawSource {
  /** File name inside the sources folder. */
  file: string;
  bytes: Uint8Array;
}

/** A photo caption with its credit, both as printed. */
export interface Caption {
  text: string;
  credit?: string;
}

/** One block of the article body, in reading order. */
export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string };

/** A line that is not part of the article, kept for the record with the rule that removed it. */
export interface DroppedLine {
  /** 1-based line number in the normalized text. */
  line: number;
  text: string;
  /** Name of the rule that classified the line ("share-widget", "related-teaser", …). */
  rule: string;
}

/** The text cut into its parts: what the reader sees, what becomes metadata, what is junk. */
export interface SegmentedText {
  headline?: string;
  kicker?: string;
  standfirst?: string;
  dateline?: string;
  body: BodyBlock[];
  captions: Caption[];
  /** Byline and source-credit lines as printed ("Von RND/dpa", "Quelle: Sputniknews"). */
  credits: string[];
  /** Copyright line as printed. */
  rights?: string;
  dropped: DroppedLine[];
}

/** Curated registries, loaded once per run. */
export interface Registries {
  people: Person[];
  places: Place[];
  organisations: Organisation[];
  outlets: Outlet[];
}

/** An entity found in a text, by canonical name. */
export interface FoundEntity {
  name: string;
  mentions: number;
}

export interface FoundPlace extends FoundEntity {
  adjectiveOnly?: boolean;
}

/** A name the text seems to contain that no registry knows and that was not certain enough. */
export interface Candidate {
  type: 'person' | 'place' | 'organisation';
  name: string;
  /** Why it was considered, and why it was held back. */
  reason: string;
  /** The sentence it was found in, shortened. */
  context: string;
}

/** What extraction reads out of a segmented text. */
export interface Extraction {
  people: FoundEntity[];
  places: FoundPlace[];
  organisations: FoundEntity[];
  /** Canonical outlet names the text credits (bylines, source lines, photo credits). */
  origins: string[];
  /** Less certain names, for the review report only, never for the frontmatter. */
  candidates: Candidate[];
}

export type { SourceFacts };
