import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/normalize/bounded-memo.js';

describe('BoundedMemo', () => {
  it('stays within twice its cap and answers right past it', () => {
    let calls = 0;
    const memo = new BoundedMemo<number>(100, (k) => {
      calls++;
      return k.length;
    });
    for (let i = 0; i < 10_000; i++) {
      expect(memo.get(`k${i}`)).toBe(`k${i}`.length);
      expect(memo.size).toBeLessThanOrEqual(200);
    }
    expect(calls).toBe(10_000);
    // Recently seen keys are still held; long-gone ones are computed again, with the same answer.
    expect(memo.get('k9999')).toBe(5);
    expect(calls).toBe(10_000);
    expect(memo.get('k0')).toBe(2);
    expect(calls).toBe(10_001);
  });

  it('keeps a key in use however many others pass', () => {
    const seen: string[] = [];
    const memo = new BoundedMemo<string>(10, (k) => {
      seen.push(k);
      return k.toUpperCase();
    });
    for (let i = 0; i < 1000; i++) {
      expect(memo.get('hot')).toBe('HOT');
      memo.get(`cold${i}`);
    }
    expect(seen.filter((k) => k === 'hot')).toEqual(['hot']);
  });
});
