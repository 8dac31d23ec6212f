/**
 * Computes on two worker threads, during `astro build`, what the pages need of all entries at once
 * or of every article: the archive model on one, every article's search terms on the other, and
 * then, shared between them, every article's body as HTML and plain text, its element and its search
 * document, which go to the search index as they are made (see `archive-model-worker.ts`). The
 * workers read the entry and registry files while Astro's content sync reads the same files on the
 * main thread, on a second core that otherwise idles through the sync; on the main thread the model
 * (text reuse above all) and the search terms took 14 s at 10,000 articles, the Markdown 8 s. The
 * pages receive the results through the handoffs in `build-sinks.ts` (`src/data/archive.ts`), which
 * first check them against the content collection entry by entry. With `offThread: false` (an
 * archive so large that more copies of every entry would cost gigabytes) and in `astro dev`,
 * `archive.ts` computes everything itself.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { positionCounter } from '../lib/batch.ts';
import { articleTextsHandoff, computedModelHandoff, searchDocumentPortsHandoff } from '../lib/build-sinks.ts';
import { registryDir } from '../lib/content-location.ts';
import type { WorkerReply, WorkerResults, WorkerTask } from './archive-model-worker.ts';

/**
 * Starts a worker on `task`; `result()` receives its reply. The reply waits on a port of its own,
 * unread until the pages ask for it: taking a model of 10,000 articles into the main thread's heap
 * in the middle of the content sync slowed the sync by some four seconds.
 */
function startTask<T extends WorkerTask>(task: T, articlesDir: string, registryDir: string, bodyCounter: SharedArrayBuffer, peer: MessagePort, documents: MessagePort | undefined, logger: AstroIntegrationLogger) {
  const { port1: replies, port2 } = new MessageChannel();
  // No inherited execArgv (see download-files.ts); the heap limit of the build's own process instead.
  const worker = new Worker(new URL('./archive-model-worker.ts', import.meta.url), {
    workerData: { task, articlesDir, registryDir, bodyCounter, port: port2, peer, documents },
    transferList: documents ? [port2, peer, documents] : [port2, peer],
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) },
  });
  // A build that fails before it renders must not be held open by the worker.
  worker.unref();
  let failure: Error | undefined;
  worker.once('error', (error) => { failure ??= new Error(`${task} worker: ${error.message}`); });
  worker.once('exit', (code) => { failure ??= new Error(`${task} worker: stopped (exit code ${code}) before it replied`); });

  let result: Promise<WorkerResults[T]> | undefined;
  return () => (result ??= new Promise<WorkerResults[T]>((resolvePromise, reject) => {
    const settle = (reply: WorkerReply<T>) => {
      replies.close();
      if (!reply.ok) return reject(new Error(`${task} worker: ${reply.message}`));
      logger.info(`${task}: computed on a worker thread, with ${reply.result.bodies.size} of the articles, in ${reply.seconds.toFixed(1)} s`);
      resolvePromise(reply.result);
    };
    const take = () => {
      const received = receiveMessageOnPort(replies);
      if (received) settle(received.message as WorkerReply<T>);
      return received !== undefined;
    };
    if (take()) return;
    if (failure) return reject(failure);
    replies.once('message', settle);
    const stopped = () => { if (!take()) reject(failure); };
    worker.once('error', stopped);
    worker.once('exit', stopped);
  }));
}

/**
 * `feedsSearchIndex`: whether the workers make every article's search document for the index that
 * `search-index.ts` writes during the build (not where the index is written after it).
 */
export function archiveModel({ offThread, articlesDir, feedsSearchIndex }: { offThread: boolean; articlesDir: string; feedsSearchIndex: boolean }): AstroIntegration {
  return {
    name: 'nachrichtenarchiv:archive-model',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !offThread) return;
        const root = fileURLToPath(config.root);
        const [articles, registries] = [resolve(root, articlesDir), resolve(root, registryDir)];
        // Failures surface where the pages await the results (src/data/archive.ts).
        const bodyCounter = positionCounter().buffer;
        // The two workers read half the entry files each and pass them to each other over this channel.
        const peers = new MessageChannel();
        // Each worker sends the search documents it makes over a port of its own; the search
        // index's worker takes the other ends (`src/integrations/search-index.ts`). Until then the
        // ports keep what was sent.
        const documents = feedsSearchIndex ? { model: new MessageChannel(), terms: new MessageChannel() } : undefined;
        const model = startTask('model', articles, registries, bodyCounter, peers.port1, documents?.model.port1, logger);
        const terms = startTask('terms', articles, registries, bodyCounter, peers.port2, documents?.terms.port1, logger);
        searchDocumentPortsHandoff.set(documents && [documents.model.port2, documents.terms.port2]);
        computedModelHandoff.set(() => model().then(({ model, fingerprints }) => ({ model, fingerprints })));
        // Both workers computed from the same entries (each read half and passed it on), so the
        // model's fingerprints stand for the articles too.
        articleTextsHandoff.set(() => Promise.all([model(), terms()]).then(([withModel, withTerms]) => ({
          bodies: new Map([...withModel.bodies, ...withTerms.bodies]),
          elements: new Map([...withModel.elements, ...withTerms.elements]),
          fingerprints: withModel.fingerprints,
        })));
      },
      'astro:build:done': () => {
        searchDocumentPortsHandoff.set(undefined);
        computedModelHandoff.set(undefined);
        articleTextsHandoff.set(undefined);
      },
    },
  };
}
