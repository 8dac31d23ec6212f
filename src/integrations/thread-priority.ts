/**
 * Which of the build's threads gives way when both cores are busy. At 10,000 articles the build has
 * two chains that end together only if the scheduler favours the longer one: the search index
 * (the build's workers make the documents, Pagefind's process takes them in one after another and
 * then writes the index on one thread) and the rendering of the pages. At equal priority the
 * rendering thread, the garbage collector's helpers and Pagefind shared the cores evenly, Pagefind
 * took its documents in for 40–55 s instead of the 16 CPU seconds it needs, and the build ended
 * with Pagefind writing the index alone on one core while the other idled. Lowered, the rendering
 * thread runs whenever Pagefind waits, and Pagefind finishes before the last page.
 *
 * On Linux a nice value belongs to one thread, and the threads it starts afterwards inherit it;
 * elsewhere it is the whole process's, so there nothing is changed. A thread can lower its own
 * priority, never raise it again: call this only after starting the threads that must keep theirs.
 */
import { setPriority } from 'node:os';

/** Nice values by role: the rendering thread behind the index, the download files behind both. */
export const niceness = { rendering: 5, background: 10 } as const;

/** Lowers the calling thread's priority to `nice` on Linux; returns whether it did. */
export function lowerThisThreadsPriority(nice: number, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  setPriority(nice);
  return true;
}
