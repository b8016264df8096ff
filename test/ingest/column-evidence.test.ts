import { describe, expect, it } from 'vitest';
import { createSheetIngester, type SheetIngestResult } from '../../src/ingest/sheet-ingester.js';
import { titleYearOf } from '../../src/ingest/title-year.js';
import type { RawRecord } from '../../src/ingest/types.js';
import type { MergeRange, RowValues } from '../../src/io/sheet-rows.js';

function ingest(rows: Array<[number, RowValues]>, merges: MergeRange[] = [], sheet = 'DS'): { result: SheetIngestResult; records: RawRecord[] } {
  const ing = createSheetIngester({ sheet, merges });
  for (const [n, v] of rows) ing.push(n, v);
  const result = ing.end();
  const records: RawRecord[] = ing.take();
  return { result, records };
}
const fieldOf = (r: SheetIngestResult, letter: string): string | null => r.layout?.columns.find((c) => c.col === letter.charCodeAt(0) - 65)?.field ?? null;
const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
const M = (top: number, left: string, bottom: number, right = left): MergeRange => ({
  top,
  left: left.charCodeAt(0) - 65,
  bottom,
  right: right.charCodeAt(0) - 65,
});

describe('header bands that span their merges', () => {
  // Row 2 holds only merge continuations: readers do not report it, yet the header is rows 1–3.
  const rows: Array<[number, RowValues]> = [
    [1, ['TT', 'Họ và tên', 'Ngày tháng \nnăm sinh', null, 'Trình độ đào tạo', null, 'Ngạch']],
    [3, [null, null, 'Nam', 'Nữ', 'Ngành \nđào tạo', 'Trình độ']],
    [4, [1, 'Võ Quốc', d(1976, 9, 10), null, 'Cấp thoát nước', 'Đại học', '08.051']],
    [5, [2, 'Khúc Thị Vy', null, d(1973, 12, 30), 'Kế toán DN', 'Đại học', '08.051']],
    [6, [3, 'Trần Thị Hưng', null, d(1980, 1, 13), 'Kế toán', 'Thạc sĩ', '08.052']],
    [7, [4, 'Đỗ Thị Vinh', null, d(1965, 5, 22), 'Tài chính', 'Trung cấp', '08.053']],
  ];
  const merges = [M(1, 'A', 3), M(1, 'B', 3), M(1, 'C', 2, 'D'), M(1, 'E', 2, 'F'), M(1, 'G', 3)];
  const { result, records } = ingest(rows, merges);

  it('takes rows 1–3 as the header and finds the Nam / Nữ birth columns under it', () => {
    expect(result.layout?.headerRows).toEqual([1, 3]);
    expect([fieldOf(result, 'C'), fieldOf(result, 'D')]).toEqual(['birth_date_male', 'birth_date_female']);
    expect(records).toHaveLength(4);
  });

  it('reads the professional level from "› Trình độ", not from the majors beside it', () => {
    expect(fieldOf(result, 'F')).toBe('professional');
    expect(fieldOf(result, 'E')).toBe('professional_major');
    const choice = result.layout?.evidence?.choices.find((c) => c.field === 'professional');
    expect(choice?.share).toBe(1);
  });
});

describe('columns chosen by content', () => {
  it('rejects a column of dates titled like the rank and takes the column of ngạch codes', () => {
    const { result } = ingest([
      [1, ['STT', 'Họ và tên', 'Giới tính', 'Mã ngạch lương', 'Ngạch bậc - Từ ngày']],
      [2, [1, 'Lê Văn An', 'Nam', '01.003', d(2015, 1, 1)]],
      [3, [2, 'Trần Thị Bình', 'Nữ', '01.002', d(2016, 1, 1)]],
      [4, [3, 'Phạm Văn Cường', 'Nam', '01.003', d(2017, 1, 1)]],
    ]);
    expect(fieldOf(result, 'D')).toBe('rank_code');
    expect(fieldOf(result, 'E')).toBeNull();
    const rejected = result.layout?.evidence?.candidates.find((c) => c.col === 4 && c.field === 'rank');
    expect(rejected?.rejected).toMatch(/0% of cells fit/);
  });

  it('never takes an empty "Ngạch bậc - Từ ngày" column over a filled one, however weakly the filled one reads', () => {
    const { result } = ingest([
      [1, ['STT', 'Họ và tên', 'Giới tính', 'Ngạch công chức hiện giữ', 'Ngạch bậc - Từ ngày']],
      [2, [1, 'Lê Văn An', 'Nam', 'Chuyên viên', null]],
      [3, [2, 'Trần Thị Bình', 'Nữ', 'Theo quyết định', null]],
      [4, [3, 'Phạm Văn Cường', 'Nam', 'Chờ xếp lương', null]],
    ]);
    expect(fieldOf(result, 'D')).toBe('rank');
    expect(fieldOf(result, 'E')).toBeNull();
    const rank = result.layout?.evidence?.choices.find((c) => c.field === 'rank');
    expect(rank?.low).toBe(true);
  });

  it('never reads "Trình độ đào tạo › Trường đào tạo" (schools) or "› Hệ đào tạo" as the level, even with too few rows to judge by content', () => {
    const { result } = ingest(
      [
        [1, ['TT', 'Họ và tên', 'Ngày sinh', 'Trình độ đào tạo', null, null, null]],
        [2, [null, null, null, 'Ngành đào tạo', 'Trường đào tạo', 'Trình độ', 'Hệ đào tạo']],
        [3, [1, 'Võ Quốc', d(1976, 9, 10), 'Kế toán', 'Đại học Kinh tế', 'Đại học', 'Chính quy']],
      ],
      [M(1, 'A', 2), M(1, 'B', 2), M(1, 'C', 2), M(1, 'D', 1, 'G')],
    );
    expect([fieldOf(result, 'D'), fieldOf(result, 'E'), fieldOf(result, 'F'), fieldOf(result, 'G')]).toEqual([
      'professional_major',
      null,
      'professional',
      null,
    ]);
  });

  it('takes a category column from the values its title lists, and never an employment column as the category', () => {
    const { result } = ingest([
      [1, ['STT', 'Họ và tên', 'Giới tính', 'Sự nghiệp cán bộ (Công chức/Viên chức)', 'Phân loại công tác']],
      [2, [1, 'Lê Văn An', 'Nam', 'Công chức', 'Biên chế']],
      [3, [2, 'Trần Thị Bình', 'Nữ', 'Công chức', 'Hợp đồng Nghị định 68']],
      [4, [3, 'Phạm Văn Cường', 'Nam', 'Viên chức', 'Biên chế']],
    ]);
    expect(fieldOf(result, 'D')).toBe('category');
    expect(fieldOf(result, 'E')).toBe('employment');
  });
});

describe('names and titles as software writes them', () => {
  it('joins "Họ" and "Tên" in two columns', () => {
    const { result, records } = ingest([
      [1, ['Họ', 'Tên', 'Giới tính', 'Ngày Sinh (d/m/Y)', 'Phòng (Đơn Vị)']],
      [2, ['Võ', 'Quốc', 'Nam', d(1986, 12, 20), 'Chi cục Hải quan']],
    ]);
    expect([fieldOf(result, 'A'), fieldOf(result, 'B'), fieldOf(result, 'D'), fieldOf(result, 'E')]).toEqual([
      'family_name',
      'given_name',
      'birth_date',
      'unit',
    ]);
    expect(records).toHaveLength(1);
  });

  it('reads program-style headers without diacritics, in camelCase', () => {
    const { result, records } = ingest([
      [1, ['ho', 'ten', 'ngaySinh', 'sdt', 'email', 'cmnd', 'trinhDoChuyenMon']],
      [2, ['Quan', 'Vương Quý', '18/12/1989', '0372276994', 'a@b.vn', '014830417', 'Thạc sĩ']],
    ]);
    expect(result.layout?.columns.map((c) => c.field)).toEqual(['family_name', 'given_name', 'birth_date', null, null, 'id', 'professional']);
    expect(records).toHaveLength(1);
  });
});

describe('rows that are not people', () => {
  it('skips the notes under a blank form: the form has nobody', () => {
    const { result, records } = ingest([
      [8, ['CHI BỘ', 'HỌ TÊN KHAI SINH', 'GIỚI TÍNH', 'NGÀY, THÁNG, NĂM SINH', 'DÂN TỘC']],
      [10, [1, 2, 3, 4, 5]],
      [13, ['Ghi chú:', ' - Các cột sẽ trở thành các dòng trong Phiếu Đảng viên.\n - THPT: .../12']],
      [20, ['Viết tắt:', ' - THPT: Trung học phổ thông\n - ĐH: Đại học']],
    ]);
    expect(records).toHaveLength(0);
    expect(result.skippedCounts.note).toBe(2);
  });

  it('skips a table title and a second table that is no roster, and a repeated header row', () => {
    const header: RowValues = ['TT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị'];
    const { result, records } = ingest([
      [3, header],
      [4, [1, 'Đàm Tuấn Khang', d(1982, 2, 19), 'Nam', 'Chi cục Hải quan']],
      [5, [...header]],
      [6, [2, 'Lê Văn Hùng', d(1985, 3, 1), 'Nam', 'Chi cục Hải quan']],
      [8, [null, 'Nhập lương & phụ cấp']],
      [9, ['TT', 'Họ và tên', 'Bậc', 'Hệ số lương', 'Phụ cấp chức vụ']],
      [10, [1, 'Khúc Thị Hồng Vy', 5, 3.66, 0.3]],
    ]);
    expect(records.map((r) => r.row)).toEqual([4, 6]);
    expect(result.skipped.filter((s) => s.reason !== 'header').map((s) => [s.row, s.reason])).toEqual([
      [8, 'title'],
      [9, 'second_table'],
      [10, 'second_table'],
    ]);
  });
});

describe('tick columns (Mẫu 03 of TT 09/2004: one 0/1 column per level)', () => {
  // Row 1: groups; row 2: sub-groups; row 3: the levels. Tin học and Ngoại ngữ sit under "Trình độ đào tạo" too.
  const rows: Array<[number, RowValues]> = [
    [1, ['STT', 'Họ và tên', 'Trình độ đào tạo', null, null, null, null, null, null, 'Phụ nữ']],
    [2, [null, null, 'Chuyên môn', null, null, 'Tin học', null, 'Ngoại ngữ', null, null]],
    [3, [null, null, 'Thạc sĩ', 'Đại học', 'Trung học', 'Đại học', 'Chứng chỉ', 'Đại học', 'Chứng chỉ', null]],
    [4, [1, 'Lê Văn An', 0, 1, 0, 1, 0, 0, 1, 0]],
    [5, [2, 'Trần Thị Bình', 1, 0, 0, 0, 1, 1, 0, 1]],
    [6, [3, 'Phạm Văn Cường', 0, 0, 1, 0, 1, 0, 0, 0]],
  ];
  const merges = [M(1, 'A', 3), M(1, 'B', 3), M(1, 'C', 1, 'I'), M(2, 'C', 2, 'E'), M(2, 'F', 2, 'G'), M(2, 'H', 2, 'I'), M(1, 'J', 3)];
  const { result, records } = ingest(rows, merges);
  const valueOf = (r: RawRecord, field: 'professional' | 'gender'): unknown => r.values[r.cols[field] ?? -1];

  it('reads the professional level from the ticked column under "Chuyên môn" only', () => {
    expect(records.map((r) => valueOf(r, 'professional'))).toEqual(['Đại học', 'Thạc sĩ', 'Trung học']);
    expect(['C', 'D', 'E'].map((l) => fieldOf(result, l))).toEqual(['professional', 'professional', 'professional']);
  });

  it('leaves the IT and language levels ("Tin học › Đại học", "Ngoại ngữ › Chứng chỉ") out of it', () => {
    expect(['F', 'G', 'H', 'I'].map((l) => fieldOf(result, l))).toEqual([null, null, null, null]);
  });

  it('reads gender from the "Phụ nữ" flag (its title when ticked, else Nam)', () => {
    expect(records.map((r) => valueOf(r, 'gender'))).toEqual(['Nam', 'Phụ nữ', 'Nam']);
  });
});

describe('payroll blocks, hint rows and form references (layouts of QTL payrolls and import templates)', () => {
  it('takes "S T T" as the number column, and Roman-numbered block rows as headings that give employment, not units', () => {
    const staff = ['Lê Văn An', 'Trần Thị Bình', 'Võ Thị Cúc', 'Hồ Văn Định', 'Mai Thị Én', 'Ngô Văn Phú'];
    const contract = ['Phạm Văn Cường', 'Đỗ Văn Dũng'];
    const { result, records } = ingest(
      [
        [1, ['S\nT\nT', 'Họ và tên', 'Mã ngạch', 'Hệ số lương']],
        [2, [1, 2, 3, 4]],
        [3, ['I', 'Biên chế']],
        ...staff.map((n, i): [number, RowValues] => [4 + i, [i + 1, n, '01.003', 2.67]]),
        [10, ['II', 'Hợp đồng Nghị định 68']],
        ...contract.map((n, i): [number, RowValues] => [11 + i, [i + 1, n, '01.011', 1.5]]),
        [13, ['Cộng', null, null, 19.02]],
      ],
      [M(3, 'B', 3, 'D'), M(10, 'B', 10, 'D')],
    );
    expect(fieldOf(result, 'A')).toBe('seq');
    expect(records.map((r) => [r.row, r.groupLabel, r.groupUnit])).toEqual([
      ...staff.map((_, i) => [4 + i, 'Biên chế', undefined]),
      ...contract.map((_, i) => [11 + i, 'Hợp đồng Nghị định 68', undefined]),
    ]);
    expect(result.skipped.filter((s) => s.reason !== 'header').map((s) => [s.row, s.reason])).toEqual([
      [2, 'numbering'],
      [3, 'group'],
      [10, 'group'],
      [13, 'total'],
    ]);
  });

  it('skips the row of type hints an import template prints under its titles', () => {
    const { result, records } = ingest([
      [1, ['Mã nhân viên', 'Họ và tên *', 'Ngày sinh', 'Giới tính', 'Khoa/Phòng']],
      [2, ['Văn bản, tối đa 50 ký tự', 'Văn bản, bắt buộc', 'DD/MM/YYYY', 'Nam/Nữ/Khác', 'Văn bản']],
      [3, ['NV001', 'Lê Thị Hoa', '12/05/1988', 'Nữ', 'Khoa Nội']],
      [4, ['NV002', 'Trần Văn Nam', '03/11/1979', 'Nam', 'Khoa Ngoại']],
    ]);
    expect(records.map((r) => r.row)).toEqual([3, 4]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'header'],
      [2, 'header'],
    ]);
  });

  it('dates the roster by its own date, not by the legal document its form was issued with', () => {
    expect(
      titleYearOf(['Đơn vị: UBND huyện Thạch Hà (Ban hành kèm theo Thông tư số 09/2004/TT-BNV ngày 19/02/2004 của Bộ Nội vụ)', 'Ngày báo cáo 31/12/2023']),
    ).toBe(2023);
    expect(titleYearOf(['Mã đơn vị SDNS: 1052347 Ban hành kèm theo Thông tư số 107/2017/TT- BTC ngày 10/10/2017', 'Tháng 12 năm 2024'])).toBe(2024);
    expect(titleYearOf(['DANH SÁCH CÁN BỘ NĂM 2022'])).toBe(2022);
  });
});
