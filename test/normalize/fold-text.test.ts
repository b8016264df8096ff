import { describe, expect, it } from 'vitest';
import { cleanText, compactKey, foldText, stripDiacritics } from '../../src/normalize/fold-text.js';

describe('foldText', () => {
  it.each([
    ['Hoà Bình', 'hòa bình'],
    ['Hòa Bình', 'hòa bình'],
    ['thuỷ', 'thủy'],
    ['Khoẻ', 'khỏe'],
    ['quý', 'quý'],
    ['Hoàng', 'hoàng'],
    ['Thạc sỹ', 'thạc sĩ'],
    ['Kĩ sư', 'kỹ sư'],
    ['Lí luận chính trị', 'lý luận chính trị'],
    ['ÐẠI HỌC', 'đại học'],
    ['ðại học', 'đại học'],
    ['Tha\u0323c si\u0303', 'thạc sĩ'],
    ['  ĐH\u00a0\u00a0Luật ', 'đh luật'],
    ['Th.S', 'th s'],
    ['TC LLCT-HC', 'tc llct hc'],
    ['12/12', '12/12'],
    ['Ngày, tháng,\nnăm sinh', 'ngày tháng năm sinh'],
    ['Cử\u200bnhân', 'cử nhân'],
    ['Đại\u200chọc', 'đạihọc'],
  ])('%j → %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('NFD and NFC spellings fold the same', () => {
    const s = 'Nguyễn Thị Thủy, Trình độ chuyên môn';
    expect(foldText(s.normalize('NFD'))).toBe(foldText(s));
  });

  it('stripDiacritics is the last-resort key', () => {
    expect(stripDiacritics(foldText('Cao đẳng'))).toBe(stripDiacritics(foldText('Cao đăng')));
    expect(stripDiacritics('đại học')).toBe('dai hoc');
  });

  it('compactKey joins dotted abbreviations', () => {
    expect(compactKey(foldText('Th.S'))).toBe('ths');
    expect(compactKey(foldText('C.V.C'))).toBe('cvc');
  });

  it('cleanText keeps case and letters but drops invisibles and extra spaces', () => {
    expect(cleanText(' Nguyễn\u00a0 Văn\u200b  An ')).toBe('Nguyễn Văn An');
    expect(cleanText('Ðinh')).toBe('Đinh');
  });
});
