import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { congressFacts, congressYear, rulesAt, type CongressRules } from '../../src/stats/congress.js';
import { POLICY } from '../../src/vocab/policy.js';

// Chỉ thị 45-CT/TW's months (policy.json): commune 2025-07, district 2025-06, province 2025-09, central none.
const rules: CongressRules = { policy: POLICY };
const person = (level: string, year: number, month?: number): Official =>
  ({ level, birth: { year, month, day: month === undefined ? undefined : 15 }, gender: 'female', term: 'unknown' }) as unknown as Official;

describe('congress facts: young at the congress month', () => {
  it('a known level is told at its own month', () => {
    // Born 15/8/1985: 39 on 1/7/2025 (commune's month), 40 on 1/9/2025 (province's).
    expect(congressFacts(person('commune', 1985, 8), rules).young).toBe(true);
    expect(congressFacts(person('province', 1985, 8), rules).young).toBe(false);
  });

  it('an unknown level is young when young at every level month, not young at none, else untold', () => {
    expect(congressFacts(person('unknown', 1990, 1), rules).young).toBe(true);
    expect(congressFacts(person('unknown', 1970, 1), rules).young).toBe(false);
    // 39 at the June and July months, 40 at September's: the level decides, and it is not known.
    expect(congressFacts(person('unknown', 1985, 8), rules).young).toBeUndefined();
  });

  it('a birth year only is aged by the year difference, as every other age', () => {
    expect(congressFacts(person('commune', 1990), rules).young).toBe(true);
    expect(congressFacts(person('commune', 1980), rules).young).toBe(false);
  });
});

describe('compare: an earlier term at its own date', () => {
  it('the months are of the 2025 congresses; a roster dated before 2024 takes its own date', () => {
    expect(congressYear(POLICY)).toBe(2025);
    const compare: CongressRules = { policy: POLICY, ownDateBefore: 2024 };
    const end2020 = { year: 2020, month: 12, day: 31 };
    expect(rulesAt(compare, end2020).date).toEqual(end2020);
    expect(rulesAt(compare, { year: 2024, month: 12, day: 31 })).toBe(compare);
    // --congress-date, given, holds for every period.
    const given: CongressRules = { ...compare, date: { year: 2025, month: 10, day: 1 } };
    expect(rulesAt(given, end2020)).toBe(given);
    // Born 1982: 38 at the end of 2020 (young then), 43 at the 2025 months.
    expect(congressFacts(person('commune', 1982, 3), rulesAt(compare, end2020)).young).toBe(true);
    expect(congressFacts(person('commune', 1982, 3), compare).young).toBe(false);
  });
});
