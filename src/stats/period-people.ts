import type { Official } from '../model/official.js';
import { foldText } from '../normalize/fold-text.js';
import { personKey, type PersonNames } from './person-names.js';

/** The dimensions whose level changes are counted for people present in both periods. */
export const MOVEMENT_FIELDS = ['professional', 'political_theory', 'state_management', 'rank', 'general_education', 'party', 'category'] as const;
export type MovementField = (typeof MOVEMENT_FIELDS)[number];

/**
 * An id as matching compares it: folded, without spaces or punctuation, and each run of digits without its
 * leading zeros, so "CB 01" = "CB01" = "cb1" and "001" = "1" (a CCCD saved as a number loses its leading 0).
 * Two runs of digits stay apart ("XA1-12" ≠ "XA11-2") unless the id is all digits (a CCCD written in groups).
 */
export function idKey(id: string): string {
  const parts = foldText(id).split(/[ /]+/);
  const digitsOnly = parts.every((p) => /^\d*$/.test(p));
  let out = '';
  for (const p of parts) out += !digitsOnly && /\d$/.test(out) && /^\d/.test(p) ? `-${p}` : p;
  return out.replace(/(^|\D)0+(?=\d)/g, '$1');
}

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
   * Name + birth year as one number (`personKey`: the name's number in `names` × 4096 + the year). A
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
    if (o.id) this.setId(i, idKey(o.id));
    const table = o.nameTable?.();
    const name = table ? this.names.indexOfShared(o.name, table, o.nameIndex!()) : this.names.indexOf(o.name);
    this.keyList[i] = personKey(name, b?.year);
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

  /** The ids two or more people of this period share. */
  sharedIds(): Set<string> {
    const seen = new Set<string>();
    const shared = new Set<string>();
    for (const id of this.ids) if (id !== undefined) (seen.has(id) ? shared : seen).add(id);
    return shared;
  }

  /** The people at `indices`, as a period of their own (sharing this period's category codes), without the ids in `drop`. */
  subset(indices: readonly number[], drop?: ReadonlySet<string>): PeriodPeople {
    const out = new PeriodPeople(this.names);
    const n = MOVEMENT_FIELDS.length;
    out.dates = new Int32Array(Math.max(1024, indices.length));
    out.dims = new Uint8Array(Math.max(1024, indices.length) * n);
    out.keyList = new Float64Array(Math.max(1024, indices.length));
    indices.forEach((i, k) => {
      const id = this.ids[i];
      if (id !== undefined && !drop?.has(id)) out.setId(k, id);
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
