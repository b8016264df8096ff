import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLegacy, encodeLegacy, VIETNAMESE_LETTERS } from '../../src/normalize/legacy-encoding.js';
import { columnVerdict, detectColumnEncodings, looksLikeUpperFont } from '../../src/normalize/legacy-detect.js';

// The worked examples of the domain notes (§6.1).
const TCVN: Array<[string, string]> = [
  ['Nguyễn Văn Hùng', 'NguyÔn V¨n Hïng'],
  ['Họ và tên', 'Hä vµ tªn'],
  ['Trình độ chuyên môn', 'Tr×nh ®é chuyªn m«n'],
  ['Đại học', '§¹i häc'],
  ['Thạc sĩ', 'Th¹c sÜ'],
  ['Nữ', 'N÷'],
  ['Đảng viên', '§¶ng viªn'],
  ['Quê quán', 'Quª qu¸n'],
  ['Người', 'Ng\u00adêi'],
];
const VNI: Array<[string, string]> = [
  ['Nguyễn Văn Hùng', 'Nguyeãn Vaên Huøng'],
  ['Họ và tên', 'Hoï vaø teân'],
  ['Trình độ chuyên môn', 'Trình ñoä chuyeân moân'],
  ['Đại học', 'Ñaïi hoïc'],
  ['Nữ', 'Nöõ'],
  ['Người', 'Ngöôøi'],
];

describe('TCVN3', () => {
  it.each(TCVN)('%s ⇄ %j', (unicode, legacy) => {
    expect(decodeLegacy(legacy, 'tcvn3')).toBe(unicode);
    expect(encodeLegacy(unicode, 'tcvn3')).toBe(legacy);
  });

  it('capitals fonts (.VnTimeH): lower-case codes draw capitals', () => {
    const title = 'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM';
    expect(looksLikeUpperFont(title)).toBe(true);
    expect(decodeLegacy(title, 'tcvn3', { upperFont: true })).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(looksLikeUpperFont('NguyÔn V¨n Hïng')).toBe(false);
  });

  it('round-trips every lower-case Vietnamese letter and the toneless capitals', () => {
    const letters = [...VIETNAMESE_LETTERS, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
    expect(letters).toHaveLength(72 + 1 + 7);
    for (const l of letters) expect(decodeLegacy(encodeLegacy(l, 'tcvn3'), 'tcvn3')).toBe(l);
  });
});

describe('VNI', () => {
  it.each(VNI)('%s ⇄ %j', (unicode, legacy) => {
    expect(decodeLegacy(legacy, 'vni')).toBe(unicode);
    expect(encodeLegacy(unicode, 'vni')).toBe(legacy);
  });

  it('round-trips all 134 Vietnamese letters, lower and upper case', () => {
    const letters = VIETNAMESE_LETTERS.flatMap((l) => [l, l.toUpperCase()]);
    expect(new Set(letters).size).toBe(146);
    for (const l of letters) expect(decodeLegacy(encodeLegacy(l, 'vni'), 'vni')).toBe(l);
  });

  it('round-trips random Vietnamese text', () => {
    const letter = fc.constantFrom(...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.map((l) => l.toUpperCase()), 'n', 'g', 'h', 't', 'c', 'm');
    fc.assert(
      fc.property(fc.array(fc.array(letter, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.map((w) => w.join('')).join(' ');
        expect(decodeLegacy(encodeLegacy(text, 'vni'), 'vni')).toBe(text);
      }),
    );
  });
});

describe('detection', () => {
  const names = ['Nguyễn Văn Hùng', 'Lê Thị Hoa', 'Trần Đức Thắng', 'Phạm Thị Ngọc Ánh', 'Hồ Sỹ Hùng'];
  it('a column of TCVN3 names and degrees', () => {
    expect(columnVerdict(names.map((n) => encodeLegacy(n, 'tcvn3')))).toBe('tcvn3');
    expect(columnVerdict(['§¹i häc', 'Th¹c sÜ', '§¹i häc', 'Cao ®¼ng'])).toBe('tcvn3');
  });
  it('a column of VNI text', () => {
    expect(columnVerdict(names.map((n) => encodeLegacy(n, 'vni')))).toBe('vni');
  });
  it.each([
    [['Lý Thị Tỏ', 'Hồ Sỹ Hùng', 'Nguyễn Thị Ý']],
    [names.map((n) => n.normalize('NFD'))],
    [['Hoà', 'Lý', 'Tô', 'Hà', 'Nguyễn']],
    [['Manager', 'Accountant', 'IT']],
    [['12/12', '1975', '01.003']],
  ])('Unicode or plain text is never converted: %j', (cells) => {
    expect(detectColumnEncodings([cells])).toEqual([null]);
  });
  it('random Unicode Vietnamese is never taken for a legacy encoding', () => {
    const letter = fc.constantFrom(...VIETNAMESE_LETTERS, 'n', 'g', 'h', 't');
    fc.assert(
      fc.property(fc.array(fc.array(letter, { minLength: 2, maxLength: 6 }), { minLength: 3, maxLength: 5 }), (words) => {
        const text = words.map((w) => w.join('')).join(' ');
        expect(detectColumnEncodings([[text, text]])).toEqual([null]);
      }),
    );
  });
  it('a column with too little evidence follows the sheet', () => {
    const tcvn = names.map((n) => encodeLegacy(n, 'tcvn3'));
    expect(detectColumnEncodings([tcvn, ['Kinh', 'Kinh', 'Tµy'], ['x', 'x'], names])).toEqual(['tcvn3', 'tcvn3', 'tcvn3', null]);
  });
});
