/**
 * Test helpers shared by the ingest tests: the seed texts through decode, normalize and segment,
 * and the ingest command run as a child process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from './decode.ts';
import { normalizeText } from './normalize.ts';
import { segmentText } from './segment.ts';
import type { SegmentedText } from './types.ts';

export const SOURCES_DIR = join(import.meta.dirname, '../../content/sources');

/** The seed files, by their three-digit prefix ("000" … "004"). */
export function seedFile(prefix: string): string {
  const file = readdirSync(SOURCES_DIR).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return file;
}

/** A text as the segment stage makes it. */
export function segmentString(text: string, file = 'test.txt'): SegmentedText {
  const result = segmentText(file, normalizeText(text));
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.value;
}

/** A seed file as the segment stage makes it. */
export function segmentSeed(prefix: string): SegmentedText {
  const file = seedFile(prefix);
  const decoded = decodeSource({ file, bytes: readFileSync(join(SOURCES_DIR, file)) });
  if (!decoded.ok) throw new Error('seed does not decode');
  return segmentString(decoded.value, file);
}

/** All text a reader sees in the body, one string. */
export function bodyText(text: SegmentedText): string {
  return text.body.map((block) => block.text).join('\n');
}

/** What a run of the ingest command printed, and its exit status. */
export interface IngestRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/ingest.ts` with `args` in a child process, as a user would. */
export function runIngest(args: readonly string[]): IngestRun {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '../ingest.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
