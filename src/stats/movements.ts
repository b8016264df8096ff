import type { Official } from '../model/official.js';
import { foldText } from '../normalize/fold-text.js';

/** The dimensions whose level changes are counted for people present in both periods. */
export const MOVEMENT_FIELDS = ['professional', 'political_theory', 'state_management', 'rank', 'general_education', 'party', 'category'] as const;
type MovementField = (typeof MOVEMENT_FIELDS)[number];

/** What is kept of one person to match them across periods: a few short strings, nothing more. */
interface PersonKey {
  id?: string;
  name: string;
  year?: number;
  date?: string;
  dims: string[];
}

/** People of one period, keyed for matching; memory is one small record per person. */
export class PeriodPeople {
  readonly people: PersonKey[] = [];
  withId = 0;

  add(o: Official): void {
    const b = o.birth;
    const date = b && b.month !== undefined && b.day !== undefined ? `${b.year}-${b.month}-${b.day}` : undefined;
    if (o.id) this.withId++;
    this.people.push({ id: o.id ? foldText(o.id) : undefined, name: foldText(o.name), year: b?.year, date, dims: MOVEMENT_FIELDS.map((f) => o[f]) });
  }
}

export interface MovementChange {
  field: MovementField;
  from: string;
  to: string;
  count: number;
}

export interface Movements {
  matchedBy: 'id' | 'name+birth';
  stayed: number;
  joined: number;
  left: number;
  /** People whose key two or more people share in a period: reported, never guessed. */
  ambiguous: { older: number; newer: number; examples: string[] };
  changes: MovementChange[];
}

function distinctDates(people: readonly PersonKey[]): boolean {
  return people.every((p) => p.date) && new Set(people.map((p) => p.date)).size === people.length;
}

function bucket(people: readonly PersonKey[], key: (p: PersonKey) => string): Map<string, PersonKey[]> {
  const m = new Map<string, PersonKey[]>();
  for (const p of people) {
    const k = key(p);
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  }
  return m;
}

/**
 * Matches the people of two consecutive periods: by id when everyone in both has one, else by folded
 * name + birth year (full dates, where both have them, must agree). A key shared by several people in
 * one period is ambiguous: those people are counted apart and named, not matched.
 */
export function matchPeriods(older: PeriodPeople, newer: PeriodPeople): Movements {
  const byId = older.people.length > 0 && newer.people.length > 0 && older.withId === older.people.length && newer.withId === newer.people.length;
  const key = byId ? (p: PersonKey) => p.id! : (p: PersonKey) => `${p.name}|${p.year ?? ''}`;
  const a = bucket(older.people, key);
  const b = bucket(newer.people, key);
  const result: Movements = { matchedBy: byId ? 'id' : 'name+birth', stayed: 0, joined: 0, left: 0, ambiguous: { older: 0, newer: 0, examples: [] }, changes: [] };
  const changes = new Map<string, number>();
  const pair = (x: PersonKey, y: PersonKey): void => {
    result.stayed++;
    MOVEMENT_FIELDS.forEach((f, i) => {
      // "unknown" on either side is a gap in the data (a column one roster lacks), not a change of level.
      if (x.dims[i] !== y.dims[i] && x.dims[i] !== 'unknown' && y.dims[i] !== 'unknown') {
        const k = `${f}\u0000${x.dims[i]}\u0000${y.dims[i]}`;
        changes.set(k, (changes.get(k) ?? 0) + 1);
      }
    });
  };
  for (const [k, olds] of a) {
    const news = b.get(k) ?? [];
    if (olds.length === 1 && news.length === 1) {
      const [x, y] = [olds[0], news[0]];
      if (byId || !x.date || !y.date || x.date === y.date) pair(x, y);
      else {
        result.left++;
        result.joined++;
      }
    } else if (olds.length > 1 || news.length > 1) {
      if (!byId && distinctDates(olds) && distinctDates(news)) {
        // Namesakes born the same year but on known, different days: the full date tells them apart.
        const later = new Map(news.map((p) => [p.date!, p]));
        for (const x of olds) {
          const y = later.get(x.date!);
          if (y) {
            pair(x, y);
            later.delete(x.date!);
          } else result.left++;
        }
        result.joined += later.size;
        continue;
      }
      result.ambiguous.older += olds.length;
      result.ambiguous.newer += news.length;
      if (result.ambiguous.examples.length < 20) result.ambiguous.examples.push(k);
    } else result.left += olds.length;
  }
  for (const [k, news] of b) {
    if (a.has(k)) continue;
    if (news.length > 1 && !(!byId && distinctDates(news))) {
      result.ambiguous.newer += news.length;
      if (result.ambiguous.examples.length < 20) result.ambiguous.examples.push(k);
    } else result.joined += news.length;
  }
  result.changes = [...changes.entries()]
    .map(([k, count]) => {
      const [field, from, to] = k.split('\u0000');
      return { field: field as MovementField, from, to, count };
    })
    .sort((x, y) => MOVEMENT_FIELDS.indexOf(x.field) - MOVEMENT_FIELDS.indexOf(y.field) || y.count - x.count || x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
  return result;
}
