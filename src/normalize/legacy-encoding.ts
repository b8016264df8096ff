import { TCVN3, VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONE } from './legacy-tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

const TONES = { '\u0301': 'acute', '\u0300': 'grave', '\u0309': 'hook', '\u0303': 'tilde', '\u0323': 'dot' } as const;
type Tone = (typeof TONES)[keyof typeof TONES];
const I_TONED: Record<Tone, string> = { acute: 'í', grave: 'ì', hook: 'æ', tilde: 'ó', dot: 'ò' };
const VOWELS = 'aăâeêioôơuưy';
const TONED_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** Every lower-case Vietnamese letter: the 12 vowels × 6 tones, and đ. */
export const VIETNAMESE_LETTERS: readonly string[] = [...[...VOWELS].flatMap((v) => TONED_MARKS.map((t) => `${v}${t}`.normalize('NFC'))), 'đ'];

function vniOf(letter: string): string {
  if (letter === 'đ') return 'ñ';
  const parts = [...letter.normalize('NFD')];
  const base = parts[0];
  const tone = parts.map((c) => TONES[c as keyof typeof TONES]).find(Boolean);
  const circumflex = parts.includes('\u0302');
  const breve = parts.includes('\u0306');
  const horn = parts.includes('\u031b');
  if (base === 'i') return tone ? I_TONED[tone] : 'i';
  if (base === 'y' && tone === 'dot') return 'î';
  if (circumflex) return base + VNI_CIRCUMFLEX[tone ?? 'none'];
  if (breve) return base + VNI_BREVE[tone ?? 'none'];
  const head = horn ? (base === 'o' ? 'ô' : 'ö') : base;
  return head + (tone ? VNI_TONE[tone] : '');
}

const VNI_ENCODE = new Map<string, string>();
const VNI_DECODE = new Map<string, string>();
for (const lower of VIETNAMESE_LETTERS) {
  const upper = lower.toUpperCase();
  const lv = vniOf(lower);
  VNI_ENCODE.set(lower, lv);
  VNI_ENCODE.set(upper, lv.toUpperCase());
  if (lv === lower) continue;
  // Base case decides the letter's case; the mark may be written in either case.
  for (const v of new Set([lv, lv.toUpperCase(), lv[0] + lv.slice(1).toUpperCase(), lv[0].toUpperCase() + lv.slice(1)])) {
    VNI_DECODE.set(v, v[0] === v[0].toLowerCase() && v[0] !== v[0].toUpperCase() ? lower : upper);
  }
}
for (const [v, u] of VNI_SINGLE) {
  VNI_DECODE.set(v, u);
  VNI_DECODE.set(v.toUpperCase(), u.toUpperCase());
}
const TCVN_DECODE = new Map(TCVN3);
const TCVN_ENCODE = new Map(TCVN3.map(([b, u]) => [u, b]));

/**
 * Decodes one string from a legacy encoding as stored in Excel (cp1252 characters). `upperFont`: the cell's
 * font was a TCVN3 capitals font (".VnTimeH"), whose lower-case codes draw capitals.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding, opts: { upperFont?: boolean } = {}): string {
  let out = '';
  if (encoding === 'tcvn3') {
    for (const ch of text) out += TCVN_DECODE.get(ch) ?? ch;
    return opts.upperFont ? out.toUpperCase() : out;
  }
  for (let i = 0; i < text.length; i++) {
    const two = VNI_DECODE.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i++;
      continue;
    }
    out += VNI_DECODE.get(text[i]) ?? text[i];
  }
  return out;
}

/** Encodes Unicode Vietnamese into a legacy form (for tests and fixtures). TCVN3 has no toned capitals: they go lower case. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (encoding === 'vni') out += VNI_ENCODE.get(ch) ?? ch;
    else out += TCVN_ENCODE.get(ch) ?? TCVN_ENCODE.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

export { VNI_DECODE, TCVN_DECODE };
