import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toTcvn3, toVni } from '../../scripts/fixtures/legacy.js';
import { FIXTURES } from './run-cli.js';

/** fixtures/twin-clean.csv's text, without its BOM. */
const cleanText = (): string => readFileSync(join(FIXTURES, 'twin-clean.csv'), 'utf8').replace(/^\uFEFF/, '');

/**
 * Encodes text in Windows-1258 as old Vietnamese Excel exports do: a letter the code page holds whole is
 * one byte; any other takes a base letter (with its circumflex, breve or horn) and a tone-mark byte.
 */
export function toWindows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const code = (c: string): number => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : byteOf.get(c)!);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80 || byteOf.has(ch)) {
      out.push(code(ch));
      continue;
    }
    const [base, ...marks] = [...ch.normalize('NFD')];
    const whole = marks.findIndex((m) => byteOf.has((base + m).normalize('NFC')));
    const letter = whole >= 0 ? (base + marks[whole]).normalize('NFC') : base;
    const rest = marks.filter((_, i) => i !== whole);
    for (const c of [letter, ...rest]) {
      if (code(c) === undefined) throw new Error(`Windows-1258 has no ${c}`);
      out.push(code(c));
    }
  }
  return Buffer.from(out);
}

/**
 * Writes the clean twin as text files in the single-byte encodings rosters still come in: typed in the
 * TCVN3 (.VnTime) and VNI-Times fonts (each character one byte, as the fonts draw it), and Windows-1258.
 * Made from the committed CSV by the committed font tables (scripts/fixtures/legacy.js, apart from src/).
 */
export function writeLegacyCsvTwins(dir: string): string[] {
  const files: Array<[string, Buffer]> = [
    ['twin-tcvn3.csv', Buffer.from(toTcvn3(cleanText()), 'latin1')],
    ['twin-vni.csv', Buffer.from(toVni(cleanText()), 'latin1')],
    ['twin-cp1258.csv', toWindows1258(cleanText())],
  ];
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return files.map(([name]) => name);
}
