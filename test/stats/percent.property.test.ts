import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsChange, sharePercents } from '../../src/stats/percent.js';

// Populations of 1–15 categories, total up to 10^6; zero counts are frequent, as in real rosters.
const population = fc.array(fc.oneof(fc.constant(0), fc.nat(10), fc.nat(66_666)), { minLength: 1, maxLength: 15 });
const decimals = fc.integer({ min: 0, max: 3 });
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
/** A printed share in integer units of 10^-d (exact for d ≤ 3 and values ≤ 100). */
const toUnits = (p: number, d: number): bigint => BigInt(Math.round(p * 10 ** d));

describe('sharePercents properties', () => {
  it('largest remainder sums to exactly 100 and each share is within one unit of the exact value', () => {
    fc.assert(
      fc.property(population, decimals, (counts, d) => {
        const total = sum(counts);
        const shares = sharePercents(counts, total, d, 'largest-remainder');
        const whole = 100n * 10n ** BigInt(d);
        const units = shares.map((p) => toUnits(p, d));
        expect(units.reduce((a, b) => a + b, 0n)).toBe(total === 0 ? 0n : whole);
        counts.forEach((c, i) => {
          if (total === 0) return;
          // |u/whole − c/total| < one unit  ⇔  |u·total − c·whole| < total
          const diff = units[i] * BigInt(total) - BigInt(c) * whole;
          expect(diff > -BigInt(total) && diff < BigInt(total)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it.each(['largest-remainder', 'half-up'] as const)('%s gives 0 to zero counts, prints without noise and is deterministic', (mode) => {
    fc.assert(
      fc.property(population, decimals, (counts, d) => {
        const total = sum(counts);
        const shares = sharePercents(counts, total, d, mode);
        expect(sharePercents(counts, total, d, mode)).toEqual(shares);
        counts.forEach((c, i) => {
          if (c === 0) expect(shares[i]).toBe(0);
        });
        for (const p of shares) expect(String(p)).toMatch(new RegExp(`^\\d+(\\.\\d{1,${Math.max(d, 1)}})?$`));
        if (d === 0) for (const p of shares) expect(Number.isInteger(p)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('half-up shares each equal the correctly rounded exact rational (halves up)', () => {
    fc.assert(
      fc.property(population, decimals, (counts, d) => {
        const total = sum(counts);
        fc.pre(total > 0);
        const whole = 100n * 10n ** BigInt(d);
        const t = BigInt(total);
        sharePercents(counts, total, d, 'half-up').forEach((p, i) => {
          // u is the rounding of c·whole/t with halves up  ⇔  −t < 2(u·t − c·whole) ≤ t
          const twice = 2n * (toUnits(p, d) * t - BigInt(counts[i]) * whole);
          expect(twice > -t && twice <= t).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('pointsChange properties', () => {
  it('is the exact difference of two printed percents', () => {
    const units = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(units, units, decimals, (a, b, d) => {
        const scale = 10 ** d;
        fc.pre(a <= 100 * scale && b <= 100 * scale);
        expect(pointsChange(a / scale, b / scale, d)).toBe((a - b) / scale);
      }),
      { numRuns: 500 },
    );
  });
});
