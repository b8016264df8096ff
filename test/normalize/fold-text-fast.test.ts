import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/fixtures/people.js';
import { foldTextFast, foldTextReference, foldTextUncached } from '../../src/normalize/fold-text.js';

// The fast path of foldText must give exactly what the reference (every step on the whole string) gives,
// wherever it decides; where it cannot, it says so and the reference runs.

const VOCAB_DIR = fileURLToPath(new URL('../../src/vocab/', import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      strings(v, out);
    }
  }
  return out;
}

/** Checks one text; returns whether the fast path decided it. */
function check(text: string): boolean {
  const fast = foldTextFast(text);
  const reference = foldTextReference(text);
  if (fast !== undefined && fast !== reference) {
    // One readable failure instead of thousands.
    expect({ text, fast }).toEqual({ text, fast: reference });
  }
  expect(foldTextUncached(text)).toBe(reference);
  return fast !== undefined;
}

const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const toned = VOWELS.flatMap((v) => TONES.map((t) => (v.normalize('NFD') + t).normalize('NFC')));
const letters = [...toned, ...'bcdđghklmnpqrstvx'];
const vietnamese = [
  ...letters,
  ...letters.map((l) => l.toUpperCase()),
  // Decomposed, fully and partly ("ạ" + circumflex), and with the marks in the other order.
  ...toned.map((l) => l.normalize('NFD')),
  ...toned.map((l) => l.toUpperCase().normalize('NFD')),
  'a\u0323\u0302',
  '\u1ea1\u0302',
  'a\u0302\u0323',
  'e\u0301\u0302',
  'o\u031b\u0300',
  'u\u0300\u031b',
  'Ð',
  'ð',
  'Đ',
];
const words = [
  'hoà',
  'Hoà',
  'HOÀ',
  'thuỷ',
  'Thuỷ',
  'khoẻ',
  'KHOẺ',
  'QUỲ',
  'quý',
  'qoà',
  'oà',
  'uý',
  'Uỳ',
  'hoa\u0300',
  'thuy\u0309',
  'ho\u00ada\u0300',
  'xoà\u200b',
  'hoàng',
  'toán',
  'sỹ',
  'Sỹ',
  'kĩ',
  'KĨ',
  'lí',
  'mĩ',
  'si\u0303',
  'Thạc',
  'Xã',
  'huyện',
];
const others = [
  ...'0123456789/',
  ...'.,;:-()[]"\'!?&%#@*+=_|\\<>~`^{}$',
  '–',
  '—',
  '“',
  '”',
  '‘',
  '’',
  '…',
  '•',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u3000',
  '\u2028',
  '\u202f',
  '\u0301',
  '\u0302',
  '\u0308',
  '\u1dc4',
  '\u20d7',
  'İ',
  'ß',
  'ẞ',
  'Σ',
  'ς',
  'Ω',
  'ﬁ',
  '😀',
  '\ud800',
];
const LATIN: Array<[number, number]> = [
  [0x20, 0x7f],
  [0x80, 0x250],
  [0x1e00, 0x1f00],
  [0x2000, 0x2070],
];

function randomText(next: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)]!;
  const n = Math.floor(next() * 16);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.45) s += pick(vietnamese);
    else if (r < 0.65) s += pick(words);
    else if (r < 0.75) s += ' ';
    else if (r < 0.93) s += pick(others);
    else {
      const [from, to] = pick(LATIN);
      s += String.fromCharCode(from + Math.floor(next() * (to - from)));
    }
  }
  return s;
}

describe('foldText fast path', () => {
  it('folds every text of the vocabulary as the reference does', () => {
    const texts = new Set<string>();
    for (const file of jsonFiles(VOCAB_DIR)) strings(JSON.parse(readFileSync(file, 'utf8')), texts);
    expect(texts.size).toBeGreaterThan(1000);
    let decided = 0;
    for (const t of texts) if (check(t)) decided++;
    // Vocabulary is ordinary text: nearly all of it must take the fast path.
    expect(decided / texts.size).toBeGreaterThan(0.95);
  });

  it('folds unit and home-town texts as rosters write them, on the fast path', () => {
    const texts = [
      'UBND xã An Hòa, huyện Yên Thành',
      'UBND xã An Hoà, huyện Yên Thành',
      'Xã Hoà Bình - H. Thuỷ Nguyên - T. Hải Phòng',
      'K12-Quán Bàu-Vinh',
      'Thôn 10, xã Xuân Hồng, Thạnh Phú, Quảng Nam',
      'xã Khánh Lập huyện Hà Lâm tỉnh Nghệ An',
      'Hội Liên hiệp Phụ nữ xã Đức Hòa, huyện Phú Hưng',
      'Trạm Y tế xã Khánh Hà, huyện Quế Trường',
      'Phường Quang Trung – TP. Vinh – Nghệ An',
      'Xóm 3,\u00a0xã Nghi Phú;  TP Vinh ',
      '  Sở Giáo dục và Đào tạo  ',
      'Trường THCS Lê Lợi (Hoà Bình)',
      'Tổ 5, P. Khoẻ Mạnh, Q. Thuỷ Lợi',
      'Thạc sỹ Quản lý giáo dục',
      'Kĩ sư xây dựng',
      'Cử nhân Luật/Kinh tế',
      'Nguyễn Thị Thuỳ Dương',
      'ÐÀO DUY TỪ',
      'Ngày, tháng,\nnăm sinh',
      'Tha\u0323c si\u0303',
      'Nguye\u0302\u0303n Thi\u0323 Hoa\u0300',
      'Đại\u200chọc\u00ad',
    ];
    for (const t of texts) expect(check(t), t).toBe(true);
  });

  it('folds 50,000 random texts as the reference does', () => {
    const next = mulberry32(17); // seeded: every run tries the same texts
    let decided = 0;
    const N = 50_000;
    for (let k = 0; k < N; k++) if (check(randomText(next))) decided++;
    // The alphabet has characters the fast path leaves to the reference, but most texts are decided by it.
    expect(decided).toBeGreaterThan(N / 4);
  });

  it('folds every admitted character alone, around spaces and after every Vietnamese letter', () => {
    for (const [from, to] of LATIN) {
      for (let c = from; c < to; c++) {
        const ch = String.fromCharCode(c);
        check(ch);
        check(` x${ch}y `);
        check(`o${ch}`);
        check(`u${ch} `);
        check(`${ch}${ch}`);
      }
    }
    for (const a of vietnamese) {
      for (const [from, to] of LATIN) {
        for (let c = from; c < to; c++) check(a + String.fromCharCode(c));
      }
    }
  });

  it('never meets a composition that joins two characters (what folding one character at a time assumes)', () => {
    const folds = new Set<string>();
    const starts = new Set<string>();
    for (const [from, to] of LATIN) {
      for (let c = from; c < to; c++) {
        const ch = String.fromCharCode(c);
        const f = foldTextFast(ch);
        if (f === undefined) continue;
        if (f !== '') folds.add(f);
        starts.add(ch.toLowerCase().normalize('NFD').charAt(0));
      }
    }
    expect(folds.size).toBeGreaterThan(300);
    for (const a of folds) for (const b of starts) expect((a + b).normalize('NFC')).toBe(a + b);
  });

  it('leaves to the reference what it cannot tell', () => {
    for (const t of ['a\u1dc4', 'İstanbul', 'Σίσυφος', 'x'.repeat(300), '\u0301a', 'hoà😀']) {
      expect(foldTextFast(t), t).toBeUndefined();
      expect(foldTextUncached(t)).toBe(foldTextReference(t));
    }
  });
});
