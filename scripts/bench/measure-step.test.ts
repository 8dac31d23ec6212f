import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { machineBusySeconds, machineStolenSeconds, processStats, treeRssKiB } from './measure-step.ts';

describe('the machine busy time', () => {
  test('adds user, nice, system, irq and softirq time of the total line, in hundredths of a second', () => {
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    const procStat = 'cpu  4684065 220578 1142037 5167936 118328 300 22797 7160 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n';
    expect(machineBusySeconds(procStat)).toBeCloseTo((4684065 + 220578 + 1142037 + 300 + 22797) / 100, 6);
  });

  test('reads the time stolen by other virtual machines from the same line, none where it is not counted', () => {
    expect(machineStolenSeconds('cpu  4684065 220578 1142037 5167936 118328 300 22797 7160 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n')).toBeCloseTo(71.6, 6);
    expect(machineStolenSeconds('cpu  4684065 220578 1142037 5167936 118328 300 22797\n')).toBe(0);
    expect(() => machineStolenSeconds('cpu0 1 2 3 4 5 6 7 8\n')).toThrow(/machineStolenSeconds: not the total line/);
  });

  test('rejects a text that does not start with the total line', () => {
    expect(() => machineBusySeconds('cpu0 1 2 3 4 5 6 7 8\n')).toThrow(/not the total line of \/proc\/stat: "cpu0 1 2/);
    expect(() => machineBusySeconds('intr 1 2\n')).toThrow(/not the total line/);
  });

  test('counts CPU time this process spends', () => {
    const before = machineBusySeconds();
    const started = process.cpuUsage();
    let spent = 0;
    for (let spin = 0; spent < 300_000; spin += 1) {
      if (spin % 100_000 === 0) { const { user, system } = process.cpuUsage(started); spent = user + system; }
    }
    expect(machineBusySeconds() - before).toBeGreaterThanOrEqual(0.25);
  });
});

describe('the processes from /proc', () => {
  test('lists a running child with its command, its parent and its CPU fields, and counts it in the tree', async () => {
    const child = spawn('sleep', ['5']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const found = processStats().find(({ pid }) => pid === child.pid);
      expect(found?.command).toBe('sleep');
      expect(Number(found?.fields[1])).toBe(process.pid);
      expect(Number.isInteger(Number(found?.fields[11]))).toBe(true);
      expect(treeRssKiB(process.pid)).toBeGreaterThan(treeRssKiB(child.pid!));
      expect(treeRssKiB(child.pid!)).toBeGreaterThan(0);
    } finally {
      child.kill();
    }
  });
});
