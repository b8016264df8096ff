import { describe, expect, it } from 'vitest';
import { createSheetIngester, type SheetIngestResult } from '../../src/ingest/sheet-ingester.js';
import type { RawRecord } from '../../src/ingest/types.js';
import type { MergeRange, RowValues } from '../../src/io/sheet-rows.js';

function ingest(sheet: string, rows: Array<[number, RowValues]>, merges: MergeRange[] = []): { result: SheetIngestResult; records: RawRecord[] } {
  const records: RawRecord[] = [];
  const ing = createSheetIngester({ sheet, merges, keepColumns: true });
  // Drained after every row, as the reader does after every batch: records come out in row order.
  for (const [n, v] of rows) {
    ing.push(n, v);
    records.push(...ing.take());
  }
  const result = ing.end();
  records.push(...ing.take());
  return { result, records };
}

/** A record's cells by field, as layout detection picked them out. */
function fieldsOf(r: RawRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r.cols).map(([f, c]) => [f, r.values[c as number] ?? null]));
}

const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
const C = (col: string): number => col.charCodeAt(0) - 65;

// An official-form layout: title block, two-row merged header, numbering row, group rows, total, signatures.
const officialRows: Array<[number, RowValues]> = [
  [1, ['UBND HUYỆN YÊN THÀNH', null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
  [2, [null, null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc']],
  [3, ['DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024']],
  [4, ['(Tính đến ngày 31/12/2024)']],
  [6, ['STT', 'Họ và tên', 'Ngày, tháng,\nnăm sinh', null, 'Dân tộc', 'Trình độ', null, null, 'Ghi chú']],
  [7, [null, null, 'Nam', 'Nữ', null, 'Chuyên môn', 'Lý luận chính trị', 'Quản lý nhà nước']],
  [8, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']],
  [9, ['I. UBND xã An Hòa']],
  [10, [1, 'Nguyễn Văn An', d(1980, 3, 15), null, 'Kinh', 'ĐH Luật', 'TC', 'CV']],
  [11, [2, 'Lê Thị Bình', null, '02/09/1990', 'Tày', 'Thạc sĩ', 'CC', null, 'Luân chuyển']],
  [12, ['II', 'UBND xã Tân Lập']],
  [13, [1, 'Trần Văn Cường', 1975, null, 'Kinh', 'Trung cấp']],
  [14, [null, 'Tổng cộng', 3]],
  [16, [null, null, null, null, null, null, 'Yên Thành, ngày 31 tháng 12 năm 2024']],
  [17, [null, 'NGƯỜI LẬP BIỂU', null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ']],
  [18, [null, '(Ký, họ tên)', null, null, null, null, '(Ký, đóng dấu)']],
  [21, [null, 'Phạm Thị Duyên']],
];
const officialMerges: MergeRange[] = [
  { top: 6, left: C('A'), bottom: 7, right: C('A') },
  { top: 6, left: C('B'), bottom: 7, right: C('B') },
  { top: 6, left: C('C'), bottom: 6, right: C('D') },
  { top: 6, left: C('E'), bottom: 7, right: C('E') },
  { top: 6, left: C('F'), bottom: 6, right: C('H') },
  { top: 6, left: C('I'), bottom: 7, right: C('I') },
  { top: 9, left: C('A'), bottom: 9, right: C('I') },
];

describe('official-form layout', () => {
  for (const [label, merges] of [
    ['with merges', officialMerges],
    ['without merge records', []],
  ] as const) {
    it(`finds the two-row header and folds group headings (${label})`, () => {
      const { result } = ingest('DS', officialRows, [...merges]);
      expect(result.layout?.headerRows).toEqual([6, 7]);
      expect(result.layout?.numberingRow).toBe(8);
      expect(result.layout?.columns.map((c) => [c.title, c.field])).toEqual([
        ['STT', 'seq'],
        ['Họ và tên', 'name'],
        ['Ngày, tháng, năm sinh › Nam', 'birth_date_male'],
        ['Ngày, tháng, năm sinh › Nữ', 'birth_date_female'],
        ['Dân tộc', 'ethnicity'],
        ['Trình độ › Chuyên môn', 'professional'],
        ['Trình độ › Lý luận chính trị', 'political_theory'],
        ['Trình độ › Quản lý nhà nước', 'state_management'],
        ['Ghi chú', null],
      ]);
      expect(result.titleDate).toEqual({ year: 2024, month: 12, day: 31 });
    });
  }

  it('accounts for every row: records plus skipped rows by reason', () => {
    const { result, records } = ingest('DS', officialRows, officialMerges);
    expect(records.map((r) => [r.row, r.groupUnit])).toEqual([
      [10, 'UBND xã An Hòa'],
      [11, 'UBND xã An Hòa'],
      [13, 'UBND xã Tân Lập'],
    ]);
    expect(result.skippedCounts).toEqual({
      title: 4,
      header: 2,
      numbering: 1,
      group: 2,
      total: 1,
      signature: 4,
      note: 0,
      second_table: 0,
      blank: 0,
      no_name: 0,
    });
    const skippedTotal = Object.values(result.skippedCounts).reduce((a, b) => a + b, 0);
    expect(skippedTotal + result.records).toBe(officialRows.length);
    expect(fieldsOf(records[1])).toMatchObject({ name: 'Lê Thị Bình', birth_date_female: '02/09/1990', professional: 'Thạc sĩ', political_theory: 'CC' });
    expect(records[1].columns?.['Ghi chú']).toBe('Luân chuyển');
  });
});

describe('other layouts', () => {
  it('a plain one-row header with Giới tính and year-only births', () => {
    const { result, records } = ingest('Sheet1', [
      [1, ['STT', 'Họ tên', 'Giới tính', 'Năm sinh', 'Đơn vị', 'Trình độ chuyên môn']],
      [2, [1, 'Hoàng Văn Em', 'Nam', 1970, 'Phường 1', 'Đại học']],
      [3, [2, 'Vũ Thị Gấm', 'Nữ', 1985, 'Phường 2', 'Cao đẳng']],
    ]);
    expect(result.layout?.headerRows).toEqual([1]);
    expect(result.layout?.sheetUnit).toBeUndefined();
    expect(records.map((r) => fieldsOf(r).gender)).toEqual(['Nam', 'Nữ']);
  });

  it('HỌ VÀ TÊN in capitals and NFD headers are recognised', () => {
    const { result } = ingest('DS', [[1, ['TT', 'HỌ VÀ TÊN', 'Ngày sinh'.normalize('NFD'), 'Quê quán', 'Chức vụ, đơn vị công tác']]]);
    expect(result.layout?.columns.map((c) => c.field)).toEqual(['seq', 'name', 'birth_date', 'hometown', 'position_unit']);
  });

  it('a counts sheet is not a roster, and says which rows it scanned', () => {
    const { result } = ingest('Tổng hợp', [
      [1, ['BÁO CÁO TỔNG HỢP']],
      [3, ['Đơn vị', 'Tổng số', 'Nữ', 'Đảng viên']],
      [4, ['Phường 1', 20, 7, 18]],
    ]);
    expect(result.layout).toBeNull();
    expect(result.scannedRows).toEqual([1, 4]);
  });

  it('uses a meaningful sheet name as the unit when there is no unit column', () => {
    const { result } = ingest('Phường 3', [
      [1, ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ']],
      [2, [1, 'Đỗ Văn Hải', 1979, 'Chủ tịch']],
    ]);
    expect(result.layout?.sheetUnit).toBe('Phường 3');
    expect(result.layout?.assumptions[0]).toMatch(/sheet name 'Phường 3'/);
  });

  it('fills a unit name merged down over its people', () => {
    const { records } = ingest(
      'DS',
      [
        [1, ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị']],
        [2, [1, 'Ngô Văn Khoa', 1970, 'Phòng Nội vụ']],
        [3, [2, 'Lý Thị Lan', 1988]],
        [4, [3, 'Bùi Văn Minh', 1990, 'Phòng Tư pháp']],
      ],
      [{ top: 2, left: 3, bottom: 3, right: 3 }],
    );
    expect(records.map((r) => fieldsOf(r).unit)).toEqual(['Phòng Nội vụ', 'Phòng Nội vụ', 'Phòng Tư pháp']);
  });

  it('a row with a birth date but no name is skipped as no_name', () => {
    const { result, records } = ingest('DS', [
      [1, ['STT', 'Họ và tên', 'Năm sinh', 'Dân tộc']],
      [2, [1, null, 1970, 'Kinh']],
      [3, [2, 'Lò Văn Nam', 1980, 'Thái']],
    ]);
    expect(records).toHaveLength(1);
    expect(result.skippedCounts.no_name).toBe(1);
  });
});

describe('column texts', () => {
  it('are kept only when asked (they cost time on big rosters)', () => {
    const ing = createSheetIngester({ sheet: 'DS', merges: [] });
    ing.push(1, ['STT', 'Họ và tên', 'Năm sinh', 'Dân tộc', 'Ghi chú']);
    ing.push(2, [1, 'Mai Văn Tú', 1980, 'Kinh', 'Biệt phái']);
    ing.end();
    const records: RawRecord[] = ing.take();
    expect(records[0].columns).toBeUndefined();
  });
});

describe('records pulled by the reader', () => {
  it('come out while the sheet streams (after the sample), once each, in row order, with their table', async () => {
    const { EVIDENCE } = await import('../../src/ingest/evidence-weights.js');
    const ing = createSheetIngester({ sheet: 'DS', merges: [] });
    ing.push(1, ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc']);
    const n = EVIDENCE.sample.rows + 5;
    const seen: number[] = [];
    for (let i = 1; i <= n; i++) {
      ing.push(i + 1, [i, `Người Số ${i}`, 1970 + (i % 30), i % 2 ? 'Nam' : 'Nữ', 'Kinh']);
      seen.push(...ing.take().map((r) => r.row));
    }
    // Past the sample every row is handed out at once; nothing waits for the end of the sheet.
    expect(seen).toHaveLength(n);
    expect(ing.take()).toEqual([]);
    const result = ing.end();
    expect(ing.take()).toEqual([]);
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => i + 2));
    expect(result.records).toBe(n);
  });

  it('of a second table below the first carry that table, not the first', () => {
    const ing = createSheetIngester({ sheet: 'DS', merges: [] });
    const rows: Array<[number, RowValues]> = [
      [1, ['STT', 'Họ và tên', 'Năm sinh', 'Dân tộc']],
      [2, [1, 'Mai Văn Tú', 1980, 'Kinh']],
      [3, [2, 'Lê Thị Hoa', 1985, 'Tày']],
      [4, []],
      [5, ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Dân tộc']],
      [6, [1, 'Trần Văn Nam', 'Nam', 1990, 'Kinh']],
    ];
    for (const [n, v] of rows) ing.push(n, v);
    const result = ing.end();
    const records = ing.take();
    expect(records.map((r) => r.row)).toEqual([2, 3, 6]);
    expect(records[0].layout).toBe(result.layout);
    expect(records[2].layout).toBe(result.moreTables[0]);
    expect(records[2].layout).not.toBe(records[0].layout);
  });
});

describe('cells known by their shared string (IngestOptions.sharedIndex)', () => {
  // Below the official form's people: a numbered "total" row with a year-like number (it looks like a person
  // but for its name), a row whose name is an empty text, and births typed with and without a year.
  const rows: Array<[number, RowValues]> = [
    ...officialRows.slice(0, 11),
    [13, [1, 'Trần Văn Cường', 1975, null, 'Kinh', 'Trung cấp']],
    [14, [2, 'Tổng cộng', 2024]],
    [15, [3, '', '1981']],
    [16, [4, 'Đỗ Thị Hà', null, 'tháng 5/1979', 'Kinh']],
    [17, [5, 'Ngô Văn Khải', 'không rõ', null, 'Kinh']],
    [18, [6, 'Đỗ Thị Hà', null, '1988', 'Kinh']],
    ...officialRows.slice(12),
  ];

  /** Every row through the ingester, with or without a table of the texts as shared strings. */
  function read(withIndex: boolean): { result: SheetIngestResult; records: RawRecord[]; asked: number } {
    const table: string[] = [];
    let asked = 0;
    const ing = createSheetIngester({
      sheet: 'DS',
      merges: officialMerges,
      sharedIndex: withIndex
        ? (values, col) => {
            asked++;
            const v = values[col];
            if (typeof v !== 'string') return -1;
            const k = table.indexOf(v);
            return k >= 0 ? k : table.push(v) - 1;
          }
        : undefined,
    });
    const records: RawRecord[] = [];
    for (const [n, v] of rows) {
      ing.push(n, v);
      records.push(...ing.take());
    }
    const result = ing.end();
    records.push(...ing.take());
    return { result, records, asked };
  }

  it('are read as their texts are: the same people and skipped rows', () => {
    const byText = read(false);
    const byIndex = read(true);
    expect(byIndex.asked).toBeGreaterThan(0);
    expect(byIndex.records.map((r) => [r.row, fieldsOf(r)])).toEqual(byText.records.map((r) => [r.row, fieldsOf(r)]));
    expect(byIndex.result.skippedCounts).toEqual(byText.result.skippedCounts);
    expect(byIndex.result.skipped).toEqual(byText.result.skipped);
    // The total is no person, by its shared string as by its text.
    expect(byIndex.records.map((r) => r.row)).not.toContain(14);
    expect(byIndex.result.skippedCounts.total).toBe(2);
  });
});
