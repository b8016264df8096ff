import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../src/io/csv/csv-parser.js';
import { sniffDelimiter, sniffEncoding } from '../../../src/io/csv/decode-text.js';
import type { RowValues } from '../../../src/io/sheet-rows.js';
import { toTcvn3, toVni } from '../../../scripts/fixtures/legacy.js';
import { toWindows1258 } from '../../helpers/legacy-csv.js';

function parse(text: string, delimiter = ',', chunk = text.length): Array<[number, RowValues]> {
  const rows: Array<[number, RowValues]> = [];
  const p = new CsvParser(delimiter, (n, v) => rows.push([n, v]));
  for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk));
  p.end();
  return rows;
}

describe('CsvParser', () => {
  it('reads quoted fields with doubled quotes, delimiters and line breaks inside', () => {
    const text = 'STT,Họ và tên,Ghi chú\r\n1,"Nguyễn Văn ""Út""","a, b\nc"\r\n\r\n2,Lê Thị Hoa,\n';
    for (const chunk of [1, 2, 7, 1000]) {
      expect(parse(text, ',', chunk)).toEqual([
        [1, ['STT', 'Họ và tên', 'Ghi chú']],
        [2, ['1', 'Nguyễn Văn "Út"', 'a, b\nc']],
        [4, ['2', 'Lê Thị Hoa', null]],
      ]);
    }
  });

  it('handles CR-only line ends and a last line without a newline', () => {
    expect(parse('a;b\rc;d', ';')).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
    ]);
  });
});

describe('sniffing', () => {
  it.each([
    ['STT;Họ và tên;Năm sinh\n1;An;1980\n2;"Bình; Lê";1975', ';'],
    ['STT,Họ và tên,Năm sinh\n1,An,1980', ','],
    ['STT\tHọ và tên\tNăm sinh\n1\tAn\t1980', '\t'],
  ])('delimiter of %j is %j', (sample, d) => {
    expect(sniffDelimiter(sample)).toBe(d);
  });

  it('encodings: BOMs, valid UTF-8, else Windows-1258', () => {
    expect(sniffEncoding(Buffer.from('\ufeffHọ và tên', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(sniffEncoding(Buffer.from('Họ và tên', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(sniffEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Họ', 'utf16le')]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffEncoding(Buffer.from('Họ và tên', 'utf16le')).encoding).toBe('utf-16le');
    // "Họ và tên" in Windows-1258: o + combining dot below (0xF2), a + grave (0xE0), e + circumflex (0xEA)
    const cp1258 = Buffer.from([0x48, 0x6f, 0xf2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e]);
    const sniffed = sniffEncoding(cp1258);
    expect(sniffed.encoding).toBe('windows-1258');
    expect(new TextDecoder(sniffed.encoding).decode(cp1258).normalize('NFC')).toBe('Họ và tên');
  });

  it.each([
    ['TCVN3', toTcvn3],
    ['VNI', toVni],
  ])('text typed in the %s font, saved as single bytes, is read as Windows-1252 (the legacy-font repair mends it)', (_, encode) => {
    const text = 'STT,Họ và tên,Giới tính,Ngày sinh,Trình độ chuyên môn,Đơn vị\n1,Nguyễn Thị Hường,Nữ,01/02/1980,Đại học,UBND xã Yên Thành\n';
    const bytes = Buffer.from(encode(text), 'latin1');
    const sniffed = sniffEncoding(bytes);
    expect(sniffed.encoding).toBe('windows-1252');
    // The characters a workbook holds for the same text in that font.
    expect(new TextDecoder(sniffed.encoding).decode(bytes)).toBe(encode(text));
  });

  it('Vietnamese in Windows-1258 stays Windows-1258, however many letters it has', () => {
    const bytes = toWindows1258('STT,Họ và tên,Giới tính,Trình độ chuyên môn,Đơn vị\n1,Nguyễn Thị Hường,Nữ,Đại học,UBND xã Ứng Hòa\n');
    const sniffed = sniffEncoding(bytes);
    expect(sniffed.encoding).toBe('windows-1258');
    expect(new TextDecoder(sniffed.encoding).decode(bytes).normalize('NFC')).toContain('Nguyễn Thị Hường,Nữ,Đại học,UBND xã Ứng Hòa');
  });
});
