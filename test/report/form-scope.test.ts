import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { formRun, keepEveryoneKey } from '../../src/report/form-scope.js';
import { parseWhere } from '../../src/stats/where.js';

const person = (category: string): Official => ({ category }) as unknown as Official;
const AT_2024 = { year: 2024, month: 12, day: 31 };

describe('formRun', () => {
  it('BM01 keeps công chức only and asks for the age-by-gender indicators of its columns', () => {
    const run = formRun('bm01', []);
    expect(run.extraIndicators).toEqual(['age.female_51_55', 'age.male_56_60']);
    expect(run.scope?.filter).toBe('category=công chức (BM01/BNV)');
    expect(['cadre', 'civil_servant', 'public_employee', 'unknown'].map((c) => run.scope!.keep(person(c), AT_2024))).toEqual([false, true, false, false]);
  });

  it('BM02 keeps cán bộ and công chức', () => {
    const run = formRun('bm02', []);
    expect(['cadre', 'civil_servant', 'public_employee', 'part_time'].map((c) => run.scope!.keep(person(c), AT_2024))).toEqual([true, true, false, false]);
  });

  it("a --where on category replaces the form's scope; one on another field does not", () => {
    expect(formRun('bm01', parseWhere(['category!=viên chức'])).scope).toBeUndefined();
    expect(formRun('bm01', parseWhere(['level!=commune'])).scope).toBeDefined();
  });

  it('8B-BTCTW keeps its levels whatever --where says, and no district person after 1/7/2025 (its district columns are empty)', () => {
    const at = (level: string, asOf = AT_2024): boolean =>
      formRun('btctw-8b', parseWhere(['level!=trung ương'])).scope!.keep({ level } as unknown as Official, asOf);
    expect(['central', 'province', 'district', 'commune', 'unknown'].map((l) => at(l))).toEqual([false, true, true, false, false]);
    expect(at('district', { year: 2025, month: 12, day: 31 })).toBe(false);
    expect(at('province', { year: 2025, month: 12, day: 31 })).toBe(true);
  });

  it('the --where that keeps everyone names a category nobody has, unknown first', () => {
    const run = formRun('bm01', []);
    expect(keepEveryoneKey(run, (k) => ({ cadre: 90, civil_servant: 190, public_employee: 20 })[k] ?? 0)).toBe('unknown');
    expect(keepEveryoneKey(run, (k) => ({ cadre: 9, civil_servant: 19, unknown: 2 })[k] ?? 0)).toBe('contract');
  });
});
