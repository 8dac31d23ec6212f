import { describe, expect, test } from 'vitest';
import { createBatcher } from './batch.ts';

describe('createBatcher', () => {
  test('sends full batches as they fill, the rest on flush, and nothing empty', () => {
    const sent: number[][] = [];
    const batcher = createBatcher<number>(3, (items) => sent.push(items));
    for (let item = 1; item <= 7; item++) batcher.add(item);
    expect(sent).toEqual([[1, 2, 3], [4, 5, 6]]);
    batcher.flush();
    batcher.flush();
    expect(sent).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  test('rejects a size that is not a positive whole number', () => {
    expect(() => createBatcher(0, () => {})).toThrow('createBatcher: size must be a positive whole number, not 0');
  });
});
