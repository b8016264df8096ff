import type { NameTable, Official } from '../model/official.js';
import { foldText, foldTextUncached } from '../normalize/fold-text.js';
import { maskId } from '../normalize/person-id.js';
import { NumberBuckets, type Buckets } from './number-buckets.js';

/** The dimensions whose level changes are counted for people present in both periods. */
export const MOVEMENT_FIELDS = ['professional', 'political_theory', 'state_management', 'rank', 'general_education', 'party', 'category'] as const;
type MovementField = (typeof MOVEMENT_FIELDS)[number];

/**
 * People of one period, kept for matching as columns (no object per person): the folded id, the
 * folded name + birth year key, the full birth date as yyyymmdd (0 when not known) and one byte per
 * movement field for its category. A million people take a few tens of MB.
 */
export class PeriodPeople {
  /**
   * The folded ids, by person; made only once someone has one (a roster without ids keeps none), so it
   * may be shorter than the period: a person past its end has no id.
   */
  readonly ids: Array<string | undefined> = [];
  /**
   * Name + birth year as one number: the name's number in `names` × 4096 + the year (4095: no year). A
   * typed array grown by doubling, as `dates`: pushing a million numbers onto a plain array cost ~0.1 s
   * per period (its growth copies into new memory each time).
   */
  private keyList = new Float64Array(1024);
  private count = 0;
  dates = new Int32Array(1024);
  dims = new Uint8Array(1024 * MOVEMENT_FIELDS.length);
  withId = 0;
  private readonly codes = MOVEMENT_FIELDS.map(() => new Map<string, number>());
  readonly values: string[][] = MOVEMENT_FIELDS.map(() => []);

  /** `names`: shared by every period of one comparison (the keys number names in it). */
  constructor(readonly names: PersonNames) {}

  get size(): number {
    return this.count;
  }

  /** The name + birth year keys of the people, in order. */
  get keys(): Float64Array {
    return this.keyList.subarray(0, this.count);
  }

  add(o: Official): void {
    const i = this.count;
    if (i === this.dates.length) this.grow();
    const b = o.birth;
    this.dates[i] = b && b.month !== undefined && b.day !== undefined ? b.year * 10000 + b.month * 100 + b.day : 0;
    if (o.id) this.setId(i, foldText(o.id));
    const table = o.nameTable?.();
    const name = table ? this.names.indexOfShared(o.name, table, o.nameIndex!()) : this.names.indexOf(o.name);
    this.keyList[i] = name * 4096 + (b && b.year > 0 && b.year < 4095 ? b.year : 4095);
    this.count = i + 1;
    // The fields by name, in MOVEMENT_FIELDS order (a read by a field name in a variable is a slow lookup per person).
    const base = i * MOVEMENT_FIELDS.length;
    const dims = this.dims;
    dims[base] = this.code(0, o.professional);
    dims[base + 1] = this.code(1, o.political_theory);
    dims[base + 2] = this.code(2, o.state_management);
    dims[base + 3] = this.code(3, o.rank);
    dims[base + 4] = this.code(4, o.general_education);
    dims[base + 5] = this.code(5, o.party);
    dims[base + 6] = this.code(6, o.category);
  }

  /** Person `i`'s id (the people before without one: none, never holes in the list). */
  private setId(i: number, id: string): void {
    const ids = this.ids;
    while (ids.length < i) ids.push(undefined);
    ids.push(id);
    this.withId++;
  }

  /** The category of person `i` in movement field `f`. */
  dim(i: number, f: number): string {
    return this.values[f][this.dims[i * MOVEMENT_FIELDS.length + f]];
  }

  private code(f: number, value: string): number {
    // A field has a handful of categories: the first few are found by a scan of its list (the vocabulary's
    // own strings, compared by identity first), seven map lookups per person cost more.
    const known = this.values[f];
    const scan = known.length < 16 ? known.length : 16;
    for (let k = 0; k < scan; k++) if (known[k] === value) return k;
    let c = this.codes[f].get(value);
    if (c === undefined) {
      c = this.values[f].push(value) - 1;
      // Category keys per field are a handful; past 255 the extra ones share the last code (never happens with the vocabulary).
      c = Math.min(c, 255);
      this.codes[f].set(value, c);
    }
    return c;
  }

  /** The people at `indices`, as a period of their own (sharing this period's category codes). */
  subset(indices: readonly number[]): PeriodPeople {
    const out = new PeriodPeople(this.names);
    const n = MOVEMENT_FIELDS.length;
    out.dates = new Int32Array(Math.max(1024, indices.length));
    out.dims = new Uint8Array(Math.max(1024, indices.length) * n);
    out.keyList = new Float64Array(Math.max(1024, indices.length));
    indices.forEach((i, k) => {
      const id = this.ids[i];
      if (id !== undefined) out.setId(k, id);
      out.keyList[k] = this.keyList[i];
      out.dates[k] = this.dates[i];
      out.dims.set(this.dims.subarray(i * n, i * n + n), k * n);
    });
    out.count = indices.length;
    (out as { values: string[][] }).values = this.values;
    return out;
  }

  private grow(): void {
    const keyList = new Float64Array(this.keyList.length * 2);
    keyList.set(this.keyList);
    this.keyList = keyList;
    const dates = new Int32Array(this.dates.length * 2);
    dates.set(this.dates);
    this.dates = dates;
    const dims = new Uint8Array(this.dims.length * 2);
    dims.set(this.dims);
    this.dims = dims;
  }
}

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
  changes: MovementChange[];
}

/**
 * The names of one comparison, each numbered once for all its periods: numeric keys hash far faster than
 * joined strings, and the same name gets the same number in every period. Owned by the run (compareFiles),
 * so nothing outlives it.
 */
export class PersonNames {
  private readonly folded: string[] = [];
  private readonly byFolded = new Map<string, number>();
  // The same name as read (one cell text, shared by every row that has it) → its number: one lookup per
  // person instead of folding and then looking the folded name up.
  private readonly byRead = new Map<string, number>();

  private indexOfFolded(folded: string): number {
    let i = this.byFolded.get(folded);
    if (i === undefined) {
      i = this.folded.push(folded) - 1;
      this.byFolded.set(folded, i);
    }
    return i;
  }

  indexOf(name: string): number {
    let i = this.byRead.get(name);
    if (i === undefined) {
      // Not through the shared fold memo: byRead is this name's memo, and a million names would only push
      // the roster's repeated texts out of that one.
      i = this.indexOfFolded(foldTextUncached(name));
      this.byRead.set(name, i);
    }
    return i;
  }

  // A workbook's shared-string index → its name's number + 1 (0: not yet asked), one array per table.
  private readonly byIndex = new WeakMap<NameTable, Int32Array>();
  private lastTable: NameTable | undefined;
  private lastNumbers: Int32Array | undefined;

  /** Forgets the last table asked about (its workbook is read): it would keep that table's strings alive. */
  endOfWorkbooks(): void {
    this.lastTable = undefined;
    this.lastNumbers = undefined;
  }

  /**
   * The number of `name`, the cleaned text of string `index` of `table` (see Official.nameTable): asked by
   * text once per string, then one array load. A million people of a few hundred thousand names cost a
   * lookup in a map of every name each (mostly cache misses): the largest item of a comparison's time.
   */
  indexOfShared(name: string, table: NameTable, index: number): number {
    let numbers = this.lastNumbers;
    if (table !== this.lastTable || numbers === undefined) {
      numbers = this.byIndex.get(table);
      if (numbers === undefined) this.byIndex.set(table, (numbers = new Int32Array(table.strings.length)));
      this.lastTable = table;
      this.lastNumbers = numbers;
    }
    if (index >= numbers.length) return this.indexOf(name);
    const k = numbers[index];
    if (k > 0) return k - 1;
    // Folded once per string of the table, and not filed by its text as well: this array is its memo.
    const i = this.indexOfFolded(foldTextUncached(name));
    numbers[index] = i + 1;
    return i;
  }

  /** A name + birth key as people read it: "nguyễn văn an|1980"; an id masked but for its last 4 characters. */
  keyText(key: string | number): string {
    if (typeof key === 'string') return maskId(key);
    const year = key % 4096;
    return `${this.folded[(key - year) / 4096]}|${year === 4095 ? '' : year}`;
  }
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
function matchIdsFirst(older: PeriodPeople, newer: PeriodPeople): Movements {
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
  const first = matchPeriods(older.subset(oldBoth), newer.subset(newBoth));
  const second = matchPeriods(older.subset(oldRest), newer.subset(newRest), 'name+birth');
  const counts = new Map<string, MovementChange>();
  for (const c of [...first.changes, ...second.changes]) {
    const k = `${c.field}\u0000${c.from}\u0000${c.to}`;
    const had = counts.get(k);
    if (had) had.count += c.count;
    else counts.set(k, { ...c });
  }
  return {
    matchedBy: 'id+name+birth',
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
 * Matches the people of two consecutive periods: by id when everyone in both has one, else by folded
 * name + birth year (full dates, where both have them, must agree). A key shared by several people in
 * one period is ambiguous: those people are counted apart and named, not matched.
 */
export function matchPeriods(older: PeriodPeople, newer: PeriodPeople, mode: 'auto' | 'name+birth' = 'auto'): Movements {
  if (older.names !== newer.names) throw new Error('matchPeriods: the two periods number names apart (give them one PersonNames)');
  const allIds = older.size > 0 && newer.size > 0 && older.withId === older.size && newer.withId === newer.size;
  if (mode === 'auto' && !allIds && older.withId > 0 && newer.withId > 0) return matchIdsFirst(older, newer);
  const byId = mode === 'auto' && allIds;
  const a = bucket(older, byId);
  const b = bucket(newer, byId);
  const result: Movements = {
    matchedBy: byId ? 'id' : 'name+birth',
    stayed: 0,
    joined: 0,
    left: 0,
    ambiguous: { older: 0, newer: 0, examples: [] },
    changes: [],
  };
  const changes = new Map<string, number>();
  const pair = (x: number, y: number): void => {
    result.stayed++;
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
