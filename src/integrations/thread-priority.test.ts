import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { niceness } from './thread-priority.ts';

/** Runs `lowerThisThreadsPriority(nice, platform)` on a thread of its own; its return and the thread's nice value after. */
function lowerOnAThread(nice: number, platform: NodeJS.Platform): Promise<{ lowered: boolean; after: number }> {
  const module = new URL('./thread-priority.ts', import.meta.url).href;
  const worker = new Worker(
    `const { getPriority } = await import('node:os');
     const { parentPort, workerData } = await import('node:worker_threads');
     const { lowerThisThreadsPriority } = await import(workerData.module);
     const lowered = lowerThisThreadsPriority(workerData.nice, workerData.platform);
     parentPort.postMessage({ lowered, after: getPriority() });`,
    { eval: true, workerData: { module, nice, platform } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('lowerThisThreadsPriority', () => {
  test.runIf(process.platform === 'linux')('on Linux lowers the calling thread alone', async () => {
    const before = getPriority();
    const nice = Math.max(before + 1, niceness.rendering);
    await expect(lowerOnAThread(nice, 'linux')).resolves.toEqual({ lowered: true, after: nice });
    // The thread that started the worker keeps its own priority.
    expect(getPriority()).toBe(before);
  });

  test('elsewhere changes nothing, since a nice value there is the whole process’s', async () => {
    const before = getPriority();
    await expect(lowerOnAThread(before + 1, 'darwin')).resolves.toEqual({ lowered: false, after: before });
  });
});
