/**
 * Runs one benchmark step as a child process and measures it: wall time, and peak memory two ways,
 * the largest single process (`/usr/bin/time`'s maximum resident set size, which covers every
 * descendant it waited for) and the largest sum over the live process tree (polled from `/proc`
 * once a second, for steps that run several processes at once), and CPU time, which a busy
 * machine disturbs less than wall time, two ways: the step's processes as `/usr/bin/time` counts
 * them, and the whole machine's busy time while the step ran. Output goes to a log file; lines
 * that match `progress` are echoed, and a heartbeat line every 30 s says the step is still alive.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface StepResult {
  name: string;
  seconds: number;
  /** Largest resident set of any single process of the step, MiB. */
  maxRssMiB: number;
  /** Largest resident total of the step's process tree at one moment, MiB (sampled). */
  treeRssMiB: number;
  /** User plus system CPU seconds of the step and of the descendants it waited for: less sensitive to a busy machine than wall time. */
  cpuSeconds: number;
  /**
   * CPU seconds the whole machine was busy while the step ran (`machineBusySeconds`): also counts
   * the processes a step leaves to end on their own, which `cpuSeconds` misses (the build's
   * Pagefind indexer is closed without being waited for), and the kernel's work for the step, such
   * as writing its files back. Anything else running on the machine counts too.
   */
  machineCpuSeconds: number;
  /**
   * CPU seconds the hypervisor gave other virtual machines while the step ran
   * (`machineStolenSeconds`): the step waited up to that long for a core it had work for. Other
   * tenants take it; it moves a step that needs both cores more than one that needs one.
   */
  stolenSeconds: number;
  /** One-minute load average of the machine when the step started. */
  loadAtStart: number;
  exitCode: number;
}

export interface StepOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  log: string;
  /** Output lines to echo to the terminal (progress of long runs). */
  progress?: RegExp | undefined;
}

const timeBinary = '/usr/bin/time';

/**
 * Every running process as `/proc/<pid>/stat` gives it: its pid, its command name, and the fields
 * after the name (`fields[1]` the parent's pid, `fields[11]` and `fields[12]` user and system CPU
 * in clock ticks). A process that ends while this looks is left out.
 */
export function processStats(): { pid: number; command: string; fields: string[] }[] {
  const stats: { pid: number; command: string; fields: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      stats.push({ pid: Number(entry), command: stat.slice(stat.indexOf('(') + 1, close), fields: stat.slice(close + 2).split(' ') });
    } catch {
      // The process ended while we looked.
    }
  }
  return stats;
}

/** Resident memory of `pid` and all its descendants, in KiB, from `/proc`. */
export function treeRssKiB(pid: number): number {
  const parents = new Map<number, number[]>();
  for (const { pid: child, fields } of processStats()) {
    const ppid = Number(fields[1]);
    const list = parents.get(ppid) ?? [];
    list.push(child);
    parents.set(ppid, list);
  }
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Gone.
    }
    queue.push(...(parents.get(current) ?? []));
  }
  return total;
}

/** The numbers of the first line of `/proc/stat` (user nice system idle iowait irq softirq steal …), in USER_HZ. */
function totalCpuLine(procStat: string, caller: string): number[] {
  const fields = procStat.slice(0, procStat.indexOf('\n')).trim().split(/\s+/);
  if (fields[0] !== 'cpu' || fields.length < 8) throw new Error(`${caller}: not the total line of /proc/stat: "${fields.join(' ')}"`);
  return fields.slice(1).map(Number);
}

/**
 * Seconds the machine's CPUs have been busy since boot, summed over CPUs, from the first line of
 * `/proc/stat`: user, nice, system, irq and softirq time (not idle, not waiting for I/O, not stolen
 * by other virtual machines; guest time is part of user). Linux counts in USER_HZ, 100 a second.
 */
export function machineBusySeconds(procStat = readFileSync('/proc/stat', 'utf8')): number {
  const [user, nice, system, , , irq, softirq] = totalCpuLine(procStat, 'machineBusySeconds');
  return (user! + nice! + system! + irq! + softirq!) / 100;
}

/**
 * Seconds since boot, summed over CPUs, that this virtual machine's CPUs had work but the
 * hypervisor ran other guests (`steal`, the eighth number of `/proc/stat`'s first line; 0 where
 * the kernel does not count it).
 */
export function machineStolenSeconds(procStat = readFileSync('/proc/stat', 'utf8')): number {
  return (totalCpuLine(procStat, 'machineStolenSeconds')[7] ?? 0) / 100;
}

/** Runs a step to its end; never throws for a failing command (see `exitCode`). */
export async function runStep(options: StepOptions): Promise<StepResult> {
  if (!existsSync(timeBinary)) throw new Error(`runStep: ${timeBinary} is missing; install Debian's "time" package (apt-get install -y time)`);
  const timeFile = `${options.log}.time`;
  const log = createWriteStream(options.log);
  const loadAtStart = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  const started = process.hrtime.bigint();
  const statAtStart = readFileSync('/proc/stat', 'utf8');
  const [busyAtStart, stolenAtStart] = [machineBusySeconds(statAtStart), machineStolenSeconds(statAtStart)];
  const child = spawn(timeBinary, ['-f', '%e %M %U %S', '-o', timeFile, options.command, ...options.args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let treePeak = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeak = Math.max(treePeak, treeRssKiB(child.pid));
  }, 1000);
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  const heartbeat = setInterval(() => {
    process.stderr.write(`  ${options.name}: ${elapsed().toFixed(0)} s, ${(treePeak / 1024).toFixed(0)} MiB peak so far\n`);
  }, 30_000);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`${line}\n`);
      if (options.progress?.test(line)) process.stderr.write(`  ${line}\n`);
    });
  }
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(sampler);
  clearInterval(heartbeat);
  const seconds = elapsed();
  const statAtEnd = readFileSync('/proc/stat', 'utf8');
  const machineCpuSeconds = machineBusySeconds(statAtEnd) - busyAtStart;
  const stolenSeconds = machineStolenSeconds(statAtEnd) - stolenAtStart;
  await new Promise((resolve) => log.end(resolve));
  const [, maxRssKiB, user, system] = (existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '')
    .trim().split('\n').at(-1)!.split(' ').map(Number);
  return {
    name: options.name,
    seconds,
    maxRssMiB: (maxRssKiB ?? 0) / 1024,
    treeRssMiB: treePeak / 1024,
    cpuSeconds: (user ?? 0) + (system ?? 0),
    machineCpuSeconds,
    stolenSeconds,
    loadAtStart,
    exitCode,
  };
}
