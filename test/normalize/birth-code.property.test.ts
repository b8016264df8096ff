import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthCode, birthCodeOf, birthOfCode, parseBirthDate } from '../../src/normalize/birth-date.js';
import { SharedAnswers } from '../../src/normalize/shared-answers.js';
import type { BirthDate } from '../../src/model/official.js';
import type { CellValue } from '../../src/io/sheet-rows.js';

// The counting lane keeps a birth as one number (birthCode): it must say what parseBirthDate says, for
// every kind of cell, and give the same date back.
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  // Dates from 1850 to 2050 (plausible births are 1920–2015), at any time of day.
  fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2050, 11, 31) }).map((ms) => new Date(ms)),
  fc.integer({ min: 1800, max: 2100 }),
  fc.double({ min: -10, max: 80_000, noNaN: true }),
  fc
    .tuple(fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1900, max: 2030 }), fc.constantFrom('/', '-', '.'))
    .map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`),
  fc.integer({ min: 1900, max: 2030 }).map((y) => String(y)),
  fc.constantFrom('', 'không rõ', 'Năm 1975', 'Khoảng 1960', '03/1980', '1980-02-29', '1981-02-29', '15/03/75', true, null),
);

describe('birthCode', () => {
  it('reads a birth as parseBirthDate does, and gives its date back', () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (v, date1904) => {
        const parsed = parseBirthDate(v, { date1904 });
        const code = birthCode(v, { date1904 });
        expect(code).toBe(birthCodeOf(parsed));
        expect(code > 0).toBe(parsed.ok);
        if (parsed.ok) {
          const into: BirthDate = { year: 0 };
          expect(birthOfCode(code, into)).toEqual(parsed.date);
          expect(into.month === undefined).toBe(parsed.yearOnly);
        }
      }),
      { numRuns: 5000, seed: 17 },
    );
  });

  it('gives distinct dates distinct codes', () => {
    const seen = new Map<number, string>();
    for (let y = 1920; y <= 2015; y++)
      for (let m = 0; m <= 12; m++)
        for (let d = 0; d <= (m === 0 ? 0 : 28); d++) {
          const text = m === 0 ? String(y) : d === 0 ? `${m}/${y}` : `${d}/${m}/${y}`;
          const code = birthCode(text);
          expect(code, text).toBeGreaterThan(0);
          expect(seen.get(code), text).toBeUndefined();
          seen.set(code, text);
        }
  });

  it('is kept per shared string as parsed', () => {
    const strings = ['15/03/1975', 'không rõ', '1980', '31/02/1980', '1900', '15/03/1975'];
    const answers = new SharedAnswers(strings);
    // Twice each: the second answer is the one kept.
    for (let round = 0; round < 2; round++)
      for (let k = 0; k < strings.length; k++) expect(answers.birthCode(k), strings[k]).toBe(birthCodeOf(answers.birth(k)));
  });
});
