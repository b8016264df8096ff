import { describe, expect, it } from 'vitest';
import { monthsBetween, retirementMonth } from '../../src/stats/retirement.js';
import { POLICY } from '../../src/vocab/policy.js';

const R = POLICY.retirement;

// Checked by hand against the schedule of Bộ luật Lao động 2019 / Nghị định 135/2020 (Phụ lục I):
// men 60y3m in 2021, +3 months a year, 62 from 2028; women 55y4m in 2021, +4 months a year, 60 from 2035;
// the age is the one of the year in which it is reached.
describe('retirementMonth', () => {
  it.each([
    // man born 1/1961: 2021 age 60y3m → 4/2021 (Phụ lục I's first row)
    [{ year: 1961, month: 1 }, 'male', { year: 2021, month: 4 }],
    // man born 9/1961: 60y3m → 12/2021, still in 2021
    [{ year: 1961, month: 9 }, 'male', { year: 2021, month: 12 }],
    // man born 10/1961: 60y3m would be 1/2022, so the 2022 age 60y6m applies → 4/2022
    [{ year: 1961, month: 10 }, 'male', { year: 2022, month: 4 }],
    // man born 7/1962: 2022 age → 1/2023, so the 2023 age 60y9m → 4/2023
    [{ year: 1962, month: 7 }, 'male', { year: 2023, month: 4 }],
    // man born 1966/8: 61y9m (2027) → 5/2028, so the 2028 age 62 → 8/2028
    [{ year: 1966, month: 8 }, 'male', { year: 2028, month: 8 }],
    // man born 1970/3: 62 → 3/2032
    [{ year: 1970, month: 3 }, 'male', { year: 2032, month: 3 }],
    // man born 1960/5: before 2021 the age was 60 → 5/2020
    [{ year: 1960, month: 5 }, 'male', { year: 2020, month: 5 }],
    // woman born 1/1966: 55y4m → 5/2021
    [{ year: 1966, month: 1 }, 'female', { year: 2021, month: 5 }],
    // woman born 1969/10: 2025 age 56y8m → 6/2026 (not 2025), 2026 age 57 → 10/2026
    [{ year: 1969, month: 10 }, 'female', { year: 2026, month: 10 }],
    // woman born 1975/3: 59y4m (2033) → 7/2034, so the 2034 age 59y8m → 11/2034
    [{ year: 1975, month: 3 }, 'female', { year: 2034, month: 11 }],
    // woman born 1980/1: 60 (2035 on) → 1/2040
    [{ year: 1980, month: 1 }, 'female', { year: 2040, month: 1 }],
  ] as const)('born %o, %s → %o', (birth, gender, want) => {
    expect(retirementMonth(birth, gender, R)).toEqual(want);
  });

  it('never retires anyone earlier than someone born before them', () => {
    for (const gender of ['male', 'female'] as const) {
      let last = 0;
      for (let y = 1955; y < 1990; y++) {
        for (let m = 1; m <= 12; m++) {
          const r = retirementMonth({ year: y, month: m }, gender, R);
          const at = r.year * 12 + r.month;
          expect(at).toBeGreaterThanOrEqual(last);
          last = at;
        }
      }
    }
  });

  it('counts whole months between two months', () => {
    expect(monthsBetween({ year: 2025, month: 9 }, { year: 2030, month: 9 })).toBe(60);
    expect(monthsBetween({ year: 2025, month: 9 }, { year: 2029, month: 8 })).toBe(47);
  });
});
