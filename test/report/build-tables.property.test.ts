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

  it('an indicator restating one category prints the table figure; an aggregate is its own half-up share; age ranges by gender count ages', () => {
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
        const settings = {
          lang: 'vi' as const,
          decimals,
          rounding: 'largest-remainder' as const,
          youngUnder: 40,
          bandKeys: bands.keys,
          extraIndicators: ['age.female_51_55'],
        };
        const dims = buildDimensions(tally, settings);
        const ind = buildIndicators(tally, settings, dims);
        const cat = (d: FixedDimension, k: string) => dims[d]!.categories.find((c) => c.key === k)!;
        const share = (id: string) => ind[id] as { count: number; percent: number };
        for (const [id, d, k] of [
          ['gender.female', 'gender', 'female'],
          ['professional.master', 'professional', 'master'],
          ['party.member', 'party', 'member'],
        ] as const) {
          expect([share(id).count, share(id).percent], id).toEqual([cat(d, k).count, cat(d, k).percent]);
        }
        const post = cat('professional', 'doctorate').count + cat('professional', 'master').count;
        const exact = people.length ? (post * 100) / people.length : 0;
        expect(share('professional.postgraduate').count).toBe(post);
        expect(Math.abs(share('professional.postgraduate').percent - exact)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        const women = people.filter(([p, a]) => p.gender === 'female' && a !== undefined && a >= 51 && a <= 55).length;
        expect(share('age.female_51_55').count).toBe(women);
        expect('age.male_56_60' in ind).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a rank among categories (8B ngạch and hạng rows) counts the people of that rank and category, whether counted by add or by the counting lane (addSlots)', () => {
    const ids = ['rank.civil_service.expert', 'rank.public_employee.grade_1', 'rank.public_employee.grade_5'];
    fc.assert(
      fc.property(fc.array(fc.tuple(person, fc.boolean()), { maxLength: 300 }), (people) => {
        const tally = new Tally();
        for (const [p, lane] of people) {
          const o = { ...p, studying: { professional: false, political_theory: false } } as unknown as Official;
          if (!lane) tally.add(o, undefined, 'unknown', 40);
          else {
            const slots = Uint8Array.from(DIMENSION_KEYS.map((d) => (d === 'age_band' ? 0 : (CATEGORY_KEYS[d] as readonly string[]).indexOf(p[d]))));
            tally.addSlots(o, slots, undefined, 'unknown', 40);
          }
        }
        const settings = {
          lang: 'vi' as const,
          decimals: 2,
          rounding: 'largest-remainder' as const,
          youngUnder: 40,
          bandKeys: bands.keys,
          extraIndicators: ids,
        };
        const ind = buildIndicators(tally, settings, buildDimensions(tally, settings));
        const n = (rank: string, vc: boolean) => people.filter(([p]) => p.rank === rank && (p.category === 'public_employee') === vc).length;
        expect((ind['rank.civil_service.expert'] as { count: number }).count).toBe(n('expert', false));
        expect((ind['rank.public_employee.grade_1'] as { count: number }).count).toBe(n('senior_expert', true));
        expect((ind['rank.public_employee.grade_5'] as { count: number }).count).toBe(n('employee', true));
        expect('rank.public_employee.grade_2' in ind).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
