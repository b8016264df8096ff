import { describe, expect, it } from 'vitest';
import { fileNameDateOf, titleDateOf, titleYearOf } from '../../src/ingest/title-year.js';

describe('titleDateOf: the date a title block names', () => {
  it.each([
    [['(Tính đến ngày 30/6/2025)'], { year: 2025, month: 6, day: 30 }],
    [['(Tính đến ngày 31/12/2024)'], { year: 2024, month: 12, day: 31 }],
    [['Số liệu đến ngày 31 tháng 12 năm 2024'], { year: 2024, month: 12, day: 31 }],
    [['Tính tới ngày 02/07/2019'], { year: 2019, month: 7, day: 2 }],
    [['Thời điểm 30.6.2025'], { year: 2025, month: 6, day: 30 }],
    [['(Tính đến ngày 30 / 6 / 2025)'], { year: 2025, month: 6, day: 30 }],
    [['TỔNG HỢP CÁN BỘ', 'Tính đến 15-3-2026'], { year: 2026, month: 3, day: 15 }],
    [['Tính đến hết ngày 30/6/2025'], { year: 2025, month: 6, day: 30 }],
    [['Số liệu tính đến tháng 6 năm 2025'], { year: 2025, month: 6, day: 30 }],
    [['Tính đến hết tháng 2/2024'], { year: 2024, month: 2, day: 29 }],
    // A document's number and date on the same line do not hide the day counted to.
    [['(Kèm theo Công văn số 1234/SNV-CCVC ngày 05/7/2025 của Sở Nội vụ; số liệu tính đến ngày 30/6/2025)'], { year: 2025, month: 6, day: 30 }],
    [['(Thực hiện Quyết định số 10/QĐ-UBND; số liệu tính đến ngày 30/6/2024)'], { year: 2024, month: 6, day: 30 }],
  ])('%j names the day %j', (lines, date) => {
    expect(titleDateOf(lines)).toEqual(date);
  });

  it.each([
    [['DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024'], 2024],
    // A day that does not exist is no date: its year still is the roster's.
    [['(Tính đến ngày 31/02/2024)'], 2024],
    [['Số liệu đến 2023'], 2023],
    // A form's legal reference dates the form, not the roster.
    [['(Ban hành kèm theo Thông tư số 09/2004/TT-BNV ngày 19/02/2004)', 'BÁO CÁO NĂM 2022'], 2022],
    // Abbreviated references and a signing line name days that are not the roster's.
    [['Biểu BM01 theo TT 11/2012/TT-BNV ngày 27/12/2012', 'DANH SÁCH CÁN BỘ NĂM 2024'], 2024],
    [['Căn cứ QĐ số 15/QĐ-UBND ngày 10/3/2020', 'DANH SÁCH CÁN BỘ NĂM 2024'], 2024],
    [['(Theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND huyện)', 'DANH SÁCH CÁN BỘ NĂM 2023'], 2023],
    [['Hà Nội, ngày 15 tháng 3 năm 2024', 'DANH SÁCH CÁN BỘ NĂM 2023'], 2023],
    // Without a year of its own, a day in the title gives its year.
    [['Số liệu ngày 31/12/2024'], 2024],
  ])('%j names the year %d only', (lines, year) => {
    expect(titleDateOf(lines)).toEqual({ year });
  });

  it('a term roster is of its first year, with its last kept', () => {
    expect(titleDateOf(['BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN HÒA', 'NHIỆM KỲ 2015 - 2020'])).toEqual({ year: 2015, termEnd: 2020 });
    expect(titleDateOf(['Nhân sự Ban Thường vụ nhiệm kỳ 2020–2025'])).toEqual({ year: 2020, termEnd: 2025 });
    expect(titleDateOf(['BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN HÒA, NK 2020-2025'])).toEqual({ year: 2020, termEnd: 2025 });
    expect(titleDateOf(['NHIỆM KỲ 2020 ĐẾN 2025'])).toEqual({ year: 2020, termEnd: 2025 });
    // Two years too far apart are no term.
    expect(titleDateOf(['nhiệm kỳ 2010 - 2020'])).toBeUndefined();
  });

  it('a day or year said anywhere in the title wins over the term', () => {
    expect(titleDateOf(['BCH NHIỆM KỲ 2020 - 2025', '(Tính đến ngày 31/12/2023)'])).toEqual({ year: 2023, month: 12, day: 31 });
    expect(titleDateOf(['BCH NHIỆM KỲ 2020 - 2025', 'Năm 2022'])).toEqual({ year: 2022 });
    expect(titleYearOf(['BCH NHIỆM KỲ 2020 - 2025'])).toBe(2020);
  });

  it('no date, no year', () => {
    expect(titleDateOf(['DANH SÁCH CÁN BỘ', 'Đơn vị tính: người'])).toBeUndefined();
  });
});

describe('fileNameDateOf: the date a file name names', () => {
  it.each([
    ['ds_20250630.xlsx', { year: 2025, month: 6, day: 30 }],
    ['ds_30062025.xlsx', { year: 2025, month: 6, day: 30 }],
    ['ds-2025-06-30.csv', { year: 2025, month: 6, day: 30 }],
    ['bc-30-06-2025.xlsx', { year: 2025, month: 6, day: 30 }],
    ['ds 30.6.2025.xlsx', { year: 2025, month: 6, day: 30 }],
    ['BCH NK2020-2025.xlsx', { year: 2020, termEnd: 2025 }],
    ['phuong-1-2024.xlsx', { year: 2024 }],
    ['ds.2024.xlsx', { year: 2024 }],
  ])('%s → %j', (name, date) => expect(fileNameDateOf(name)).toEqual(date));

  it.each([['roster-100000.csv'], ['lh 0983.2019.88.csv'], ['ds-0912345678.csv'], ['so sanh 2010 2020.xlsx'], ['bc-31-02-2024x.xlsx']])(
    '%s names no date (a phone number, two years too far apart)',
    (name) => expect(fileNameDateOf(name)?.month).toBeUndefined(),
  );
  it('a phone number written with dots is no year', () => {
    expect(fileNameDateOf('lh 0983.2019.88.csv')).toBeUndefined();
    expect(fileNameDateOf('DS 2024 (sdt 0912.2020.15).csv')).toEqual({ year: 2024 });
  });
});
