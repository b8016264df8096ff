import { DIMENSION_KEYS, type DimensionKey } from '../model/dimensions.js';
import type { Official } from '../model/official.js';

/**
 * Streaming counts for one population: per dimension and category, the studying marks and the ages.
 * Memory grows with the number of categories, never with the number of people.
 */
export class Tally {
  population = 0;
  readonly counts = new Map<DimensionKey, Map<string, number>>(DIMENSION_KEYS.map((d) => [d, new Map()]));
  readonly studying = { professional: 0, political_theory: 0 };
  ageSum = 0;
  ageKnown = 0;
  young = 0;
  yearOnlyAges = 0;

  /** Counts one person; `band` is its age band key ('unknown' when the age is not known). */
  add(o: Official, age: number | undefined, band: string, youngUnder: number): void {
    this.population++;
    for (const dim of DIMENSION_KEYS) {
      const key = dim === 'age_band' ? band : o[dim];
      const m = this.counts.get(dim)!;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
    if (o.studying.professional) this.studying.professional++;
    if (o.studying.political_theory) this.studying.political_theory++;
    if (age !== undefined) {
      this.ageSum += age;
      this.ageKnown++;
      if (age < youngUnder) this.young++;
      if (o.birth && o.birth.month === undefined) this.yearOnlyAges++;
    }
  }

  count(dim: DimensionKey, key: string): number {
    return this.counts.get(dim)!.get(key) ?? 0;
  }
}

/** A tally for the whole population plus one per group of `--by`. */
export class GroupedTally {
  readonly total = new Tally();
  readonly groups = new Map<string, { label: string; tally: Tally }>();

  add(o: Official, group: { key: string; label: string } | undefined, age: number | undefined, band: string, youngUnder: number): void {
    this.total.add(o, age, band, youngUnder);
    if (!group) return;
    let g = this.groups.get(group.key);
    if (!g) {
      g = { label: group.label, tally: new Tally() };
      this.groups.set(group.key, g);
    }
    g.tally.add(o, age, band, youngUnder);
  }
}
