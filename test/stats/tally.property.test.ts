import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { DIMENSION_KEYS } from '../../src/model/dimensions.js';
import { DIMENSION_SLOTS, Tally } from '../../src/stats/accumulate.js';

// Tally counts a key equal to the dimension's previous one without a search, and finds any other among the
// dimension's keys (the vocabulary's first, then any other met); in any order of people every count must be
// what counting one by one gives. Ranks come with keys outside the vocabulary too, and some as new strings
// equal to an earlier one's text.
const RANKS = Array.from({ length: 20 }, (_, i) => `rank_${i}`);
describe('Tally', () => {
  const person = fc.record({
    gender: fc.constantFrom('male', 'female', 'unknown'),
    ethnicity: fc.constantFrom('kinh', 'tay', 'unknown'),
    rank: fc.oneof(
      fc.constantFrom('chuyen_vien', 'chuyen_vien_chinh', 'unknown', '', ...RANKS),
      fc.nat(19).map((i) => ['rank', String(i)].join('_')),
    ),
    band: fc.constantFrom('under_30', '30_40', 'unknown'),
  });

  it('counts every key as a naive count does', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 30, maxLength: 200, size: 'max' }), (people) => {
        const t = new Tally();
        const naive = new Map<string, number>();
        for (const p of people) {
          const o = {
            gender: p.gender,
            ethnicity: p.ethnicity,
            religion: 'none',
            party: 'member',
            general_education: '12_12',
            professional: 'university',
            political_theory: 'none',
            state_management: 'none',
            rank: p.rank,
            origin: 'local',
            category: 'cong_chuc',
            level: 'commune',
            studying: { professional: false, political_theory: false },
          } as unknown as Official;
          t.add(o, undefined, p.band, 30);
          for (const [dim, key] of [
            ['gender', p.gender],
            ['ethnicity', p.ethnicity],
            ['rank', p.rank],
            ['age_band', p.band],
          ] as const)
            naive.set(`${dim}/${key}`, (naive.get(`${dim}/${key}`) ?? 0) + 1);
        }
        expect(t.population).toBe(people.length);
        for (const dim of ['gender', 'ethnicity', 'rank', 'age_band'] as const) {
          for (const key of ['male', 'female', 'unknown', 'kinh', 'tay', 'chuyen_vien', 'chuyen_vien_chinh', '', 'under_30', '30_40', ...RANKS]) {
            expect(t.count(dim, key), `${dim}/${key}`).toBe(naive.get(`${dim}/${key}`) ?? 0);
          }
        }
        expect(t.count('religion', 'none')).toBe(people.length);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  // The counting lane hands each person's categories in as slots of the vocabulary's lists: counted so, a
  // population gives the counts that adding the same people by key gives.
  const vocabulary = DIMENSION_KEYS.map((d, i) => fc.nat(Math.max(DIMENSION_SLOTS[i].length - 1, 0)).map((slot) => ({ d, slot })));
  it('counts people by slot as by key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.tuple(...vocabulary), fc.constantFrom('under_30', '30_40', 'unknown'), fc.option(fc.nat(70), { nil: undefined })), {
          minLength: 1,
          maxLength: 120,
        }),
        (people) => {
          const byKey = new Tally();
          const bySlot = new Tally();
          for (const [cats, band, age] of people) {
            const o = { studying: { professional: age === 7, political_theory: false }, birth: age === undefined ? undefined : { year: 1980 } } as Record<
              string,
              unknown
            >;
            const slots = new Uint8Array(DIMENSION_KEYS.length);
            for (const { d, slot } of cats) {
              if (d === 'age_band') continue;
              o[d] = DIMENSION_SLOTS[DIMENSION_KEYS.indexOf(d)][slot];
              slots[DIMENSION_KEYS.indexOf(d)] = slot;
            }
            byKey.add(o as unknown as Official, age, band, 30);
            bySlot.addSlots(o as unknown as Official, slots, age, band, 30);
          }
          expect(bySlot.population).toBe(people.length);
          for (const [i, d] of DIMENSION_KEYS.entries())
            for (const key of d === 'age_band' ? ['under_30', '30_40', 'unknown'] : DIMENSION_SLOTS[i])
              expect(bySlot.count(d, key), `${d}/${key}`).toBe(byKey.count(d, key));
          expect([bySlot.studying, bySlot.ageSum, bySlot.ageKnown, bySlot.young, bySlot.yearOnlyAges]).toEqual([
            byKey.studying,
            byKey.ageSum,
            byKey.ageKnown,
            byKey.young,
            byKey.yearOnlyAges,
          ]);
          expect([...bySlot.agesOf.female, ...bySlot.agesOf.male]).toEqual([...byKey.agesOf.female, ...byKey.agesOf.male]);
        },
      ),
      { numRuns: 200, seed: 17 },
    );
  });
});
