/** The text encodings a CSV roster may come in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

/**
 * The bytes Vietnamese text uses in Windows-1258: its letters (À Á Â Ă È É Ê Í Đ Ó Ô Ơ Ù Ú Ư and lower
 * case), its five tone marks (0xCC 0xD2 0xDE 0xEC 0xF2), typographic quotes and dashes, …, NBSP and °.
 * The other high bytes are letters of other languages (Ä Ñ ø ï) and symbols (ª µ ¸ «).
 */
const VIETNAMESE_1258 = new Set([
  0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa0, 0xb0, 0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcc, 0xcd, 0xd0, 0xd2, 0xd3, 0xd4, 0xd5, 0xd9, 0xda,
  0xdd, 0xde, 0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xec, 0xed, 0xf0, 0xf2, 0xf3, 0xf4, 0xf5, 0xf9, 0xfa, 0xfd,
]);

/**
 * Text typed in the legacy fonts (TCVN3 .VnTime, VNI-Times) and saved as a text file is single bytes that
 * Windows-1258 would turn into nonsense ("Hä tªn", "Hoï vaø teân"): most of its high bytes are not
 * Vietnamese in that code page (86% in a TCVN3 roster, 46% in a VNI one, 0% in a Windows-1258 one).
 * Such a file is read as Windows-1252, which gives the same characters a workbook holds for the same text
 * in those fonts, so the legacy-font repair (normalize/legacy-detect.ts) mends both alike.
 */
function looksLegacyFont(head: Uint8Array): boolean {
  let high = 0;
  let foreign = 0;
  for (const b of head) {
    if (b < 0x80) continue;
    high++;
    if (!VIETNAMESE_1258.has(b)) foreign++;
  }
  return high > 0 && foreign > high * 0.15;
}

/**
 * Picks the encoding of a CSV file from its first bytes: a BOM decides; otherwise valid UTF-8 is UTF-8,
 * text typed in a legacy font is Windows-1252 (see looksLegacyFont), and anything else is taken as
 * Windows-1258 (the Vietnamese ANSI code page of old Excel exports).
 */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without BOM: every other byte zero in ASCII text.
  let zeroOdd = 0;
  let zeroEven = 0;
  const n = Math.min(head.length, 4096);
  for (let i = 0; i < n; i++) if (head[i] === 0) i % 2 ? zeroOdd++ : zeroEven++;
  if (n >= 4 && zeroOdd > n / 4 && zeroEven === 0) return { encoding: 'utf-16le', bomLength: 0 };
  if (n >= 4 && zeroEven > n / 4 && zeroOdd === 0) return { encoding: 'utf-16be', bomLength: 0 };
  try {
    // A cut multi-byte character at the end of the sample is not a reason to doubt UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
    return { encoding: 'utf-8', bomLength: 0 };
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return { encoding: looksLegacyFont(head.subarray(0, 64 * 1024)) ? 'windows-1252' : 'windows-1258', bomLength: 0 };
  }
}

/** Length of the longest prefix that does not end inside a UTF-8 sequence. */
function lastCompleteUtf8(b: Uint8Array): number {
  let i = b.length;
  for (let back = 0; back < 4 && i > 0; back++) {
    const c = b[i - 1];
    if (c < 0x80) return i;
    if (c >= 0xc0) return i - 1;
    i--;
  }
  return b.length;
}

/** Detects the field separator from the first lines: the one among `,` `;` tab that splits them most consistently. */
export function sniffDelimiter(sample: string): ',' | ';' | '\t' {
  const lines = sample
    .split(/\r?\n/)
    .slice(0, 30)
    .filter((l) => l.trim() !== '');
  let best: ',' | ';' | '\t' = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const max = Math.max(0, ...counts);
    const score = counts.filter((c) => c === max && c > 0).length * 1000 + max;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}
