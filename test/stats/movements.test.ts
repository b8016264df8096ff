import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { matchPeriods, PeriodPeople } from '../../src/stats/movements.js';

function person(name: string, over: Partial<Official> = {}): Official {
  return {
    file: 'f.xlsx', sheet: 'DS', row: 1, name, gender: 'male', ethnicity: 'kinh', religion: 'none', party: 'member',
    general_education: 'upper_secondary', professional: 'university', political_theory: 'intermediate', state_management: 'expert',
    rank: 'expert', origin: 'unknown', category: 'civil_servant', level: 'commune', studying: { professional: false, political_theory: false },
    columns: {}, birth: { year: 1980, month: 5, day: 1 }, ...over,
  };
}

function period(people: Official[]): PeriodPeople {
  const p = new PeriodPeople();
  people.forEach((o) => p.add(o));
  return p;
}

describe('matchPeriods', () => {
  it('matches by id when everyone has one, and counts level changes of stayers', () => {
    const older = period([person('A', { id: 'CB1' }), person('B', { id: 'CB2' }), person('C', { id: 'CB3' })]);
    const newer = period([person('A đổi tên', { id: 'cb1', professional: 'master' }), person('B', { id: 'CB2', political_theory: 'advanced' }), person('D', { id: 'CB4' })]);
    const m = matchPeriods(older, newer);
    expect(m).toMatchObject({ matchedBy: 'id', stayed: 2, joined: 1, left: 1 });
    expect(m.changes).toEqual([
      { field: 'professional', from: 'university', to: 'master', count: 1 },
      { field: 'political_theory', from: 'intermediate', to: 'advanced', count: 1 },
    ]);
  });

  it('falls back to folded name + birth, matching a year-only birth on its year', () => {
    const older = period([person('Nguyễn Văn Hoà', { birth: { year: 1975 } }), person('Lê Thị Lan', { birth: { year: 1980, month: 1, day: 2 } })]);
    const newer = period([person('NGUYỄN VĂN HÒA', { id: 'X1', birth: { year: 1975, month: 3, day: 4 } }), person('Lê Thị Lan', { birth: { year: 1980, month: 1, day: 2 } })]);
    expect(matchPeriods(older, newer)).toMatchObject({ matchedBy: 'name+birth', stayed: 2, joined: 0, left: 0 });
  });

  it('does not match two people whose full birth dates differ', () => {
    const m = matchPeriods(period([person('Trần An', { birth: { year: 1980, month: 1, day: 2 } })]), period([person('Trần An', { birth: { year: 1980, month: 7, day: 9 } })]));
    expect(m).toMatchObject({ stayed: 0, joined: 1, left: 1 });
  });

  it('reports people who share a key instead of guessing', () => {
    const twins = [person('Phạm Hùng'), person('Phạm Hùng')];
    const m = matchPeriods(period([...twins, person('Vũ Mai')]), period([person('Phạm Hùng'), person('Vũ Mai')]));
    expect(m.stayed).toBe(1);
    expect(m.ambiguous).toEqual({ older: 2, newer: 1, examples: ['phạm hùng|1980'] });
    expect(m.stayed + m.left + m.ambiguous.older).toBe(3);
    expect(m.stayed + m.joined + m.ambiguous.newer).toBe(2);
  });
});

describe('matchPeriods with namesakes', () => {
  it('tells namesakes born the same year apart by their full birth dates', () => {
    const a = person('Phạm Hùng', { birth: { year: 1980, month: 1, day: 1 } });
    const b = person('Phạm Hùng', { birth: { year: 1980, month: 6, day: 6 }, professional: 'college' });
    const m = matchPeriods(period([a, b]), period([{ ...a, professional: 'master' }, b, person('Phạm Hùng', { birth: { year: 1980, month: 9, day: 9 } })]));
    expect(m).toMatchObject({ stayed: 2, joined: 1, left: 0, ambiguous: { older: 0, newer: 0, examples: [] } });
    expect(m.changes).toEqual([{ field: 'professional', from: 'university', to: 'master', count: 1 }]);
  });
});
