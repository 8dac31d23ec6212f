import { describe, expect, test } from 'vitest';
import { Worker } from 'node:worker_threads';
import { createBatcher, createInOrderRelease, madeInBatches, positionCounter } from './batch.ts';

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

describe('madeInBatches', () => {
  test('makes every item in order, size at a time, the last batch with the rest', async () => {
    const batches: string[][] = [];
    for await (const batch of madeInBatches([1, 2, 3, 4, 5, 6, 7], 3, async (item) => `#${item}`)) batches.push(batch);
    expect(batches).toEqual([['#1', '#2', '#3'], ['#4', '#5', '#6'], ['#7']]);
  });

  test('lets the event loop run between batches, not within one', async () => {
    const events: string[] = [];
    const made = madeInBatches([1, 2, 3, 4], 2, (item) => {
      events.push(`made ${item}`);
      // Other work of the thread, queued behind the batch being made (as a page's file write is).
      setImmediate(() => events.push(`other work after ${item}`));
      return item;
    });
    for await (const batch of made) events.push(`batch ${batch.join(',')}`);
    expect(events).toEqual([
      'made 1', 'made 2', 'batch 1,2', 'other work after 1', 'other work after 2',
      'made 3', 'made 4', 'batch 3,4', 'other work after 3', 'other work after 4',
    ]);
  });

  test('makes nothing of no items, and rejects a size that is not a positive whole number', async () => {
    for await (const batch of madeInBatches([], 5, () => 1)) expect.unreachable(`made ${batch}`);
    await expect(madeInBatches([1], 1.5, () => 1).next()).rejects.toThrow('madeInBatches: size must be a positive whole number, not 1.5');
  });
});

describe('createInOrderRelease', () => {
  test('passes runs on in order of position, each once the runs before it have come', () => {
    const released: string[][] = [];
    const inOrder = createInOrderRelease<string>((items) => released.push([...items]));
    inOrder.add(3, ['d', 'e']);
    inOrder.add(6, ['g']);
    expect(released).toEqual([]);
    expect(inOrder.pending).toBe(3);
    inOrder.add(0, ['a', 'b', 'c']);
    expect(released).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(inOrder.pending).toBe(1);
    inOrder.add(5, ['f']);
    expect(released.flat()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(inOrder.pending).toBe(0);
  });

  test('refuses a run that came before', () => {
    const inOrder = createInOrderRelease<number>(() => {});
    inOrder.add(0, [1, 2]);
    inOrder.add(4, [5]);
    expect(() => inOrder.add(0, [1, 2])).toThrow('createInOrderRelease: the run at 0 came twice');
    expect(() => inOrder.add(4, [5])).toThrow('createInOrderRelease: the run at 4 came twice');
  });
});

describe('positionCounter', () => {
  test('hands out consecutive positions, count at a time', () => {
    const { take } = positionCounter();
    expect([take(3), take(3), take(1), take(5)]).toEqual([0, 3, 6, 7]);
  });

  test('never gives two threads the same position', async () => {
    const { buffer, take } = positionCounter();
    // The other thread claims through its own counter over the same buffer, as the build's workers do.
    const claimer = new Worker(`
      const { workerData, parentPort } = require('node:worker_threads');
      import(workerData.module).then(({ positionCounter }) => {
        const { take } = positionCounter(workerData.buffer);
        const claimed = [];
        for (let position = take(1); position < 20000; position = take(1)) claimed.push(position);
        parentPort.postMessage(claimed);
      });`, { eval: true, workerData: { buffer, module: new URL('./batch.ts', import.meta.url).href } });
    const theirs = new Promise<number[]>((resolve) => claimer.once('message', resolve));
    const mine: number[] = [];
    for (let position = take(1); position < 20000; position = take(1)) mine.push(position);
    const all = [...mine, ...(await theirs)].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 20000 }, (_, position) => position));
  });
});
