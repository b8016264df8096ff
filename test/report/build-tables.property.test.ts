import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS, DIMENSION_KEYS, type FixedDimension } from '../../src/model/dimensions.js';
import type { Official } from '../../src/model/official.js';
import { buildDimensions, buildIndicators } from '../../src/report/build-tables.js';
import { Tally } from '../../src/stats/accumulate.js';
import { bandOf, parseAgeBands } from '../../src/stats/age-bands.js';

const bands = parseAgeBands('btctw');
const fixed = DIMENSION_KEYS.filter((d) => d !== 'age_band') as FixedDimension[];
const person = fc.record(Object.fromEntries(fixed.map((d) => [d, fc.constantFrom(...CATEGORY_KEYS[d])])) as Record<FixedDimension, fc.Arbitrary<string>>);
const age = fc.option(fc.integer({ min: 18, max: 70 }), { nil: undefined });

describe('summary tables of random populations', () => {
  it('every dimension counts the whole population and its printed shares add up to exactly 100', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(person, age), { maxLength: 300 }), fc.integer({ min: 0, max: 3 }), (people, decimals) => {
        const tally = new Tally();
        for (const [p, a] of people) {
          const o = {
            ...p,
            studying: { professional: false, political_theory: false },
            name: 'x',
            file: 'f',
            sheet: 's',
            row: 1,
            columns: {},
          } as unknown as Official;
          tally.add(o, a, a === undefined ? 'unknown' : bandOf(bands, a), 40);
        }
        const dims = buildDimensions(tally, { lang: 'vi', decimals, rounding: 'largest-remainder', youngUnder: 40, bandKeys: bands.keys });
        for (const d of DIMENSION_KEYS) {
          const cats = dims[d]!.categories;
          expect(cats.reduce((s, c) => s + c.count, 0)).toBe(people.length);
          const units = cats.reduce((s, c) => s + Math.round(c.percent * 10 ** decimals), 0);
          expect(units).toBe(people.length === 0 ? 0 : 100 * 10 ** decimals);
        }
        const ind = buildIndicators(tally, { lang: 'vi', decimals, rounding: 'largest-remainder', youngUnder: 40, bandKeys: bands.keys });
        for (const i of Object.values(ind)) expect(i.base).toBeLessThanOrEqual(people.length);
      }),
      { numRuns: 200 },
    );
  });
});
