/** The text encodings a CSV roster may come in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/**
 * Picks the encoding of a CSV file from its first bytes: a BOM decides; otherwise valid UTF-8 is UTF-8,
 * and anything else is taken as Windows-1258 (the Vietnamese ANSI code page of old Excel exports).
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
    return { encoding: 'windows-1258', bomLength: 0 };
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
