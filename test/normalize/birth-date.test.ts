import { describe, expect, it } from 'vitest';
import { ageAt, parseBirthDate } from '../../src/normalize/birth-date.js';

describe('parseBirthDate', () => {
  it.each([
    [new Date(Date.UTC(1980, 2, 15)), { year: 1980, month: 3, day: 15 }, false],
    [29295, { year: 1980, month: 3, day: 15 }, false],
    [1975, { year: 1975 }, true],
    ['15/03/1975', { year: 1975, month: 3, day: 15 }, false],
    ['5/3/1975', { year: 1975, month: 3, day: 5 }, false],
    ['15-3-1975', { year: 1975, month: 3, day: 15 }, false],
    ['15.03.1975', { year: 1975, month: 3, day: 15 }, false],
    ['15/03/75', { year: 1975, month: 3, day: 15 }, false],
    ['03/1975', { year: 1975, month: 3 }, false],
    ['1975', { year: 1975 }, true],
    [' 1975 ', { year: 1975 }, true],
    ['1975-03-15', { year: 1975, month: 3, day: 15 }, false],
    ['Năm 1975', { year: 1975 }, true],
    ['Khoảng 1960', { year: 1960 }, true],
    ['ngày 15 tháng 3 năm 1975', { year: 1975, month: 3, day: 15 }, false],
  ] as const)('%j → %j', (value, date, yearOnly) => {
    // Strict: a year-only or month-only birth has no month/day keys at all (not undefined ones).
    expect(parseBirthDate(value as never)).toStrictEqual({ ok: true, date, yearOnly });
  });

  it('makes each plausible birth once: every cell that gives it, in any form, shares one result', () => {
    const day = parseBirthDate(new Date(Date.UTC(1980, 2, 15)));
    expect(parseBirthDate('15/03/1980')).toBe(day);
    expect(parseBirthDate(29295)).toBe(day);
    expect(parseBirthDate('ngày 15 tháng 3 năm 1980')).toBe(day);
    expect(parseBirthDate('03/1980')).toBe(parseBirthDate('3/1980'));
    expect(parseBirthDate(1980)).toBe(parseBirthDate('Năm 1980'));
    // Different births never share: the table is indexed by year, month and day.
    const all = new Set<unknown>();
    for (const y of [1920, 1921, 2015]) for (let m = 1; m <= 12; m++) for (const d of [1, 28]) all.add(parseBirthDate(new Date(Date.UTC(y, m - 1, d))));
    for (const y of [1920, 1921, 2015]) {
      all.add(parseBirthDate(y));
      for (let m = 1; m <= 12; m++) all.add(parseBirthDate(`${m}/${y}`));
    }
    expect(all.size).toBe(3 * 12 * 2 + 3 + 3 * 12);
    expect(parseBirthDate(new Date(Date.UTC(2015, 11, 31)))).toStrictEqual({ ok: true, date: { year: 2015, month: 12, day: 31 }, yearOnly: false });
    expect(parseBirthDate(new Date(Date.UTC(1920, 0, 1)))).toStrictEqual({ ok: true, date: { year: 1920, month: 1, day: 1 }, yearOnly: false });
  });

  it('reads serials in the 1904 system', () => {
    expect(parseBirthDate(27833, { date1904: true })).toStrictEqual({ ok: true, date: { year: 1980, month: 3, day: 15 }, yearOnly: false });
  });

  it.each([
    [null, 'blank'],
    ['', 'blank'],
    ['31/02/1980', 'unparsed'],
    ['15/13/1980', 'unparsed'],
    ['không rõ', 'unparsed'],
    ['1890', 'implausible'],
    ['01/01/2024', 'implausible'],
  ] as const)('%j → %s', (value, reason) => {
    expect(parseBirthDate(value)).toEqual({ ok: false, reason });
  });
});

describe('ageAt', () => {
  const asOf = { year: 2024, month: 12, day: 31 };
  it.each([
    [{ year: 1984, month: 12, day: 31 }, 40],
    [{ year: 1985, month: 1, day: 1 }, 39],
    [{ year: 1984 }, 40],
    [{ year: 1984, month: 12 }, 40],
  ])('%j at 31/12/2024 is %i', (birth, age) => {
    expect(ageAt(birth, asOf)).toBe(age);
  });

  it('counts completed years before the birthday', () => {
    expect(ageAt({ year: 1980, month: 7, day: 1 }, { year: 2024, month: 6, day: 30 })).toBe(43);
    expect(ageAt({ year: 1980, month: 7, day: 1 }, { year: 2024, month: 7, day: 1 })).toBe(44);
  });
});
