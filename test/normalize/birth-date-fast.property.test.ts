import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBirthDate } from '../../src/normalize/birth-date.js';

// "dd/mm/yyyy" is read from its characters; " dd/mm/yyyy " (11+ characters) takes the general
// parser. Both must give the same answer for any ten characters of that shape, valid or not.
describe('parseBirthDate, the dd/mm/yyyy fast path', () => {
  const digitOrNot = fc.constantFrom('0', '1', '2', '3', '5', '9', 'a', ' ', '-', '/');
  const two = fc.tuple(digitOrNot, digitOrNot).map(([a, b]) => a + b);
  const sep = fc.constantFrom('/', '-', '.', 'x');

  it('agrees with the general parser', () => {
    fc.assert(
      fc.property(two, sep, two, sep, two, two, (d, s1, m, s2, c, y) => {
        const text = `${d}${s1}${m}${s2}${c}${y}`;
        expect(parseBirthDate(text)).toEqual(parseBirthDate(` ${text} `));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('agrees on texts of one to three digits per part and any separators ("3-4-1975", "1975", "12.3.19750")', () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
    const part = fc.oneof(digits(1, 3), fc.constantFrom('a', ''));
    const text = fc.oneof(
      fc.tuple(part, sep, part, sep, digits(2, 5)).map((p) => p.join('')),
      digits(3, 5),
      fc.tuple(digits(1, 2), sep, digits(4, 4)).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(parseBirthDate(t)).toEqual(parseBirthDate(` ${t} `));
      }),
      { numRuns: 5000, seed: 5 },
    );
  });

  it('agrees on real calendar dates and impossible ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1890, max: 2030 }), (d, m, y) => {
        const text = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
        expect(parseBirthDate(text)).toEqual(parseBirthDate(` ${text} `));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('knows the calendar: every day 0–32 of every month of 1920–2015, checked against Date', () => {
    let checked = 0;
    for (let y = 1920; y <= 2015; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 0; d <= 32; d++) {
          const t = new Date(Date.UTC(y, m - 1, d));
          const real = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
          const got = parseBirthDate(`${d}/${m}/${y}`);
          if (got.ok !== real) throw new Error(`${d}/${m}/${y}: parsed ${got.ok}, Date says ${real}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(96 * 12 * 33);
  });

  it('reads a valid date and refuses 31/02', () => {
    expect(parseBirthDate('29/02/1980')).toEqual({ ok: true, date: { year: 1980, month: 2, day: 29 }, yearOnly: false });
    expect(parseBirthDate('31/02/1980')).toEqual({ ok: false, reason: 'unparsed' });
    expect(parseBirthDate('15/03/1910')).toEqual({ ok: false, reason: 'implausible' });
  });
});

// A Date cell's day is worked out with integers, not with getUTCFullYear/getUTCMonth/getUTCDate: the same
// day for any time a Date can hold.
describe('parseBirthDate of a Date', () => {
  const byGetters = (t: Date) => {
    const y = t.getUTCFullYear();
    if (Number.isNaN(t.getTime())) return { ok: false, reason: 'unparsed' };
    if (y < 1920 || y > 2015) return { ok: false, reason: 'implausible' };
    return { ok: true, date: { year: y, month: t.getUTCMonth() + 1, day: t.getUTCDate() }, yearOnly: false };
  };

  it('gives the day the UTC getters give, from 1/1/1900 to 31/12/2100 and at the ends of time', () => {
    for (let day = Date.UTC(1900, 0, 1) / 86_400_000; day <= Date.UTC(2100, 11, 31) / 86_400_000; day++) {
      for (const ms of [0, 1, 43_200_000.5, 86_399_999]) {
        const t = new Date(day * 86_400_000 + ms);
        const got = parseBirthDate(t);
        if (JSON.stringify(got) !== JSON.stringify(byGetters(t))) expect(got).toEqual(byGetters(t));
      }
    }
    for (const ms of [8.64e15, -8.64e15, -1, -0.5, NaN]) expect(parseBirthDate(new Date(ms))).toEqual(byGetters(new Date(ms)));
  });

  it('agrees with the UTC getters on any time', () => {
    fc.assert(
      fc.property(fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }), (ms) => {
        expect(parseBirthDate(new Date(ms))).toEqual(byGetters(new Date(ms)));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });
});
