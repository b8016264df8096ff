/** Powers of ten as BigInt: `tenPow(3)` is 1000n. */
export function tenPow(decimals: number): bigint {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw new RangeError(`decimals must be an integer 0–20, got ${decimals}`);
  return 10n ** BigInt(decimals);
}

/** `num / den` rounded to the nearest integer, halves away from zero (how reports and Excel ROUND round). */
export function divHalfUp(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division by zero');
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** Integer units of 10^-decimals as a number whose shortest decimal form is exactly that value (3334n, 2 → 33.34). */
export function unitsToNumber(units: bigint, decimals: number): number {
  const scale = tenPow(decimals);
  const abs = units < 0n ? -units : units;
  const frac = decimals === 0 ? '' : `.${(abs % scale).toString().padStart(decimals, '0')}`;
  // Number() of a decimal string is correctly rounded, so the result prints back as the same digits.
  return Number(`${units < 0n ? '-' : ''}${abs / scale}${frac}`);
}

const SHORTEST = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * A finite number in integer units of 10^-decimals, read from its shortest decimal form (what `String`
 * prints) and rounded half away from zero, so 1.005 at 2 decimals is 101 although the double is below 1.005.
 */
export function numberToUnits(x: number, decimals: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const match = SHORTEST.exec(String(Math.abs(x)));
  if (match === null) throw new RangeError(`unexpected number form: ${x}`);
  const [, int, frac = '', exp = '0'] = match;
  const digits = BigInt(int + frac);
  const shift = Number(exp) - frac.length + decimals;
  const abs = shift >= 0 ? digits * 10n ** BigInt(shift) : divHalfUp(digits, 10n ** BigInt(-shift));
  return x < 0 ? -abs : abs;
}
