/**
 * Items gathered into batches of `size` before `send` gets them: a message to a worker thread costs
 * some 100 µs however small it is (10,000 article pages to the search index's worker took 1.5 s of
 * the rendering thread one by one). `flush` sends what is gathered, e.g. the last items.
 */
export function createBatcher<T>(size: number, send: (items: T[]) => void): { add(item: T): void; flush(): void } {
  if (!Number.isInteger(size) || size < 1) throw new Error(`createBatcher: size must be a positive whole number, not ${size}`);
  let items: T[] = [];
  const flush = () => {
    if (items.length === 0) return;
    const batch = items;
    items = [];
    send(batch);
  };
  return {
    add(item) {
      items.push(item);
      if (items.length >= size) flush();
    },
    flush,
  };
}

/**
 * A counter that threads share to divide work among them: `take(count)` claims the next `count`
 * positions and returns the first, so no two threads get the same one. The buffer goes to the
 * other threads (`positionCounter(buffer)` there).
 */
export function positionCounter(buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
  const cell = new Int32Array(buffer);
  return { buffer, take: (count: number) => Atomics.add(cell, 0, count) };
}

/**
 * `items` made into results by `make`, in order, `size` at a time; between batches the thread's
 * event loop runs, so that its other work goes on meanwhile (the pages that Astro renders while the
 * search documents are made) and each batch can be passed on as soon as it is made.
 */
export async function* madeInBatches<T, R>(items: readonly T[], size: number, make: (item: T) => R | Promise<R>): AsyncGenerator<R[]> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`madeInBatches: size must be a positive whole number, not ${size}`);
  for (let start = 0; start < items.length; start += size) {
    const batch: R[] = [];
    for (const item of items.slice(start, start + size)) batch.push(await make(item));
    yield batch;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Runs of a list that arrive out of order (each with the position of its first item), passed on
 * in order: `release` gets each run as soon as every item before it has been released. `pending`
 * says how many items wait for a gap to close.
 */
export function createInOrderRelease<T>(release: (items: readonly T[]) => void) {
  const waiting = new Map<number, readonly T[]>();
  let next = 0;
  let pending = 0;
  return {
    add(start: number, items: readonly T[]): void {
      if (start < next || waiting.has(start)) throw new Error(`createInOrderRelease: the run at ${start} came twice`);
      waiting.set(start, items);
      pending += items.length;
      for (let run = waiting.get(next); run !== undefined; run = waiting.get(next)) {
        waiting.delete(next);
        pending -= run.length;
        next += run.length;
        release(run);
      }
    },
    /** Items waiting for an earlier run. */
    get pending() { return pending; },
  };
}
