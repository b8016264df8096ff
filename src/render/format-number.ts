import type { Lang as OptionsLang } from '../model/options.js';
import { numberToUnits, tenPow } from '../stats/rational.js';

/** Output language of numbers: Vietnamese (decimal comma, thousands dot) or English. */
export type Lang = OptionsLang;

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

// Built from integer digits, never Intl, so output does not depend on the machine's ICU data or locale.
function formatUnits(x: number, decimals: number, lang: Lang, plus: boolean): string {
  const units = numberToUnits(x, decimals);
  const abs = units < 0n ? -units : units;
  const scale = tenPow(decimals);
  const sep = SEPARATORS[lang];
  const int = groupThousands((abs / scale).toString(), sep.thousands);
  const frac = decimals === 0 ? '' : sep.decimal + (abs % scale).toString().padStart(decimals, '0');
  const sign = units < 0n ? '-' : plus && units > 0n ? '+' : '';
  return sign + int + frac;
}

/** A count with thousands separators: 27071 → "27.071" (vi) / "27,071" (en). */
export function formatCount(n: number, lang: Lang): string {
  return formatUnits(n, 0, lang, false);
}

/** A percent with exactly `decimals` places: 94.87 → "94,87" (vi) / "94.87" (en), 12.5 → "12,50". */
export function formatPercent(p: number, decimals: number, lang: Lang): string {
  return formatUnits(p, decimals, lang, false);
}

/** A change with its sign: "+2,15" / "-5,07" / "0,00". */
export function formatSigned(p: number, decimals: number, lang: Lang): string {
  return formatUnits(p, decimals, lang, true);
}

/** A plain decimal with exactly `decimals` places: 43.2 → "43,2". */
export function formatDecimal(x: number, decimals: number, lang: Lang): string {
  return formatUnits(x, decimals, lang, false);
}
