import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomic } from './write.ts';

describe('writeAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a missing folder on the first write and leaves no temporary file', () => {
    const path = join(dir, 'a', 'b', 'entry.md');
    writeAtomic(path, 'erste Fassung');
    writeAtomic(path, 'zweite Fassung');
    writeAtomic(join(dir, 'a', 'b', 'other.md'), 'andere');
    expect(readFileSync(path, 'utf8')).toBe('zweite Fassung');
    expect(readdirSync(join(dir, 'a', 'b')).sort()).toEqual(['entry.md', 'other.md']);
  });

  it('fails when a file stands where the folder should be', () => {
    writeFileSync(join(dir, 'a-file'), '');
    expect(() => writeAtomic(join(dir, 'a-file', 'entry.md'), 'text')).toThrow(/ENOTDIR|EEXIST/);
  });
});
