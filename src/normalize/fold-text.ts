/**
 * Text folding: the one way every comparison in cadre-stats sees a cell, a header or a `--where` value.
 * NFC; Ð→Đ; lower case; old and new tone placement unified (hoà = hòa, thuỷ = thủy, khoẻ = khỏe);
 * sỹ = sĩ, kĩ = kỹ, lí = lý; NBSP, zero-width characters and punctuation collapsed to single spaces.
 * Digits and "/" survive ("12/12", "9/12" mean school levels).
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// Word-final "oa", "oe", "uy" with the tone on the second vowel (old style, "hoà") → on the first ("hòa").
// "qu" + y keeps its tone on y in both styles, so it is left alone.
const OLD_TONE = new RegExp(`(^|[^q])([ou])([aey])([${TONE_MARKS}])(?=$|[^\\p{L}\\p{M}])`, 'gu');
// U+00AD is TCVN3's ư: legacy text must be decoded before this runs.
const INVISIBLE = /[\u00ad\u200c-\u200f\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+/g;
// Everything that is neither a letter, a combining mark, a digit, "/" nor a space becomes a space.
const PUNCT = /[^\p{L}\p{M}\p{N}/ ]+/gu;
const SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/(^| )sỹ(?= |$)/g, '$1sĩ'],
  [/(^| )kĩ(?= |$)/g, '$1kỹ'],
  [/(^| )lí(?= |$)/g, '$1lý'],
  [/(^| )mĩ(?= |$)/g, '$1mỹ'],
];

// Rosters repeat the same few thousand strings: each distinct text is folded once. The cache is
// emptied when it grows past its bound, so memory stays flat on any input.
const MEMO_LIMIT = 200_000;
const folded = new Map<string, string>();
const cleaned = new Map<string, string>();

function memo(cache: Map<string, string>, text: string, f: (t: string) => string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = f(text);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Folds text for comparison (see the module comment). Never shown to users. */
export function foldText(text: string): string {
  return memo(folded, text, fold);
}

/**
 * foldText without the shared memo: for callers that keep their own memo of what they derive from the
 * fold (a home town's parts), so one-off texts do not crowd the shared memo.
 */
export function foldTextUncached(text: string): string {
  return fold(text);
}

function fold(text: string): string {
  let s = text.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toLowerCase().normalize('NFD');
  s = s.replace(OLD_TONE, (_m, pre: string, v1: string, v2: string, tone: string) => `${pre}${v1}${tone}${v2}`);
  s = s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(PUNCT, ' ').replace(SPACES, ' ').trim();
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s;
}

/** Removes every diacritic (đ → d) from already folded text: the last-resort fallback match. */
export function stripDiacritics(folded: string): string {
  return folded
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Folded text without spaces: "th s" → "ths", "c v c" → "cvc" (abbreviations written with dots). */
export function compactKey(folded: string): string {
  return folded.replace(/ /g, '');
}

/** Cleans a cell for display and storage: NFC, Ð→Đ, invisible characters removed, spaces collapsed. */
export function cleanText(text: string): string {
  return isCleanText(text) ? text : memo(cleaned, text, clean);
}

// A character cleaning would touch (anything but printable ASCII and precomposed Latin letters, Ð and ð
// aside), or a space at either end or doubled. A regular expression runs as native code: about four
// times faster here than a loop over charCodeAt.
const NOT_CLEAN = /[^\x21-\x7e\u00c0-\u00cf\u00d1-\u00ef\u00f1-\u024f\u1e00-\u1eff ]|^ | $| {2}/;

/**
 * Whether cleaning would leave `text` as it is: printable ASCII and precomposed Latin letters
 * (Vietnamese ones included) with single inner spaces are NFC, with nothing to remove or collapse.
 * Most cells pass; the rest take the memoised full clean.
 */
export function isCleanText(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 200) return n === 0;
  return !NOT_CLEAN.test(text);
}

function clean(text: string): string {
  return text.normalize('NFC').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
