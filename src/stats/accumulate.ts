import { DIMENSION_KEYS, type DimensionKey } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import type { CongressFacts } from './congress.js';

/** The oldest age kept apart in the age histograms; anyone older is counted at it. */
const MAX_AGE = 150;
/** Keys per dimension found by comparing, not through a map (see Tally.bump). */
const FEW = 12;

/**
 * Streaming counts for one population: per dimension and category, the studying marks and the ages.
 * Memory grows with the number of categories, never with the number of people.
 */
export class Tally {
  population = 0;
  /** Per dimension, a counter per category key (a counter object, so a hit is one lookup, no store). */
  private readonly counts = new Map<DimensionKey, Map<string, { n: number }>>(DIMENSION_KEYS.map((d) => [d, new Map()]));
  private readonly byDim = DIMENSION_KEYS.map((d) => this.counts.get(d)!);
  /** Per dimension, the key counted last and its counter: most people share a few keys (Kinh, none, …). */
  private readonly lastKey: string[] = DIMENSION_KEYS.map(() => '\u0000');
  private readonly lastCounter: Array<{ n: number }> = DIMENSION_KEYS.map(() => ({ n: 0 }));
  /** Per dimension, its first FEW keys and their counters (the same counters as in `counts`). */
  private readonly fewKeys: string[][] = DIMENSION_KEYS.map(() => []);
  private readonly fewCounters: Array<Array<{ n: number }>> = DIMENSION_KEYS.map(() => []);
  readonly studying = { professional: 0, political_theory: 0 };
  ageSum = 0;
  ageKnown = 0;
  young = 0;
  yearOnlyAges = 0;
  /** People by completed age (0…MAX_AGE, older ones at MAX_AGE), women and men apart: for age ranges by gender. */
  readonly agesOf = { female: new Uint32Array(MAX_AGE + 1), male: new Uint32Array(MAX_AGE + 1) };
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
    if (o.studying.professional) this.studying.professional++;
    if (o.studying.political_theory) this.studying.political_theory++;
    if (c) this.addCongress(o, c);
    if (age !== undefined) {
      this.ageSum += age;
      this.ageKnown++;
      if (age < youngUnder) this.young++;
      if (o.birth && o.birth.month === undefined) this.yearOnlyAges++;
      if (o.gender !== 'unknown') this.agesOf[o.gender][Math.min(Math.max(age, 0), MAX_AGE)]++;
    }
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

  count(dim: DimensionKey, key: string): number {
    return this.counts.get(dim)!.get(key)?.n ?? 0;
  }

  /** People of `gender` aged `from`…`to` (completed years, both included). */
  countAges(gender: 'female' | 'male', from: number, to: number): number {
    let n = 0;
    const ages = this.agesOf[gender];
    for (let a = Math.max(from, 0); a <= Math.min(to, MAX_AGE); a++) n += ages[a];
    return n;
  }

  /**
   * Counts `key` in dimension `d`: the same key as last time is counted without a lookup, one of the
   * dimension's first FEW keys by comparing with each (the vocabulary's keys are the same string objects
   * row after row, so each compare is one of two pointers), any other through the map.
   */
  private bump(d: number, key: string): void {
    if (key === this.lastKey[d]) {
      this.lastCounter[d].n++;
      return;
    }
    const keys = this.fewKeys[d];
    let c: { n: number } | undefined;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === key) {
        c = this.fewCounters[d][i];
        break;
      }
    }
    c ??= this.byDim[d].get(key);
    if (c) c.n++;
    else {
      this.byDim[d].set(key, (c = { n: 1 }));
      if (keys.length < FEW) {
        keys.push(key);
        this.fewCounters[d].push(c);
      }
    }
    this.lastKey[d] = key;
    this.lastCounter[d] = c;
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
