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
// Whole words respelled the one way (sỹ = sĩ, kĩ = kỹ, lí = lý, mĩ = mỹ).
const SPELLING_WORDS: ReadonlyArray<[string, string]> = [
  ['sỹ', 'sĩ'],
  ['kĩ', 'kỹ'],
  ['lí', 'lý'],
  ['mĩ', 'mỹ'],
];
const SPELLING: ReadonlyArray<[RegExp, string]> = SPELLING_WORDS.map(([from, to]) => [new RegExp(`(^| )${from}(?= |$)`, 'g'), `$1${to}`]);

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

/**
 * The fold as its definition: every step on the whole string. The reference the fast path is tested
 * against, and what it falls back to.
 */
export function foldTextReference(text: string): string {
  let s = lowerDecomposed(text);
  s = s.replace(OLD_TONE, (_m, pre: string, v1: string, v2: string, tone: string) => `${pre}${v1}${tone}${v2}`);
  s = composeAndCollapse(s).trim();
  return respell(s);
}

function lowerDecomposed(text: string): string {
  return text.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').toLowerCase().normalize('NFD');
}

function composeAndCollapse(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(PUNCT, ' ').replace(SPACES, ' ');
}

function respell(s: string): string {
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s;
}

// The fast path: one pass over the text, piece by piece. A piece is a character and the combining marks
// (U+0300–U+036F) after it, so decomposed text takes it too. What the fold makes of a piece is computed
// by running the reference's own steps on the piece alone: at load for every single character of the
// ranges below, on first sight for a piece with marks. A piece is admitted when its lower-case NFD is one
// starter followed by non-spacing marks (so neither canonical reordering nor composition reaches from one
// piece into the next) and its fold is one character, a separator or nothing. Old tone placement and
// respelling, the two rules that look past one piece, are done in the loop. Anything else (other marks or
// scripts, İ, surrogates, text longer than the buffer) takes the reference.
// test/normalize/fold-text-fast.test.ts checks that the two agree.
const TABLE_END = 0x2070;
const ADMITTED: ReadonlyArray<[number, number]> = [
  [0x0000, 0x0250], // ASCII, Latin-1, Latin Extended-A and -B
  [0x1e00, 0x1f00], // Latin Extended Additional: precomposed Vietnamese letters
  [0x2000, TABLE_END], // General Punctuation: spaces, zero-width characters, dashes, quotes
];
// A piece's fold (low 16 bits): 0 when the fast path cannot tell; SEP (a space or punctuation: runs become one
// space, none at either end); DROP (an invisible character: removed); otherwise the folded character's code.
const SEP = 1;
const DROP = 2;
// A piece's flags (high bits), about its lower-case NFD.
const IS_OU = 1 << 16; // exactly "o" or "u": the first vowel of an old-tone pair
const IS_Q = 2 << 16; // exactly "q": "qu" + y keeps its tone
const IS_LETTER = 4 << 16; // starts with a letter or mark: the word goes on
const IS_TONED = 8 << 16; // a, e or y then one tone mark: the second vowel of an old-tone pair
const STARTER_AND_MARKS = /^\P{M}\p{Mn}*$/u;
const LETTER_FIRST = /^[\p{L}\p{M}]/u;

function foldPiece(piece: string): number {
  const d = lowerDecomposed(piece);
  if (!STARTER_AND_MARKS.test(d)) return 0;
  const t = composeAndCollapse(d);
  let to: number;
  if (t === '') to = DROP;
  else if (t === ' ') to = SEP;
  else if (t.length === 1 && t.charCodeAt(0) > DROP && t === d.normalize('NFC')) to = t.charCodeAt(0);
  else return 0;
  return (
    to |
    (d === 'o' || d === 'u' ? IS_OU : 0) |
    (d === 'q' ? IS_Q : 0) |
    (LETTER_FIRST.test(d) ? IS_LETTER : 0) |
    (d.length === 2 && 'aey'.includes(d.charAt(0)) && TONE_MARKS.includes(d.charAt(1)) ? IS_TONED : 0)
  );
}

const CHAR_PIECES = new Int32Array(TABLE_END);
for (const [from, to] of ADMITTED) for (let c = from; c < to; c++) CHAR_PIECES[c] = foldPiece(String.fromCharCode(c));
const markedPieces = new Map<string, number>();

function markedPiece(piece: string): number {
  let p = markedPieces.get(piece);
  if (p === undefined) {
    p = foldPiece(piece);
    if (markedPieces.size >= 4096) markedPieces.clear();
    markedPieces.set(piece, p);
  }
  return p;
}

// Folded words respelling may change, as pairs of code units (each word is two long; if one were not,
// every text would be respelled).
const SPELLED = new Set(SPELLING_WORDS.map(([from]) => (from.length === 2 ? from.charCodeAt(0) * 0x10000 + from.charCodeAt(1) : -1)));
const ALWAYS_RESPELL = SPELLED.has(-1);
const buffer = new Uint16Array(256);

function isMark(c: number): boolean {
  return c >= 0x0300 && c < 0x0370;
}

function fold(text: string): string {
  return foldTextFast(text) ?? foldTextReference(text);
}

/** The fast path alone: the fold, or undefined when it cannot tell (exported for the tests). */
export function foldTextFast(text: string): string | undefined {
  const n = text.length;
  if (n > buffer.length) return undefined;
  let len = 0; // code units written to buffer
  let word = 0; // where the last word starts in buffer
  let gap = false; // a separator since the last character written
  let respelled = ALWAYS_RESPELL;
  let before = 0; // the previous piece
  let beforeThat = 0; // and the one before it
  let pieces = 0; // pieces before this one
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && isMark(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(i);
    const piece = j === i + 1 ? (c < TABLE_END ? CHAR_PIECES[c]! : 0) : markedPiece(text.slice(i, j));
    const to = piece & 0xffff;
    if (to > DROP) {
      if (gap) {
        if (len - word === 2 && SPELLED.has(buffer[word]! * 0x10000 + buffer[word + 1]!)) respelled = true;
        buffer[len++] = 0x20;
        word = len;
        gap = false;
      }
      buffer[len++] = to;
      // Old tone placement, as the reference's OLD_TONE: "o"/"u" (not after "q") + toned a/e/y ending a
      // word ("hoà") → the tone on the first vowel ("hòa").
      if ((piece & IS_TONED) !== 0 && (before & IS_OU) !== 0 && (pieces === 1 || (beforeThat & IS_Q) === 0)) {
        const next = j < n ? text.charCodeAt(j) : -1;
        const nextPiece = next < 0 ? 0 : next < TABLE_END ? CHAR_PIECES[next]! : 0;
        if (next >= 0 && nextPiece === 0) return undefined;
        if ((nextPiece & IS_LETTER) === 0) {
          const d = lowerDecomposed(text.slice(i, j));
          const moved = (String.fromCharCode(buffer[len - 2]!) + d.charAt(1)).normalize('NFC');
          if (moved.length !== 1) return undefined;
          buffer[len - 2] = moved.charCodeAt(0);
          buffer[len - 1] = d.charCodeAt(0);
        }
      }
    } else if (to === SEP) {
      if (len > 0) gap = true;
    } else if (to !== DROP) {
      return undefined;
    }
    beforeThat = before;
    before = piece;
    pieces++;
    i = j;
  }
  if (len - word === 2 && SPELLED.has(buffer[word]! * 0x10000 + buffer[word + 1]!)) respelled = true;
  const s = String.fromCharCode.apply(null, buffer.subarray(0, len) as unknown as number[]);
  return respelled ? respell(s) : s;
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
