import { describe, expect, it } from 'vitest';
import { articlesDir, chunkedStorageFrom, needsChunkedStorage } from './content-location.ts';

describe('articlesDir', () => {
  it('is the project folder unless ARCHIVE_CONTENT_DIR names another', () => {
    expect(articlesDir({})).toBe('./content/articles');
    expect(articlesDir({ ARCHIVE_CONTENT_DIR: '/tmp/andere' })).toBe('/tmp/andere');
  });
});

describe('needsChunkedStorage', () => {
  it('keeps one data-store file for ordinary archives and chunks the very large ones', () => {
    expect(needsChunkedStorage(5)).toBe(false);
    expect(needsChunkedStorage(10_000)).toBe(false);
    expect(needsChunkedStorage(chunkedStorageFrom)).toBe(true);
    expect(needsChunkedStorage(100_000)).toBe(true);
  });
});
