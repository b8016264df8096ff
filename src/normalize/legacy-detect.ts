import { TCVN_DECODE, VNI_DECODE, type LegacyEncoding } from './legacy-encoding.js';

// Windows-1252 holds ASCII, U+00A0–U+00FF and these 27 characters at 0x80–0x9F. Legacy text never leaves it.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
// Latin-1 letters that are also ordinary Vietnamese letters: weak evidence of anything.
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
const TCVN_STRONG = new Set([...TCVN_DECODE.keys()].filter((c) => !VIETNAMESE_LATIN1.has(c)));
// VNI writes a mark right after its vowel ("Huøng"); TCVN3 writes whole letters ("Hïng").
const VNI_STRONG = [...VNI_DECODE.keys()].filter((k) => k.length === 2 && [...k].some((c) => c.charCodeAt(0) > 0x7f && !VIETNAMESE_LATIN1.has(c)));

function inCp1252(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
}

/** Whether a string holds a letter no legacy-encoded cell can hold (ạ, ư, đ …): it is genuine Unicode. */
export function isUnicodeVietnamese(text: string): boolean {
  for (const ch of text.normalize('NFC')) if (!inCp1252(ch) && /\p{L}|\p{M}/u.test(ch)) return true;
  return false;
}

function tcvnScore(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!TCVN_STRONG.has(text[i])) continue;
    // A character that pairs with a neighbour as a VNI letter ("aù", "söï") is evidence for VNI, not TCVN3.
    const pairs = (i > 0 && VNI_DECODE.has(text.slice(i - 1, i + 1))) || VNI_DECODE.has(text.slice(i, i + 2));
    if (!pairs) n++;
  }
  return n;
}

function vniScore(text: string): number {
  let n = 0;
  for (const k of VNI_STRONG) if (text.includes(k)) n++;
  return n;
}

export type ColumnVerdict = LegacyEncoding | 'unicode' | 'undecided';

/** Which encoding a column's cells are in: Unicode as soon as one cell proves it, legacy on repeated evidence. */
export function columnVerdict(cells: readonly string[], fontHint?: LegacyEncoding): ColumnVerdict {
  let tcvn = 0;
  let vni = 0;
  let letters = 0;
  for (const cell of cells) {
    if (!/\p{L}/u.test(cell)) continue;
    letters++;
    if (isUnicodeVietnamese(cell)) return 'unicode';
    const t = tcvnScore(cell);
    const v = vniScore(cell);
    if (t > v) tcvn++;
    else if (v > 0) vni++;
  }
  const best: LegacyEncoding = vni > tcvn ? 'vni' : 'tcvn3';
  const hits = Math.max(tcvn, vni);
  if (hits >= 2 || (hits === 1 && letters <= 3)) return best;
  return fontHint ?? 'undecided';
}

/**
 * Decides the encoding of every column of a sheet from samples of its cells: per column where the
 * evidence suffices, and the sheet's verdict (a file is usually in one encoding) for columns that are
 * undecided. Unicode columns are never converted. Returns null per column that needs no conversion.
 */
export function detectColumnEncodings(
  columns: ReadonlyArray<readonly string[]>,
  fontHints: ReadonlyArray<LegacyEncoding | undefined> = [],
): Array<LegacyEncoding | null> {
  const verdicts = columns.map((cells, i) => columnVerdict(cells, fontHints[i]));
  const legacy = verdicts.filter((v): v is LegacyEncoding => v === 'tcvn3' || v === 'vni');
  // A workbook is typed in one font family: the majority of the decided columns speaks for the sheet.
  const vni = legacy.filter((v) => v === 'vni').length;
  const sheet: LegacyEncoding | null = legacy.length === 0 ? null : vni * 2 > legacy.length ? 'vni' : 'tcvn3';
  return verdicts.map((v) => (v === 'unicode' ? null : sheet));
}

/** TCVN3 text typed with a capitals font (".VnTimeH"): all its ASCII letters are capitals while toned letters use lower-case codes. */
export function looksLikeUpperFont(text: string): boolean {
  const ascii = text.replace(/[^A-Za-z]/g, '');
  return (
    ascii.length >= 2 &&
    ascii === ascii.toUpperCase() &&
    [...text].some((c) => {
      const u = TCVN_DECODE.get(c);
      return u !== undefined && u !== u.toUpperCase();
    })
  );
}
