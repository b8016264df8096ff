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
    expect(parseBirthDate(value as never)).toEqual({ ok: true, date, yearOnly });
  });

  it('reads serials in the 1904 system', () => {
    expect(parseBirthDate(27833, { date1904: true })).toEqual({ ok: true, date: { year: 1980, month: 3, day: 15 }, yearOnly: false });
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
