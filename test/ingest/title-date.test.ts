import { describe, expect, it } from 'vitest';
import { titleDateOf, titleYearOf } from '../../src/ingest/title-year.js';

describe('titleDateOf: the date a title block names', () => {
  it.each([
    [['(Tính đến ngày 30/6/2025)'], { year: 2025, month: 6, day: 30 }],
    [['(Tính đến ngày 31/12/2024)'], { year: 2024, month: 12, day: 31 }],
    [['Số liệu đến ngày 31 tháng 12 năm 2024'], { year: 2024, month: 12, day: 31 }],
    [['Tính tới ngày 02/07/2019'], { year: 2019, month: 7, day: 2 }],
    [['Thời điểm 30.6.2025'], { year: 2025, month: 6, day: 30 }],
    [['(Tính đến ngày 30 / 6 / 2025)'], { year: 2025, month: 6, day: 30 }],
    [['TỔNG HỢP CÁN BỘ', 'Tính đến 15-3-2026'], { year: 2026, month: 3, day: 15 }],
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
  ])('%j names the year %d only', (lines, year) => {
    expect(titleDateOf(lines)).toEqual({ year });
  });

  it('a term roster is of its first year, with its last kept', () => {
    expect(titleDateOf(['BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN HÒA', 'NHIỆM KỲ 2015 - 2020'])).toEqual({ year: 2015, termEnd: 2020 });
    expect(titleDateOf(['Nhân sự Ban Thường vụ nhiệm kỳ 2020–2025'])).toEqual({ year: 2020, termEnd: 2025 });
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
