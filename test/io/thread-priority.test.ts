import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority, ownThreadId } from '../../src/io/node/thread-priority.js';

// The scanning thread lowers its own priority so that the main thread, which sets the pace, gets the core
// when both are ready to run (src/io/node/thread-priority.ts). Tried here on a child process's id, since
// the calling thread of a test is a main thread, which it never lowers.
// Only where the tests run at the normal priority (a niced runner's child could not be raised back to 7).
describe.runIf(process.platform === 'linux' && getPriority() === 0)('the scanning thread’s priority (Linux)', () => {
  it('is lowered to CADRE_STATS_SCAN_NICE, else 10; 0 leaves it; the main thread is never lowered', async () => {
    const child = spawn('sleep', ['30']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const pid = child.pid!;
      expect(getPriority(pid)).toBe(0);
      expect(lowerThreadPriority({ CADRE_STATS_SCAN_NICE: '0' }, pid)).toBeUndefined();
      expect(getPriority(pid)).toBe(0);
      expect(lowerThreadPriority({ CADRE_STATS_SCAN_NICE: '7' }, pid)).toBe(7);
      expect(getPriority(pid)).toBe(7);
      expect(lowerThreadPriority({}, pid)).toBe(10);
      expect(getPriority(pid)).toBe(10);
      // Not a nice value: the default.
      expect(lowerThreadPriority({ CADRE_STATS_SCAN_NICE: '-5' }, pid)).toBe(10);
    } finally {
      child.kill();
    }
    expect(ownThreadId()).toBe(process.pid);
    expect(lowerThreadPriority({ CADRE_STATS_SCAN_NICE: '5' })).toBeUndefined();
    expect(getPriority(process.pid)).toBe(0);
  });
});
