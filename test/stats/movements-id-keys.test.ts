import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { matchPeriods } from '../../src/stats/movements.js';
import { idKey, PeriodPeople } from '../../src/stats/period-people.js';
import { PersonNames } from '../../src/stats/person-names.js';
import { person as somebody } from '../helpers/person.js';

// Invented people: ten in both periods, the 2025 roster with one more degree for the first.
const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Vũ Thị Gấm',
  'Đặng Văn Hải',
  'Bùi Thị Lan',
  'Đỗ Văn Minh',
  'Ngô Thị Nga',
];
function person(i: number, id: string | undefined, professional: Official['professional'] = 'university'): Official {
  return somebody(NAMES[i], {
    row: i + 2,
    ...(id !== undefined ? { id } : {}),
    gender: i % 2 ? 'female' : 'male',
    professional,
    birth: { year: 1970 + i, month: 3, day: 1 + i },
  });
}
function periods(oldIds: (i: number) => string | undefined, newIds: (i: number) => string | undefined): [PeriodPeople, PeriodPeople] {
  const names = new PersonNames();
  const older = new PeriodPeople(names);
  const newer = new PeriodPeople(names);
  NAMES.forEach((_, i) => older.add(person(i, oldIds(i))));
  NAMES.forEach((_, i) => newer.add(person(i, newIds(i), i === 0 ? 'master' : 'university')));
  return [older, newer];
}

describe('ids as matching compares them', () => {
  it.each([
    ['CB 01', 'CB01'],
    ['cb-1', 'CB01'],
    ['001', '1'],
    ['001090012345', '1090012345'],
    ['CB/007', 'cb 7'],
    ['001 090 012345', '001090012345'],
  ])('%s = %s', (a, b) => expect(idKey(a)).toBe(idKey(b)));

  it.each([
    ['CB01', 'CB10'],
    ['1', '10'],
    ['NV1', 'CB1'],
    ['XA1-12', 'XA11-2'],
  ])('%s ≠ %s', (a, b) => expect(idKey(a)).not.toBe(idKey(b)));

  it('"1" in one roster and "001" in the other are one person', () => {
    const [older, newer] = periods(
      (i) => String(i + 1),
      (i) => String(i + 1).padStart(3, '0'),
    );
    const m = matchPeriods(older, newer);
    expect([m.matchedBy, m.stayed, m.joined, m.left, m.idsDisagree]).toEqual(['id', 10, 0, 0, undefined]);
    expect(m.changes).toEqual([{ field: 'professional', from: 'university', to: 'master', count: 1 }]);
  });

  it('ids numbered apart (another scheme) match by name + birth, and say so', () => {
    const [older, newer] = periods(
      (i) => `CB${i + 1}`,
      (i) => `NV${100 + i}`,
    );
    const m = matchPeriods(older, newer);
    expect([m.matchedBy, m.stayed, m.joined, m.left]).toEqual(['name+birth', 10, 0, 0]);
    expect(m.idsDisagree).toEqual({ byId: 0, sameNameBirth: 0, byNameBirth: 10 });
    expect(m.changes).toEqual([{ field: 'professional', from: 'university', to: 'master', count: 1 }]);
  });

  it('row numbers used as ids, renumbered: matching by them would pair strangers', () => {
    // The 2025 roster lists the same people in reverse order, numbered 1–10 again: by id, "1" is An in 2020
    // and Nga in 2025 (name + birth disagree, but an id match pairs them anyway).
    const names = new PersonNames();
    const older = new PeriodPeople(names);
    const newer = new PeriodPeople(names);
    NAMES.forEach((_, i) => older.add(person(i, String(i + 1))));
    [...NAMES.keys()].reverse().forEach((i, k) => newer.add(person(i, String(k + 1), i === 0 ? 'master' : 'university')));
    const m = matchPeriods(older, newer);
    // By id ten pairs "stay", none of the same name and birth; by name + birth the ten stay as they are.
    expect([m.matchedBy, m.stayed, m.idsDisagree]).toEqual(['name+birth', 10, { byId: 10, sameNameBirth: 0, byNameBirth: 10 }]);
    expect(m.changes).toEqual([{ field: 'professional', from: 'university', to: 'master', count: 1 }]);
  });

  it('ids that agree are kept, even when a few people have another name', () => {
    const [older, newer] = periods(
      (i) => `04008000000${i}`,
      (i) => `04008000000${i}`,
    );
    const m = matchPeriods(older, newer);
    expect([m.matchedBy, m.stayed, m.idsDisagree]).toEqual(['id', 10, undefined]);
  });

  it('row numbers renumbered after one left: three strangers paired by id, so name + birth decides', () => {
    // 2020: ten people numbered 1–10; 2025: the eighth left, those after moved up, a new person is 10.
    const names = new PersonNames();
    const older = new PeriodPeople(names);
    const newer = new PeriodPeople(names);
    NAMES.forEach((_, i) => older.add(person(i, String(i + 1))));
    const stay = [...NAMES.keys()].filter((i) => i !== 7);
    stay.forEach((i, k) => newer.add(person(i, String(k + 1))));
    newer.add({ ...person(0, '10'), name: 'Trịnh Văn Quang', birth: { year: 1995, month: 1, day: 1 } });
    const m = matchPeriods(older, newer);
    expect([m.matchedBy, m.stayed, m.joined, m.left, m.changes]).toEqual(['name+birth', 9, 1, 1, []]);
    expect(m.idsDisagree).toEqual({ byId: 10, sameNameBirth: 7, byNameBirth: 9 });
  });

  it('an id typed for two people of a period: both matched by name + birth, everyone else by id', () => {
    const [older, newer] = periods(
      (i) => `04008000000${i}`,
      (i) => (i === 2 ? '040080000001' : `04008000000${i}`),
    );
    const m = matchPeriods(older, newer);
    expect([m.matchedBy, m.stayed, m.joined, m.left, m.ambiguous.older + m.ambiguous.newer]).toEqual(['id+name+birth', 10, 0, 0, 0]);
  });

  it('a few corrected names under ids that agree keep the ids', () => {
    const names = new PersonNames();
    const older = new PeriodPeople(names);
    const newer = new PeriodPeople(names);
    NAMES.forEach((_, i) => older.add(person(i, `CB${i}`)));
    NAMES.forEach((_, i) => newer.add(i < 2 ? { ...person(i, `CB${i}`), name: `${NAMES[i]} (sửa)` } : person(i, `CB${i}`)));
    const m = matchPeriods(older, newer);
    expect([m.matchedBy, m.stayed, m.idsDisagree]).toEqual(['id', 10, undefined]);
  });
});
