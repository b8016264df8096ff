import { describe, expect, it } from 'vitest';
import { againstPrevious, checkTargets, FULL_ROWS } from '../../bench/targets.js';

interface Check {
  name: string;
  value: number;
  limit: number;
  ok: boolean;
  text: string;
}

interface Over {
  ratio?: number;
  rss?: number;
  growth?: number;
  compare?: number;
  compareRss?: number;
  diverseRatio?: number;
  diverseRss?: number;
  diverseGrowth?: number;
}
function run(over: Over = {}) {
  return {
    date: '2026-11-23T00:00:00.000Z',
    sizes: [
      { rows: 100000, ratio: 3.2, summarize: { seconds: 0.9, maxPeakRssMB: 199 } },
      { rows: FULL_ROWS, ratio: over.ratio ?? 10, summarize: { seconds: 3.3, maxPeakRssMB: over.rss ?? 223 } },
    ],
    growth: { from: 100000, to: FULL_ROWS, timeRatio: over.growth ?? 3.5, rowsRatio: 10.49 },
    diverse: {
      sizes: [
        { rows: 100000, ratio: 3, summarize: { seconds: 1.1, maxPeakRssMB: 210 } },
        { rows: FULL_ROWS, ratio: over.diverseRatio ?? 8.5, summarize: { seconds: 6, maxPeakRssMB: over.diverseRss ?? 280 } },
      ],
      growth: { from: 100000, to: FULL_ROWS, timeRatio: over.diverseGrowth ?? 5.5, rowsRatio: 10.49 },
    },
    compare: { rows: FULL_ROWS, ratio: over.compare ?? 1.3, maxPeakRssMB: over.compareRss ?? 255 },
  };
}
const failed = (r: object) => (checkTargets(r) as Check[]).filter((c) => !c.ok).map((c) => c.name);

describe('bench targets', () => {
  it('passes a run that meets every target, and checks all eight (both roster shapes)', () => {
    const checks = checkTargets(run()) as Check[];
    expect(checks.map((c) => c.name)).toEqual(['ratio', 'rss', 'growth', 'diverse.ratio', 'diverse.rss', 'diverse.growth', 'compare', 'compareRss']);
    expect(failed(run())).toEqual([]);
  });

  it('fails each target on its own, at its limit where the limit is exclusive', () => {
    expect(failed(run({ ratio: 9.99 }))).toEqual(['ratio']);
    expect(failed(run({ ratio: 10 }))).toEqual([]);
    expect(failed(run({ diverseRatio: 7.99 }))).toEqual(['diverse.ratio']);
    expect(failed(run({ diverseRatio: 8 }))).toEqual([]);
    expect(failed(run({ diverseRss: 300 }))).toEqual(['diverse.rss']);
    expect(failed(run({ diverseGrowth: 12.01 }))).toEqual(['diverse.growth']);
    expect(failed(run({ rss: 300 }))).toEqual(['rss']);
    expect(failed(run({ growth: 12.01 }))).toEqual(['growth']);
    expect(failed(run({ growth: 12 }))).toEqual([]);
    expect(failed(run({ compare: 1.51 }))).toEqual(['compare']);
    expect(failed(run({ compareRss: 1024 }))).toEqual(['compareRss']);
  });

  it('checks only what a quick run measured', () => {
    const quick = {
      sizes: [{ rows: 10000, ratio: 1, summarize: { seconds: 0.5, maxPeakRssMB: 90 } }],
      growth: { from: 10000, to: 100000, timeRatio: 30, rowsRatio: 10 },
      compare: null,
    };
    expect(checkTargets(quick)).toEqual([]);
  });

  it('reports the 1M-row change against the previous results', () => {
    const before = run({ ratio: 8.5 });
    const moved = againstPrevious(run({ ratio: 10 }), before);
    if (!moved) throw new Error('no change reported against the previous results');
    expect(moved.ratio).toEqual({ now: 10, before: 8.5 });
    expect(moved.text).toContain('8.5× → 10×');
    expect(againstPrevious(run(), null)).toBeNull();
  });
});
