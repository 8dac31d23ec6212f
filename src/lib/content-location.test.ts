import { describe, expect, it } from 'vitest';
import {
  articlesDir, chunkedStorageFrom, computesOffThread, indexesSearchAfterBuild, needsChunkedStorage, registryFile, searchShardSize,
} from './content-location.ts';
import { defaultSearchShardSize } from './search-shards.ts';

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

describe('searchShardSize', () => {
  it('is 25,000 articles unless ARCHIVE_SEARCH_SHARD_SIZE names a positive whole number', () => {
    expect(searchShardSize({})).toBe(defaultSearchShardSize);
    expect(searchShardSize({ ARCHIVE_SEARCH_SHARD_SIZE: '2' })).toBe(2);
    for (const bad of ['0', '-3', '2.5', 'zwei', ' 2']) {
      expect(() => searchShardSize({ ARCHIVE_SEARCH_SHARD_SIZE: bad })).toThrow(`ARCHIVE_SEARCH_SHARD_SIZE must be a positive whole number, not ${JSON.stringify(bad)}`);
    }
  });
});

describe('indexesSearchAfterBuild', () => {
  it('indexes during the build while the archive fits one shard', () => {
    expect(indexesSearchAfterBuild(5, 25_000)).toBe(false);
    expect(indexesSearchAfterBuild(25_000, 25_000)).toBe(false);
    expect(indexesSearchAfterBuild(25_001, 25_000)).toBe(true);
    expect(indexesSearchAfterBuild(5, 2)).toBe(true);
  });
});

describe('computesOffThread', () => {
  it('uses the workers below chunked storage, unless ARCHIVE_BUILD_WORKERS is off', () => {
    expect(computesOffThread(10_000, {})).toBe(true);
    expect(computesOffThread(10_000, { ARCHIVE_BUILD_WORKERS: 'on' })).toBe(true);
    expect(computesOffThread(10_000, { ARCHIVE_BUILD_WORKERS: 'off' })).toBe(false);
    expect(computesOffThread(chunkedStorageFrom - 1, {})).toBe(true);
    expect(computesOffThread(chunkedStorageFrom, {})).toBe(false);
  });

  it('rejects any other setting, naming it', () => {
    expect(() => computesOffThread(5, { ARCHIVE_BUILD_WORKERS: 'no' })).toThrow('ARCHIVE_BUILD_WORKERS must be "on" or "off", not "no"');
  });
});

describe('registryFile', () => {
  it('points into the project\'s content/registry/', () => {
    expect(registryFile('places')).toBe('./content/registry/places.yaml');
  });
});
