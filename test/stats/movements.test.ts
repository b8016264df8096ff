import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { matchPeriods } from '../../src/stats/movements.js';
import { PeriodPeople } from '../../src/stats/period-people.js';
import { PersonNames } from '../../src/stats/person-names.js';
import { person } from '../helpers/person.js';
import { NumberBuckets } from '../../src/stats/number-buckets.js';
import { mulberry32 } from '../../scripts/fixtures/people.js';

const names = new PersonNames();

function period(people: Official[]): PeriodPeople {
  const p = new PeriodPeople(names);
  people.forEach((o) => p.add(o));
  return p;
}

describe('matchPeriods', () => {
  it('matches by id when everyone has one, and counts level changes of stayers', () => {
    const older = period([person('A', { id: 'CB1' }), person('B', { id: 'CB2' }), person('C', { id: 'CB3' })]);
    const newer = period([
      person('A đổi tên', { id: 'cb1', professional: 'master' }),
      person('B', { id: 'CB2', political_theory: 'advanced' }),
      person('D', { id: 'CB4' }),
    ]);
    const m = matchPeriods(older, newer);
    expect(m).toMatchObject({ matchedBy: 'id', stayed: 2, joined: 1, left: 1 });
    expect(m.changes).toEqual([
      { field: 'professional', from: 'university', to: 'master', count: 1 },
      { field: 'political_theory', from: 'intermediate', to: 'advanced', count: 1 },
    ]);
  });

  it('falls back to folded name + birth, matching a year-only birth on its year', () => {
    const older = period([person('Nguyễn Văn Hoà', { birth: { year: 1975 } }), person('Lê Thị Lan', { birth: { year: 1980, month: 1, day: 2 } })]);
    const newer = period([
      person('NGUYỄN VĂN HÒA', { id: 'X1', birth: { year: 1975, month: 3, day: 4 } }),
      person('Lê Thị Lan', { birth: { year: 1980, month: 1, day: 2 } }),
    ]);
    expect(matchPeriods(older, newer)).toMatchObject({ matchedBy: 'name+birth', stayed: 2, joined: 0, left: 0 });
  });

  it('does not match two people whose full birth dates differ', () => {
    const m = matchPeriods(
      period([person('Trần An', { birth: { year: 1980, month: 1, day: 2 } })]),
      period([person('Trần An', { birth: { year: 1980, month: 7, day: 9 } })]),
    );
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

// A naive restatement of the matching rules, to hold the fast matcher to on crowded random periods:
// few names, years and days, so keys are shared by one, a few, or more than sixteen people.
function naive(older: Official[], newer: Official[]) {
  const key = (o: Official) => `${o.name.toLowerCase()}|${o.birth?.year}`;
  const day = (o: Official) => (o.birth?.month !== undefined && o.birth.day !== undefined ? `${o.birth.month}-${o.birth.day}` : '');
  const groups = (list: Official[]) => {
    const m = new Map<string, Official[]>();
    for (const o of list) m.set(key(o), [...(m.get(key(o)) ?? []), o]);
    return m;
  };
  const distinct = (list: Official[]) => list.every((o) => day(o) !== '') && new Set(list.map(day)).size === list.length;
  const a = groups(older);
  const b = groups(newer);
  const r = { stayed: 0, joined: 0, left: 0, ambiguousOlder: 0, ambiguousNewer: 0, professional: 0 };
  const pair = (x: Official, y: Official) => {
    r.stayed++;
    if (x.professional !== y.professional) r.professional++;
  };
  for (const [k, olds] of a) {
    const news = b.get(k) ?? [];
    if (olds.length === 1 && news.length <= 1) {
      if (news.length === 0) r.left++;
      else if (day(olds[0]) === '' || day(news[0]) === '' || day(olds[0]) === day(news[0])) pair(olds[0], news[0]);
      else (r.left++, r.joined++);
    } else if (distinct(olds) && distinct(news)) {
      for (const x of olds) {
        const y = news.find((n) => day(n) === day(x));
        if (y) pair(x, y);
        else r.left++;
      }
      r.joined += news.filter((n) => !olds.some((x) => day(x) === day(n))).length;
    } else ((r.ambiguousOlder += olds.length), (r.ambiguousNewer += news.length));
  }
  for (const [k, news] of b) {
    if (a.has(k)) continue;
    if (news.length > 1 && !distinct(news)) r.ambiguousNewer += news.length;
    else r.joined += news.length;
  }
  return r;
}

describe('matchPeriods on crowded random periods', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with the naive rules (seed %i)', (seed) => {
    const rnd = mulberry32(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const names = ['An', 'Bình', 'Chi', 'Dũng'];
    const levels = ['university', 'master', 'college'] as const;
    const make = (n: number, spread: number) =>
      Array.from({ length: n }, () => {
        const year = 1980 + Math.floor(rnd() * 2);
        const birth = rnd() < 0.1 ? { year } : { year, month: 1 + Math.floor(rnd() * spread), day: 1 + Math.floor(rnd() * 28) };
        return person(pick(names), { birth, professional: pick(levels) });
      });
    // Spread across months and days makes most groups' dates distinct; a narrow spread makes clashes.
    const older = make(20 + Math.floor(rnd() * 200), seed % 2 ? 12 : 1);
    const newer = [
      ...older.filter(() => rnd() < 0.7).map((o) => (rnd() < 0.3 ? { ...o, professional: pick(levels) } : o)),
      ...make(Math.floor(rnd() * 60), 12),
    ];
    const m = matchPeriods(period(older), period(newer));
    const want = naive(older, newer);
    expect({
      stayed: m.stayed,
      joined: m.joined,
      left: m.left,
      ambiguousOlder: m.ambiguous.older,
      ambiguousNewer: m.ambiguous.newer,
      professional: m.changes.filter((c) => c.field === 'professional').reduce((s, c) => s + c.count, 0),
    }).toEqual(want);
    expect(m.stayed + m.left + m.ambiguous.older).toBe(older.length);
    expect(m.stayed + m.joined + m.ambiguous.newer).toBe(newer.length);
  });
});

describe('PersonNames by shared-string index', () => {
  it('gives a name read by index the number it has by text, in each table and across tables', () => {
    const own = new PersonNames();
    const older = { strings: ['Nguyễn Văn An', 'Lê Thị Lan', 'Trần Bình'] };
    const newer = { strings: ['Trần Bình', 'Phạm Hoa', 'Nguyễn Văn An'] };
    const byText = own.indexOf('Lê Thị Lan');
    expect(own.indexOfShared('Lê Thị Lan', older, 1)).toBe(byText);
    const an = own.indexOfShared('Nguyễn Văn An', older, 0);
    // Asked again by index (now from the table's numbers) and from the other table at another index.
    expect(own.indexOfShared('Nguyễn Văn An', older, 0)).toBe(an);
    expect(own.indexOfShared('Nguyễn Văn An', newer, 2)).toBe(an);
    expect(own.indexOf('nguyễn văn an')).toBe(an);
    const binh = own.indexOfShared('Trần Bình', newer, 0);
    own.endOfWorkbooks();
    expect(own.indexOfShared('Trần Bình', older, 2)).toBe(binh);
    expect(new Set([byText, an, binh, own.indexOfShared('Phạm Hoa', newer, 1)]).size).toBe(4);
  });

  it('matches people whose names come by index exactly as by text', () => {
    const table = { strings: ['Nguyễn Văn Hoà', 'Lê Thị Lan'] };
    const byIndex = (k: number, over: Partial<Official> = {}): Official => person(table.strings[k], { nameTable: () => table, nameIndex: () => k, ...over });
    const older = period([byIndex(0, { birth: { year: 1975 } }), byIndex(1)]);
    const newer = period([person('Nguyễn Văn Hoà', { birth: { year: 1975 }, professional: 'master' }), person('Lê Thị Lan')]);
    expect(matchPeriods(older, newer)).toMatchObject({ matchedBy: 'name+birth', stayed: 2, joined: 0, left: 0 });
  });
});

describe('NumberBuckets', () => {
  it('answers as a Map of key → index or indices built in row order would, keys in first-seen order', () => {
    const rnd = mulberry32(17);
    for (const n of [0, 1, 7, 100, 5000]) {
      // Name numbers × 4096 + a year (4095: none), some past 2^32, many shared (namesakes born the same year).
      const keys = Array.from(
        { length: n },
        () => Math.floor(rnd() * Math.max(1, n / 3)) * (rnd() < 0.1 ? 4294967296 : 4096) + (rnd() < 0.2 ? 4095 : 1960 + Math.floor(rnd() * 3)),
      );
      const want = new Map<number, number | number[]>();
      keys.forEach((k, i) => {
        const hit = want.get(k);
        want.set(k, hit === undefined ? i : typeof hit === 'number' ? [hit, i] : [...hit, i]);
      });
      const got = new NumberBuckets(keys);
      expect([...got]).toEqual([...want]);
      for (const k of [...want.keys()].slice(0, 50)) {
        expect(got.get(k)).toEqual(want.get(k));
        expect(got.has(k)).toBe(true);
      }
      for (const absent of [-1, 4095.5, 2 ** 52, 123 * 4096 + 1999]) {
        if (want.has(absent)) continue;
        expect(got.get(absent)).toBeUndefined();
        expect(got.has(absent)).toBe(false);
      }
    }
  });
});
