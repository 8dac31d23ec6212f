/**
 * write: the last stage, and one of the two that touch the disk. Every file is written atomically
 * (a temporary file renamed over the old one), so a failed or killed run leaves each earlier entry
 * whole. An entry edited by hand since ingest generated it is never overwritten silently.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedState } from './serialize.ts';

export type WriteOutcome = 'written' | 'unchanged' | 'refused';

/** What to do with a file, given what is on disk: pure, so --check and write agree. */
export function planWrite(existing: string | undefined, next: string, force: boolean): WriteOutcome {
  if (existing === next) return 'unchanged';
  if (existing !== undefined && !force && generatedState(existing) !== 'generated') return 'refused';
  return 'written';
}

/** Reads a file, or undefined when there is none. */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Writes a file atomically: a temporary file beside it, then a rename. */
export function writeAtomic(path: string, text: string): void {
  const dir = join(path, '..');
  const temporary = join(dir, `.${path.split('/').pop()}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
  } catch (error) {
    // The folder is made when a write finds it missing, rather than asked for before every file.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, text, 'utf8');
  }
  renameSync(temporary, path);
}

/** The `.md` entries in an output folder. */
export function listEntries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.md') && !name.startsWith('.'));
}

/** Removes an entry whose source is gone, unless it was edited by hand. */
export function removeEntry(path: string, force: boolean): 'removed' | 'refused' {
  const text = readFileSync(path, 'utf8');
  if (!force && generatedState(text) !== 'generated') return 'refused';
  rmSync(path);
  return 'removed';
}

/** Removes temporary files a killed run left behind. */
export function removeStaleTemporaries(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (/^\..*\.\d+\.tmp$/.test(name)) rmSync(join(dir, name));
  }
}
