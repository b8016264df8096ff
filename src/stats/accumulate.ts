import { CATEGORY_KEYS, DIMENSION_KEYS, type DimensionKey } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import type { CongressFacts } from './congress.js';

/** The oldest age kept apart in the age histograms; anyone older is counted at it. */
const MAX_AGE = 150;
const AGE_BAND = DIMENSION_KEYS.indexOf('age_band');
const RANK = DIMENSION_KEYS.indexOf('rank');
const CATEGORY = DIMENSION_KEYS.indexOf('category');
const RANKS = CATEGORY_KEYS.rank.length;
const CATEGORIES = CATEGORY_KEYS.category.length;

/**
 * A category's slot in its dimension's counts: its place in the vocabulary's list (CATEGORY_KEYS). The
 * counting lane hands these slots in, one per dimension (Tally.addSlots); `age_band` has none (its keys come
 * from the band preset).
 */
export const DIMENSION_SLOTS: ReadonlyArray<readonly string[]> = DIMENSION_KEYS.map((d) => (d === 'age_band' ? [] : CATEGORY_KEYS[d]));

/**
 * Streaming counts for one population: per dimension and category, the studying marks and the ages.
 * Memory grows with the number of categories, never with the number of people.
 */
export class Tally {
  population = 0;
  /**
   * Per dimension, its keys (first the vocabulary's, at their slots) and a count per key. A key outside the
   * vocabulary (none is made today) gets a slot after them, so that nothing counted is lost.
   */
  private readonly keys: string[][] = DIMENSION_SLOTS.map((k) => [...k]);
  private readonly n: number[][] = DIMENSION_SLOTS.map((k) => k.map(() => 0));
  /** Per dimension, the key counted last and its slot: most people share a few keys (Kinh, none, …). */
  private readonly lastKey: string[] = DIMENSION_KEYS.map(() => '\u0000');
  private readonly lastSlot: number[] = DIMENSION_KEYS.map(() => 0);
  readonly studying = { professional: 0, political_theory: 0 };
  ageSum = 0;
  ageKnown = 0;
  young = 0;
  yearOnlyAges = 0;
  /** People by completed age (0…MAX_AGE, older ones at MAX_AGE), women and men apart: for age ranges by gender. */
  readonly agesOf = { female: new Uint32Array(MAX_AGE + 1), male: new Uint32Array(MAX_AGE + 1) };
  /**
   * People by rank and category (vocabulary slots, rank × CATEGORIES + category): 8B-BTCTW counts ngạch for
   * công chức and chức danh nghề nghiệp hạng I–V for viên chức from the one rank column.
   */
  private readonly rankByCategory = new Uint32Array(RANKS * CATEGORIES);
  /** With `--preset dai-hoi`: young at the congress date, and tái cử / lần đầu people meeting the age rule. */
  readonly congress = { young: 0, first: 0, firstOk: 0, re: 0, reOk: 0, undetermined: 0 };

  /** Counts one person; `band` is its age band key ('unknown' when the age is not known). */
  add(o: Official, age: number | undefined, band: string, youngUnder: number, c?: CongressFacts): void {
    this.population++;
    // One line per dimension, in DIMENSION_KEYS order: plain property reads stay fast.
    this.bump(0, o.gender);
    this.bump(1, band);
    this.bump(2, o.ethnicity);
    this.bump(3, o.religion);
    this.bump(4, o.party);
    this.bump(5, o.general_education);
    this.bump(6, o.professional);
    this.bump(7, o.political_theory);
    this.bump(8, o.state_management);
    this.bump(9, o.rank);
    this.bump(10, o.origin);
    this.bump(11, o.category);
    this.bump(12, o.level);
    this.bump(13, o.employment);
    this.bump(14, o.position_group);
    this.bump(15, o.assessment);
    this.bump(16, o.term);
    this.addRank(this.lastSlot[RANK], this.lastSlot[CATEGORY]);
    if (c) this.addCongress(o, c);
    this.rest(o, age, youngUnder);
  }

  private addCongress(o: Official, c: CongressFacts): void {
    if (c.young) this.congress.young++;
    if (c.eligible === undefined) return;
    if (o.term === 'first_time') {
      this.congress.first++;
      if (c.eligible) this.congress.firstOk++;
    } else {
      this.congress.re++;
      if (c.eligible) this.congress.reOk++;
    }
    if (c.reason && c.reason !== 'short') this.congress.undetermined++;
  }

  /**
   * Counts one person the counting lane read: `slots` holds, per dimension in DIMENSION_KEYS order, the
   * category's slot (DIMENSION_SLOTS; the age band's is not read), `o` the rest as add() reads it.
   */
  addSlots(o: Official, slots: Uint8Array, age: number | undefined, band: string, youngUnder: number): void {
    this.population++;
    const n = this.n;
    for (let d = 0; d < slots.length; d++) if (d !== AGE_BAND) n[d][slots[d]]++;
    this.addRank(slots[RANK], slots[CATEGORY]);
    this.bump(AGE_BAND, band);
    this.rest(o, age, youngUnder);
  }

  /** A key outside the vocabulary (a slot past its keys; none is made today) is in the rank table only. */
  private addRank(rank: number, category: number): void {
    if (rank < RANKS && category < CATEGORIES) this.rankByCategory[rank * CATEGORIES + category]++;
  }

  /** The studying marks and the ages of a person counted. */
  private rest(o: Official, age: number | undefined, youngUnder: number): void {
    if (o.studying.professional) this.studying.professional++;
    if (o.studying.political_theory) this.studying.political_theory++;
    if (age !== undefined) {
      this.ageSum += age;
      this.ageKnown++;
      if (age < youngUnder) this.young++;
      if (o.birth && o.birth.month === undefined) this.yearOnlyAges++;
      if (o.gender !== 'unknown') this.agesOf[o.gender][Math.min(Math.max(age, 0), MAX_AGE)]++;
    }
  }

  count(dim: DimensionKey, key: string): number {
    const d = DIMENSION_KEYS.indexOf(dim);
    const at = this.keys[d].indexOf(key);
    return at < 0 ? 0 : this.n[d][at];
  }

  /** People of rank `rank` whose category is one of `categories`. */
  countRankAmong(rank: string, categories: readonly string[]): number {
    const r = (CATEGORY_KEYS.rank as readonly string[]).indexOf(rank);
    if (r < 0) return 0;
    let n = 0;
    for (const c of categories) {
      const at = (CATEGORY_KEYS.category as readonly string[]).indexOf(c);
      if (at >= 0) n += this.rankByCategory[r * CATEGORIES + at];
    }
    return n;
  }

  /** People of `gender` aged `from`…`to` (completed years, both included). */
  countAges(gender: 'female' | 'male', from: number, to: number): number {
    let n = 0;
    const ages = this.agesOf[gender];
    for (let a = Math.max(from, 0); a <= Math.min(to, MAX_AGE); a++) n += ages[a];
    return n;
  }

  /** Counts `key` in dimension `d`: the same key as last time without a search, else found among the dimension's keys. */
  private bump(d: number, key: string): void {
    if (key === this.lastKey[d]) {
      this.n[d][this.lastSlot[d]]++;
      return;
    }
    const keys = this.keys[d];
    let at = keys.indexOf(key);
    if (at < 0) {
      at = keys.push(key) - 1;
      this.n[d].push(0);
    }
    this.n[d][at]++;
    this.lastKey[d] = key;
    this.lastSlot[d] = at;
  }
}

// The unrolled add() above must follow DIMENSION_KEYS; this fails at load if the list changes.
const UNROLLED = [
  'gender',
  'age_band',
  'ethnicity',
  'religion',
  'party',
  'general_education',
  'professional',
  'political_theory',
  'state_management',
  'rank',
  'origin',
  'category',
  'level',
  'employment',
  'position_group',
  'assessment',
  'term',
];
if (UNROLLED.join() !== DIMENSION_KEYS.join()) throw new Error('Tally.add is out of step with DIMENSION_KEYS');

/** A tally for the whole population plus one per group of `--by`. */
export class GroupedTally {
  readonly total = new Tally();
  readonly groups = new Map<string, { label: string; tally: Tally }>();

  add(o: Official, group: { key: string; label: string } | undefined, age: number | undefined, band: string, youngUnder: number, c?: CongressFacts): void {
    this.total.add(o, age, band, youngUnder, c);
    if (!group) return;
    let g = this.groups.get(group.key);
    if (!g) {
      g = { label: group.label, tally: new Tally() };
      this.groups.set(group.key, g);
    }
    g.tally.add(o, age, band, youngUnder, c);
  }
}
