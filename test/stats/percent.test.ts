import { describe, expect, it } from 'vitest';
import { indexPercent, meanHalfUp, percentHalfUp, pointsChange, sharePercents } from '../../src/stats/percent.js';

describe('sharePercents, largest remainder', () => {
  it.each([
    { counts: [1, 1, 1], total: 3, decimals: 2, expected: [33.34, 33.33, 33.33] },
    { counts: [3, 3, 5], total: 11, decimals: 2, expected: [27.27, 27.27, 45.46] },
    { counts: [7], total: 7, decimals: 2, expected: [100] },
    { counts: [0, 7, 0], total: 7, decimals: 2, expected: [0, 100, 0] },
    { counts: [0, 0, 0], total: 0, decimals: 2, expected: [0, 0, 0] },
    { counts: [], total: 0, decimals: 2, expected: [] },
    { counts: [1, 7], total: 8, decimals: 2, expected: [12.5, 87.5] },
    { counts: [1, 15], total: 16, decimals: 2, expected: [6.25, 93.75] },
    // 0.5 and 99.5 tie on remainder; the larger count wins the unit (half-up mode gives 1 and 100).
    { counts: [1, 199], total: 200, decimals: 0, expected: [0, 100] },
    { counts: [1, 1, 1], total: 3, decimals: 0, expected: [34, 33, 33] },
    { counts: [1, 1, 1], total: 3, decimals: 1, expected: [33.4, 33.3, 33.3] },
    { counts: [1, 1, 1], total: 3, decimals: 3, expected: [33.334, 33.333, 33.333] },
    { counts: [2, 1, 2, 1], total: 6, decimals: 0, expected: [33, 17, 33, 17] },
    { counts: [1, 2], total: 3, decimals: 2, expected: [33.33, 66.67] },
    { counts: [19, 93], total: 112, decimals: 2, expected: [16.96, 83.04] },
    { counts: [1, 1, 1, 1, 1, 1], total: 6, decimals: 2, expected: [16.67, 16.67, 16.67, 16.67, 16.66, 16.66] },
    { counts: [1, 1, 1, 1, 1, 1, 1], total: 7, decimals: 0, expected: [15, 15, 14, 14, 14, 14, 14] },
    { counts: [1, 0, 0, 2], total: 3, decimals: 2, expected: [33.33, 0, 0, 66.67] },
  ])('$counts of $total at $decimals decimals → $expected', ({ counts, total, decimals, expected }) => {
    expect(sharePercents(counts, total, decimals, 'largest-remainder')).toEqual(expected);
  });

  it('gives the unit to the larger remainder, whatever the counts', () => {
    // 2/7 = 28.57 and 5/7 = 71.43: remainders 4/7 and 3/7.
    expect(sharePercents([2, 5], 7, 0, 'largest-remainder')).toEqual([29, 71]);
  });

  it('breaks an equal-remainder tie by the larger count before table order', () => {
    // 1, 4 and 10 of 15 are 6.67, 26.67 and 66.67: all remainders 2/3, two units missing.
    expect(sharePercents([1, 4, 10], 15, 0, 'largest-remainder')).toEqual([6, 27, 67]);
    expect(sharePercents([10, 4, 1], 15, 0, 'largest-remainder')).toEqual([67, 27, 6]);
  });

  it('gives a tie between equal counts to the lower index', () => {
    expect(sharePercents([1, 1, 1], 3, 2, 'largest-remainder')).toEqual([33.34, 33.33, 33.33]);
    expect(sharePercents([0, 1, 1, 1], 3, 2, 'largest-remainder')).toEqual([0, 33.34, 33.33, 33.33]);
  });

  it('prints every share with no binary noise', () => {
    const printed = sharePercents([1, 1, 1], 3, 2, 'largest-remainder').map(String);
    expect(printed).toEqual(['33.34', '33.33', '33.33']);
    expect(sharePercents([3, 3, 5], 11, 2, 'largest-remainder').map(String)).toEqual(['27.27', '27.27', '45.46']);
  });

  it('keeps huge populations exact (BigInt)', () => {
    // c × 10^8 passes 2^53 here, so float arithmetic would lose the remainders.
    expect(sharePercents([1_000_000_001, 1_999_999_999], 3_000_000_000, 6, 'largest-remainder')).toEqual([33.333333, 66.666667]);
    expect(sharePercents([1, 2_999_999_999], 3_000_000_000, 6, 'largest-remainder')).toEqual([0, 100]);
  });

  it.each([
    { counts: [1, 1], total: 3 },
    { counts: [1, 1], total: 1 },
    { counts: [1], total: 0 },
  ])('throws when $counts do not sum to $total (a caller bug)', ({ counts, total }) => {
    expect(() => sharePercents(counts, total, 2, 'largest-remainder')).toThrow(`share counts sum to`);
  });

  it.each([[[-1, 2]], [[0.5, 0.5]], [[Number.NaN]]])('throws on a count that is not a non-negative integer: %j', (counts) => {
    expect(() => sharePercents(counts, 1, 2, 'largest-remainder')).toThrow(RangeError);
  });

  it.each([-1, 1.5, 21])('throws on decimals %d', (decimals) => {
    expect(() => sharePercents([1], 1, decimals, 'largest-remainder')).toThrow(RangeError);
  });
});

describe('sharePercents, half-up', () => {
  it.each([
    { counts: [3, 3, 5], total: 11, decimals: 2, expected: [27.27, 27.27, 45.45] },
    { counts: [1, 1, 1], total: 3, decimals: 2, expected: [33.33, 33.33, 33.33] },
    { counts: [1, 7], total: 8, decimals: 0, expected: [13, 88] },
    { counts: [1, 199], total: 200, decimals: 0, expected: [1, 100] },
    { counts: [1, 15], total: 16, decimals: 1, expected: [6.3, 93.8] },
    { counts: [0, 0], total: 0, decimals: 2, expected: [0, 0] },
    { counts: [4], total: 4, decimals: 3, expected: [100] },
  ])('$counts of $total at $decimals decimals → $expected', ({ counts, total, decimals, expected }) => {
    expect(sharePercents(counts, total, decimals, 'half-up')).toEqual(expected);
  });

  it('also rejects counts that do not sum to the total', () => {
    expect(() => sharePercents([1, 1], 3, 2, 'half-up')).toThrow('share counts sum to 2, not to the total 3');
  });
});

describe('percentHalfUp', () => {
  it.each([
    [2, 3, 2, 66.67],
    [1, 8, 2, 12.5],
    [1, 8, 0, 13],
    [1, 8, 1, 12.5],
    [1, 16, 2, 6.25],
    [1, 16, 1, 6.3],
    [1, 200, 0, 1],
    [1, 400, 1, 0.3],
    [1, 2000, 2, 0.05],
    [1, 3, 3, 33.333],
    [104, 112, 2, 92.86],
    [0, 5, 2, 0],
    [5, 5, 2, 100],
    [0, 0, 2, 0],
    [3, 0, 2, 0],
  ])('%d of %d at %d decimals → %d', (count, total, decimals, expected) => {
    expect(percentHalfUp(count, total, decimals)).toBe(expected);
  });
});

describe('indexPercent', () => {
  it.each([
    [12, 15, 2, 80],
    [31, 30, 2, 103.33],
    [2, 3, 2, 66.67],
    [1, 8, 0, 13],
    [0, 4, 2, 0],
    [7, 7, 1, 100],
    [5, 0, 2, null],
    [0, 0, 2, null],
  ])('%d over %d at %d decimals → %s', (current, previous, decimals, expected) => {
    expect(indexPercent(current, previous, decimals)).toBe(expected);
  });
});

describe('pointsChange', () => {
  it.each([
    [83.78, 75, 2, 8.78],
    [32.43, 37.5, 2, -5.07],
    [0.3, 0.1, 2, 0.2],
    [75, 75, 2, 0],
    [100, 0, 2, 100],
    [0, 100, 0, -100],
    [43.2, 41.9, 1, 1.3],
    [33.334, 33.333, 3, 0.001],
  ])('%d − %d at %d decimals → %d', (newer, older, decimals, expected) => {
    expect(pointsChange(newer, older, decimals)).toBe(expected);
  });

  it('prints without binary noise where float subtraction would not', () => {
    expect(83.78 - 75).not.toBe(8.78);
    expect(String(pointsChange(83.78, 75, 2))).toBe('8.78');
    expect(Object.is(pointsChange(75, 75, 2), 0)).toBe(true);
  });
});

describe('meanHalfUp', () => {
  it.each([
    [432, 10, 1, 43.2],
    [87, 2, 1, 43.5],
    [130, 3, 1, 43.3],
    [131, 3, 1, 43.7],
    [85, 2, 0, 43],
    [81, 2, 0, 41],
    [1, 20, 1, 0.1],
    [0, 4, 1, 0],
    [0, 0, 1, null],
    [100, 0, 1, null],
  ])('%d / %d at %d decimals → %s', (sum, n, decimals, expected) => {
    expect(meanHalfUp(sum, n, decimals)).toBe(expected);
  });
});
