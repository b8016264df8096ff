import { NumberBuckets, type Buckets } from './number-buckets.js';
import { MOVEMENT_FIELDS, type MovementField, type PeriodPeople } from './period-people.js';
import { keyName, keyYear } from './person-names.js';

export interface MovementChange {
  field: MovementField;
  from: string;
  to: string;
  count: number;
}

export interface Movements {
  /** 'id+name+birth': people with an id in both periods by it, everyone else by name + birth. */
  matchedBy: 'id' | 'name+birth' | 'id+name+birth';
  stayed: number;
  joined: number;
  left: number;
  /** People whose key two or more people share in a period: reported, never guessed. */
  ambiguous: { older: number; newer: number; examples: string[] };
  /**
   * The ids are no numbering of the same people in both rosters (row codes renumbered, another scheme): the
   * people they pair (`byId`), of whom `sameNameBirth` have the same name and birth year in both, against
   * those name + birth pairs (`byNameBirth`); matched by name + birth, the counts kept to be said.
   */
  idsDisagree?: { byId: number; sameNameBirth: number; byNameBirth: number };
  changes: MovementChange[];
}

/** Whether everyone listed has a full birth date and no two share one. */
function distinctDates(period: PeriodPeople, list: readonly number[]): boolean {
  const dates = period.dates;
  if (list.length > SMALL) {
    const seen = new Set<number>();
    for (const i of list) {
      const d = dates[i];
      if (d === 0 || seen.has(d)) return false;
      seen.add(d);
    }
    return true;
  }
  // A few namesakes (the usual case): compared pairwise, nothing allocated.
  for (let j = 0; j < list.length; j++) {
    const d = dates[list[j]];
    if (d === 0) return false;
    for (let k = 0; k < j; k++) if (dates[list[k]] === d) return false;
  }
  return true;
}

/** Lists up to this long are searched pairwise rather than through a set or map. */
const SMALL = 16;

function bucket(period: PeriodPeople, byId: boolean): Buckets {
  if (!byId) return new NumberBuckets(period.keys);
  const m = new Map<string | number, number | number[]>();
  // Everyone has an id here (matchPeriods buckets by id only then): the list is the period's length.
  const keys = period.ids;
  for (let i = 0; i < period.size; i++) {
    const k = keys[i]!;
    const hit = m.get(k);
    if (hit === undefined) m.set(k, i);
    else if (typeof hit === 'number') m.set(k, [hit, i]);
    else hit.push(i);
  }
  return m;
}

/**
 * Some people have an id in both periods, some do not (a CCCD column filled for most): those with an id
 * on both sides are matched by it first, and everyone left over by name + birth.
 */
function matchIdsFirst(older: PeriodPeople, newer: PeriodPeople): Matched {
  const withId = (p: PeriodPeople, other: Set<string | undefined>): [number[], number[]] => {
    const both: number[] = [];
    const rest: number[] = [];
    for (let i = 0; i < p.size; i++) {
      const id = p.ids[i];
      (id !== undefined && other.has(id) ? both : rest).push(i);
    }
    return [both, rest];
  };
  const [oldBoth, oldRest] = withId(older, new Set(newer.ids));
  const [newBoth, newRest] = withId(newer, new Set(older.ids));
  const first = matchOnce(older.subset(oldBoth), newer.subset(newBoth), 'auto');
  const second = matchOnce(older.subset(oldRest), newer.subset(newRest), 'name+birth');
  const counts = new Map<string, MovementChange>();
  for (const c of [...first.changes, ...second.changes]) {
    const k = `${c.field}\u0000${c.from}\u0000${c.to}`;
    const had = counts.get(k);
    if (had) had.count += c.count;
    else counts.set(k, { ...c });
  }
  return {
    matchedBy: 'id+name+birth',
    sameKey: first.sameKey + second.sameKey,
    strangers: first.strangers,
    stayed: first.stayed + second.stayed,
    joined: first.joined + second.joined,
    left: first.left + second.left,
    ambiguous: {
      older: first.ambiguous.older + second.ambiguous.older,
      newer: first.ambiguous.newer + second.ambiguous.newer,
      examples: [...first.ambiguous.examples, ...second.ambiguous.examples].slice(0, 20),
    },
    changes: [...counts.values()].sort(
      (x, y) =>
        MOVEMENT_FIELDS.indexOf(x.field) - MOVEMENT_FIELDS.indexOf(y.field) || y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
    ),
  };
}

const asList = (hit: number | number[] | undefined): number[] => (hit === undefined ? [] : typeof hit === 'number' ? [hit] : hit);

/**
 * A matching, with how many of the pairs it made have the same name + birth year on both sides, and how
 * many differ in both name and birth (two people an id paired: "1" is someone else in each roster).
 */
type Matched = Movements & { sameKey: number; strangers: number };

/**
 * Matches the people of two consecutive periods: by id when everyone in both has one, else by folded
 * name + birth year (full dates, where both have them, must agree). A key shared by several people in
 * one period is ambiguous: those people are counted apart and named, not matched; an id two people of a
 * period share (a number typed twice) is dropped for them, who are matched by name + birth. Ids are no
 * numbering of both rosters (row numbers renumbered, "1" being another person in each; a new code scheme)
 * when the pairs they make with the same name + birth are fewer than half of the pairs name + birth makes,
 * or fewer at all while some id pairs two people of another name and birth: then name + birth decides, and
 * `idsDisagree` says so.
 */
export function matchPeriods(older: PeriodPeople, newer: PeriodPeople, mode: 'auto' | 'name+birth' = 'auto'): Movements {
  if (older.names !== newer.names) throw new Error('matchPeriods: the two periods number names apart (give them one PersonNames)');
  if (mode === 'auto' && older.withId > 0 && newer.withId > 0) {
    const shared = new Set([...older.sharedIds(), ...newer.sharedIds()]);
    if (shared.size > 0) {
      const all = (p: PeriodPeople): number[] => Array.from({ length: p.size }, (_, i) => i);
      return matchPeriods(older.subset(all(older), shared), newer.subset(all(newer), shared));
    }
  }
  const { sameKey, strangers, ...m } = matchOnce(older, newer, mode);
  if (m.matchedBy === 'name+birth') return m;
  const { sameKey: _, strangers: __, ...byName } = matchOnce(older, newer, 'name+birth');
  const apart = byName.stayed > 2 * sameKey || (strangers > 0 && byName.stayed > sameKey);
  return apart ? { ...byName, idsDisagree: { byId: m.stayed, sameNameBirth: sameKey, byNameBirth: byName.stayed } } : m;
}

function matchOnce(older: PeriodPeople, newer: PeriodPeople, mode: 'auto' | 'name+birth'): Matched {
  const allIds = older.size > 0 && newer.size > 0 && older.withId === older.size && newer.withId === newer.size;
  if (mode === 'auto' && !allIds && older.withId > 0 && newer.withId > 0) return matchIdsFirst(older, newer);
  const byId = mode === 'auto' && allIds;
  const a = bucket(older, byId);
  const b = bucket(newer, byId);
  const result: Matched = {
    matchedBy: byId ? 'id' : 'name+birth',
    stayed: 0,
    joined: 0,
    left: 0,
    ambiguous: { older: 0, newer: 0, examples: [] },
    changes: [],
    sameKey: 0,
    strangers: 0,
  };
  const changes = new Map<string, number>();
  const [oldKeys, newKeys] = [older.keys, newer.keys];
  const pair = (x: number, y: number): void => {
    result.stayed++;
    const [kx, ky] = [oldKeys[x], newKeys[y]];
    if (kx === ky) result.sameKey++;
    else if (keyName(kx) !== keyName(ky) && keyYear(kx) !== keyYear(ky)) result.strangers++;
    for (let f = 0; f < MOVEMENT_FIELDS.length; f++) {
      const from = older.dim(x, f);
      const to = newer.dim(y, f);
      // "unknown" on either side is a gap in the data (a column one roster lacks), not a change of level.
      if (from !== to && from !== 'unknown' && to !== 'unknown') {
        const k = `${MOVEMENT_FIELDS[f]}\u0000${from}\u0000${to}`;
        changes.set(k, (changes.get(k) ?? 0) + 1);
      }
    }
  };
  for (const [k, oldHit] of a) {
    const newHit = b.get(k);
    if (typeof oldHit === 'number' && (newHit === undefined || typeof newHit === 'number')) {
      if (newHit === undefined) {
        result.left++;
        continue;
      }
      const [dx, dy] = [older.dates[oldHit], newer.dates[newHit]];
      if (byId || dx === 0 || dy === 0 || dx === dy) pair(oldHit, newHit);
      else {
        result.left++;
        result.joined++;
      }
      continue;
    }
    const olds = asList(oldHit);
    const news = asList(newHit);
    if (!byId && distinctDates(older, olds) && distinctDates(newer, news)) {
      // Namesakes born the same year but on known, different days: the full date tells them apart.
      result.joined += news.length;
      if (news.length > SMALL) {
        const later = new Map(news.map((i) => [newer.dates[i], i]));
        for (const x of olds) {
          const y = later.get(older.dates[x]);
          if (y === undefined) result.left++;
          else {
            pair(x, y);
            result.joined--;
          }
        }
        continue;
      }
      for (const x of olds) {
        const d = older.dates[x];
        let y = -1;
        for (const i of news) if (newer.dates[i] === d) y = i;
        if (y < 0) result.left++;
        else {
          pair(x, y);
          result.joined--;
        }
      }
      continue;
    }
    result.ambiguous.older += olds.length;
    result.ambiguous.newer += news.length;
    if (result.ambiguous.examples.length < 20) result.ambiguous.examples.push(older.names.keyText(k));
  }
  for (const [k, newHit] of b) {
    if (a.has(k)) continue;
    if (typeof newHit !== 'number' && !(!byId && distinctDates(newer, newHit))) {
      result.ambiguous.newer += newHit.length;
      if (result.ambiguous.examples.length < 20) result.ambiguous.examples.push(older.names.keyText(k));
    } else result.joined += asList(newHit).length;
  }
  result.changes = [...changes.entries()]
    .map(([k, count]) => {
      const [field, from, to] = k.split('\u0000');
      return { field: field as MovementField, from, to, count };
    })
    .sort(
      (x, y) =>
        MOVEMENT_FIELDS.indexOf(x.field) - MOVEMENT_FIELDS.indexOf(y.field) || y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to),
    );
  return result;
}
