/**
 * A memo with a stated bound that keeps what is used: two generations of at most `cap` entries each. New
 * results go into the young generation; when it is full it becomes the old one (the previous old one is
 * dropped) and a hit in the old generation is carried over into the young one. So memory stays below
 * 2 × cap entries on any input, the texts a roster repeats stay cached however many distinct ones pass,
 * and a miss only costs recomputing: past the bound every answer stays correct.
 */
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(
    private readonly cap: number,
    private readonly compute: (key: string) => V,
  ) {}

  get(key: string): V {
    let hit = this.young.get(key);
    if (hit !== undefined) return hit;
    hit = this.old.get(key);
    if (hit === undefined) hit = this.compute(key);
    this.set(key, hit);
    return hit;
  }

  private set(key: string, value: V): void {
    if (this.young.size >= this.cap) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held (for tests): at most 2 × cap. */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
