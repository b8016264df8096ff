import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { formRun, keepEveryoneKey } from '../../src/report/form-scope.js';
import { parseWhere } from '../../src/stats/where.js';

const person = (category: string): Official => ({ category }) as unknown as Official;

describe('formRun', () => {
  it('BM01 keeps công chức only and asks for the age-by-gender indicators of its columns', () => {
    const run = formRun('bm01', []);
    expect(run.extraIndicators).toEqual(['age.female_51_55', 'age.male_56_60']);
    expect(run.scope?.filter).toBe('category=công chức (BM01/BNV)');
    expect(['cadre', 'civil_servant', 'public_employee', 'unknown'].map((c) => run.scope!.keep(person(c)))).toEqual([false, true, false, false]);
  });

  it('BM02 keeps cán bộ and công chức', () => {
    const run = formRun('bm02', []);
    expect(['cadre', 'civil_servant', 'public_employee', 'part_time'].map((c) => run.scope!.keep(person(c)))).toEqual([true, true, false, false]);
  });

  it("a --where on category replaces the form's scope; one on another field does not", () => {
    expect(formRun('bm01', parseWhere(['category!=viên chức'])).scope).toBeUndefined();
    expect(formRun('bm01', parseWhere(['level!=commune'])).scope).toBeDefined();
  });

  it('the --where that keeps everyone names a category nobody has, unknown first', () => {
    const run = formRun('bm01', []);
    expect(keepEveryoneKey(run, (k) => ({ cadre: 90, civil_servant: 190, public_employee: 20 })[k] ?? 0)).toBe('unknown');
    expect(keepEveryoneKey(run, (k) => ({ cadre: 9, civil_servant: 19, unknown: 2 })[k] ?? 0)).toBe('contract');
  });
});
