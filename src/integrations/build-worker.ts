/**
 * A worker thread that an integration feeds while `astro build` renders (the search index's, the
 * download files'): it takes messages, and to `{ kind: 'end' }` replies once with its report.
 */
import { Worker, type Transferable } from 'node:worker_threads';

export function startBuildWorker<Message extends { kind: string }, Report>(url: URL, workerData: unknown, name: string) {
  // No inherited execArgv: a build started with `node --input-type=module -e …` (as the tests do)
  // would hand the worker flags that only apply to evaluated code, and the worker would not start.
  const worker = new Worker(url, { workerData, execArgv: [] });
  // A build that fails before build:done must not be held open by an idle worker; `finish` holds it
  // while waiting for the report.
  worker.unref();
  const report = new Promise<Report>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (error) => reject(new Error(`${name}: ${error.message}`)));
    worker.once('exit', (code) => reject(new Error(`${name}: the worker stopped (exit code ${code}) before it was done`)));
  });
  report.catch(() => {}); // awaited through `finish`
  return {
    send: (message: Message, transfer: Transferable[] = []) => worker.postMessage(message, transfer),
    finish: (): Promise<Report> => {
      worker.ref();
      worker.postMessage({ kind: 'end' });
      return report;
    },
  };
}
