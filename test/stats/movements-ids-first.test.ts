import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { matchPeriods } from '../../src/stats/movements.js';
import { PeriodPeople } from '../../src/stats/period-people.js';
import { PersonNames } from '../../src/stats/person-names.js';
import { person } from '../helpers/person.js';
import { mulberry32 } from '../../scripts/fixtures/people.js';

const names = new PersonNames();

function period(people: Official[]): PeriodPeople {
  const p = new PeriodPeople(names);
  people.forEach((o) => p.add(o));
  return p;
}

describe('matchPeriods when only some people have an id', () => {
  it('matches by id first (a changed name still matches), then the rest by name + birth', () => {
    const older = period([
      person('Nguyễn Văn An', { id: '040080000001' }),
      person('Trần Thị Bình', { id: '040080000002' }),
      person('Lê Văn Cường'),
      person('Phạm Văn Dũng', { id: '040080000004' }),
    ]);
    const newer = period([
      // Same id, name spelt otherwise and a new degree: the same person.
      person('Nguyễn Văn Ân', { id: '040080000001', professional: 'master' }),
      // No id this time: found by name + birth.
      person('Trần Thị Bình'),
      person('Lê Văn Cường', { id: '040080000003' }),
      person('Hoàng Văn Em', { id: '040080000005' }),
    ]);
    const m = matchPeriods(older, newer);
    expect(m).toMatchObject({ matchedBy: 'id+name+birth', stayed: 3, joined: 1, left: 1 });
    expect(m.changes).toEqual([{ field: 'professional', from: 'university', to: 'master', count: 1 }]);
  });

  it('matches the people after the last id by name + birth (a period keeps ids only up to its last one)', () => {
    const older = period([person('Nguyễn Văn An', { id: '040080000001' }), person('Trần Thị Bình'), person('Lê Văn Cường')]);
    const newer = period([person('Nguyễn Văn An', { id: '040080000001' }), person('Lê Văn Cường'), person('Trần Thị Bình', { professional: 'master' })]);
    expect(older.ids.length).toBeLessThan(older.size);
    const m = matchPeriods(older, newer);
    expect(m).toMatchObject({ matchedBy: 'id+name+birth', stayed: 3, joined: 0, left: 0 });
    expect(m.changes).toEqual([{ field: 'professional', from: 'university', to: 'master', count: 1 }]);
  });

  it.each([1, 2, 3, 4])('accounts for everyone on random periods (seed %i)', (seed) => {
    const rnd = mulberry32(seed);
    const make = (n: number, base: number) =>
      Array.from({ length: n }, (_, i) =>
        person(['An', 'Bình', 'Chi'][i % 3], {
          id: rnd() < 0.6 ? `ID${base + i}` : undefined,
          birth: { year: 1980 + (i % 3), month: 1 + (i % 12), day: 1 + (i % 28) },
        }),
      );
    const older = make(40 + Math.floor(rnd() * 60), 0);
    const newer = [...older.filter(() => rnd() < 0.7).map((o) => (rnd() < 0.3 ? { ...o, id: undefined } : o)), ...make(Math.floor(rnd() * 30), 1000)];
    const m = matchPeriods(period(older), period(newer));
    expect(m.stayed + m.left + m.ambiguous.older).toBe(older.length);
    expect(m.stayed + m.joined + m.ambiguous.newer).toBe(newer.length);
  });
});
