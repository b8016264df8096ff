import { vocab } from '../vocab/load-json.js';
import type { Units } from '../vocab/schemas.js';
import { foldText } from './fold-text.js';

/** How a unit name as read was mapped to a unit in force (JSON `sources[].units[].how`). */
export type UnitHow = 'official' | 'config' | 'none' | 'ambiguous';

export interface UnitMapping {
  read: string;
  mappedTo: string | null;
  how: UnitHow;
  /** For `ambiguous`: the units it could be. */
  candidates?: string[];
}

interface Index {
  source: string;
  provinceNames: string[];
  /** Folded province key (old or new name, without "tỉnh"/"thành phố") → new province index. */
  provinceOf: Map<string, number>;
  communeNames: string[];
  /** Per new province: folded current commune name ("xã quang đồng") → commune index. */
  current: Array<Map<string, number>>;
  /** Per new province: folded old commune name → rules (old district key, new commune indices). */
  old: Array<Map<string, Array<{ district: string; to: number[] }>>>;
}

let index: Index | undefined;

const PROVINCE_WORDS = /^(?:tỉnh|thành phố|tp)\s+/;
const DISTRICT_WORDS = /^(?:huyện|quận|thị xã|thành phố|tp)\s+/;
const provinceKey = (name: string): string => foldText(name).replace(PROVINCE_WORDS, '').trim();
const districtKey = (name: string): string => foldText(name).replace(DISTRICT_WORDS, '').trim();

let lists: Units | undefined;

/**
 * Reads the official 2025 lists (src/vocab/units-2025.json, 386 KB, built by scripts/build-units.js): a run
 * that maps units awaits this before it maps any (load-roster.ts); the others never read the file.
 */
export async function loadUnitLists(): Promise<void> {
  lists ??= vocab<Units>((await import('../vocab/units-2025.json', { with: { type: 'json' } })).default);
}

/** The lists as an index, made on first use (after loadUnitLists). */
function units(): Index {
  if (index) return index;
  if (!lists) throw new Error('the unit lists are not loaded: await loadUnitLists() before mapping units');
  const data = lists;
  const provinceOf = new Map<string, number>();
  data.provinces.forEach(([, name], i) => provinceOf.set(provinceKey(name), i));
  const current = data.provinces.map(() => new Map<string, number>());
  data.communes.forEach(([, name, p], i) => current[p].set(foldText(name), i));
  const old = data.provinces.map(() => new Map<string, Array<{ district: string; to: number[] }>>());
  for (const [oldProvince, districts] of Object.entries(data.old)) {
    const votes = new Map<number, number>();
    for (const [district, communes] of Object.entries(districts)) {
      for (const [name, to] of Object.entries(communes)) {
        const targets = typeof to === 'number' ? [to] : to;
        const p = data.communes[targets[0]][2];
        votes.set(p, (votes.get(p) ?? 0) + 1);
        const key = foldText(name);
        const list = old[p].get(key) ?? [];
        list.push({ district: districtKey(district), to: targets });
        old[p].set(key, list);
      }
    }
    // Provinces merged whole in 2025: every commune of an old province went to one new province.
    const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!provinceOf.has(provinceKey(oldProvince))) provinceOf.set(provinceKey(oldProvince), best);
  }
  index = { source: data.source, provinceNames: data.provinces.map((p) => p[1]), provinceOf, communeNames: data.communes.map((c) => c[1]), current, old };
  return index;
}

/** The source line of the unit lists, for the JSON and the README. */
export function unitListSource(): string {
  return units().source;
}

/** The province (today's, by index) a text names ("tỉnh Nghệ An", "TỈNH QUẢNG BÌNH" → Quảng Trị), if exactly one. */
export function provinceIn(text: string): number | undefined {
  const u = units();
  const f = ` ${foldText(text)} `;
  const found = new Set<number>();
  for (const [key, p] of u.provinceOf) {
    for (const word of ['tỉnh', 'thành phố', 'tp']) if (f.includes(` ${word} ${key} `)) found.add(p);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A province given by name (`--province Nghệ An`, "Quảng Bình" → Quảng Trị), or undefined. */
export function provinceNamed(name: string): number | undefined {
  return units().provinceOf.get(provinceKey(name));
}

export function provinceName(p: number): string {
  return units().provinceNames[p];
}

/** The provinces of the 2025 list, by name. */
export function provinceNames(): readonly string[] {
  return units().provinceNames;
}

const COMMUNE = /(?:^| )(xã|phường|thị trấn|đặc khu) (.+?)(?= (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tp|tỉnh) |$)/;
const DISTRICT = /(?:^| )(?:huyện|quận|thị xã|thành phố|tp) (.+?)(?= (?:huyện|quận|thị xã|thành phố|tp|tỉnh) |$)/;

/**
 * Maps units as read to the units in force since 1/7/2025, within one province: a commune-level unit
 * ("UBND xã Kim Thành", "Đảng ủy xã Kim Thành, huyện Yên Thành") to today's commune ("Xã Quang Đồng") by the
 * official old→new rules, or to itself when it already is one. An old name that went to several communes,
 * or that several districts share and the text does not tell apart, is `ambiguous`; a unit above the
 * commune level, or a name in no list, is `none` (kept as read). `renames` (config `unitRenames`) wins.
 */
export class UnitMapper {
  private readonly seen = new Map<string, UnitMapping>();

  constructor(
    private readonly province: number | undefined,
    private readonly opts: { renames?: ReadonlyMap<string, string>; newNamesFirst: boolean; district?: string },
  ) {}

  map(read: string): UnitMapping {
    let m = this.seen.get(read);
    if (!m) {
      m = this.resolve(read);
      this.seen.set(read, m);
    }
    return m;
  }

  /** Every distinct unit name mapped so far, in the order first read. */
  mappings(): UnitMapping[] {
    return [...this.seen.values()];
  }

  private resolve(read: string): UnitMapping {
    const renamed = this.opts.renames?.get(foldText(read));
    if (renamed) return { read, mappedTo: renamed, how: 'config' };
    const f = foldText(read)
      .replace(/[,;()]/g, ' ')
      .replace(/\s+/g, ' ');
    const c = COMMUNE.exec(f);
    if (!c) return { read, mappedTo: null, how: 'none' };
    const key = `${c[1]} ${c[2].trim()}`;
    const after = f.slice(c.index + c[0].length);
    const district = DISTRICT.exec(after)?.[1]?.trim() ?? this.opts.district;
    const u = units();
    const provinces = this.province !== undefined ? [this.province] : u.current.map((_, i) => i);
    const targets = new Set<number>();
    const now = new Set<number>();
    for (const p of provinces) {
      const here = u.current[p].get(key);
      if (here !== undefined) now.add(here);
      for (const rule of u.old[p].get(key) ?? []) {
        if (district && rule.district !== districtKey(district)) continue;
        for (const t of rule.to) targets.add(t);
      }
    }
    // A roster dated after 1/7/2025 names today's communes; an older one, the communes before the merger.
    const first = this.opts.newNamesFirst ? now : targets;
    const second = this.opts.newNamesFirst ? targets : now;
    const pick = first.size > 0 ? first : second;
    if (pick.size === 1) return { read, mappedTo: u.communeNames[[...pick][0]], how: 'official' };
    if (pick.size === 0) return { read, mappedTo: null, how: 'none' };
    return { read, mappedTo: null, how: 'ambiguous', candidates: [...pick].map((i) => u.communeNames[i]).sort((a, b) => a.localeCompare(b, 'vi')) };
  }
}
