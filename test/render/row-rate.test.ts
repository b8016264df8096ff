import { describe, expect, it } from 'vitest';
import { RowRate } from '../../src/render/row-rate.js';

describe('RowRate', () => {
  it('counts from the first report, not from the start of the run', () => {
    const rate = new RowRate();
    // The run began at 0; its first rows came at 800 ms.
    expect(rate.at(2_048, 800)).toBeUndefined();
    expect(rate.at(4_096, 900)).toBeUndefined(); // 100 ms: too short to say
    expect(rate.at(102_048, 1_800)).toBe(100_000);
  });

  it('starts again when a report has fewer rows than the first (the next reading)', () => {
    const rate = new RowRate();
    rate.at(50_000, 1_000);
    expect(rate.at(150_000, 2_000)).toBe(100_000);
    expect(rate.at(1_000, 2_500)).toBeUndefined();
    expect(rate.at(21_000, 3_500)).toBe(20_000);
  });
});
