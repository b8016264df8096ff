import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { Tally } from '../../src/stats/accumulate.js';

// Tally counts a key equal to the dimension's previous one without a lookup, and a dimension's first few
// keys by comparing with each; in any order of people every count must be what counting one by one gives.
// Ranks have more keys than are compared, and some come as new strings equal to an earlier one's text.
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
});
