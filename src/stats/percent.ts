import { divHalfUp, numberToUnits, tenPow, unitsToNumber } from './rational.js';

/** How a dimension's category shares are rounded (`--rounding`). */
export type RoundingMode = 'largest-remainder' | 'half-up';

function checkCount(n: number, what: string): bigint {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
  return BigInt(n);
}

/**
 * Shares of `counts` in `total` as percents rounded to `decimals`, exactly per the spec: largest remainder
 * (summing to exactly 100; ties to the larger count, then the lower index) or each share half-up.
 */
export function sharePercents(counts: readonly number[], total: number, decimals: number, mode: RoundingMode): number[] {
  const whole = 100n * tenPow(decimals);
  const t = checkCount(total, 'total');
  const cs = counts.map((c, i) => checkCount(c, `counts[${i}]`));
  const sum = cs.reduce((a, b) => a + b, 0n);
  if (sum !== t) throw new Error(`share counts sum to ${sum}, not to the total ${t}`);
  if (t === 0n) return counts.map(() => 0);
  if (mode === 'half-up') return cs.map((c) => unitsToNumber(divHalfUp(c * whole, t), decimals));
  const units = cs.map((c) => (c * whole) / t);
  const rems = cs.map((c) => (c * whole) % t);
  const missing = whole - units.reduce((a, b) => a + b, 0n);
  // The remainders add up to missing × total and each is below total, so more than `missing` of them are
  // non-zero: a zero count (remainder 0) never gets a unit.
  const order = cs.map((_, i) => i).sort((a, b) => (rems[a] !== rems[b] ? (rems[a] > rems[b] ? -1 : 1) : cs[a] !== cs[b] ? (cs[a] > cs[b] ? -1 : 1) : a - b));
  for (const i of order.slice(0, Number(missing))) units[i] += 1n;
  return units.map((u) => unitsToNumber(u, decimals));
}

/** One share rounded half-up (indicators): 2/3 → 66.67, 1/8 → 12.5, 0 total → 0. */
export function percentHalfUp(count: number, total: number, decimals: number): number {
  const c = checkCount(count, 'count');
  const t = checkCount(total, 'total');
  if (t === 0n) return 0;
  return unitsToNumber(divHalfUp(c * 100n * tenPow(decimals), t), decimals);
}

/** `current × 100 / previous` rounded half-up to `decimals`, or null when `previous` is 0 (the Ban Tổ chức index). */
export function indexPercent(current: number, previous: number, decimals: number): number | null {
  const c = checkCount(current, 'current');
  const p = checkCount(previous, 'previous');
  if (p === 0n) return null;
  return unitsToNumber(divHalfUp(c * 100n * tenPow(decimals), p), decimals);
}

/** Difference of two printed percents, exact to `decimals` (83.78 − 75 = 8.78, never 8.780000000000001). */
export function pointsChange(newer: number, older: number, decimals: number): number {
  return unitsToNumber(numberToUnits(newer, decimals) - numberToUnits(older, decimals), decimals);
}

/** Mean `sum / n` rounded half-up (away from zero) to `decimals`; null when n = 0. */
export function meanHalfUp(sum: number, n: number, decimals: number): number | null {
  if (!Number.isSafeInteger(sum)) throw new RangeError(`sum must be an integer, got ${sum}`);
  const count = checkCount(n, 'n');
  if (count === 0n) return null;
  return unitsToNumber(divHalfUp(BigInt(sum) * tenPow(decimals), count), decimals);
}
