import { z } from 'zod';
import { loadVocab } from '../vocab/load-json.js';
import { foldText } from './fold-text.js';

const PlacesSchema = z.object({
  prefixes: z.array(z.string()),
  levels: z.object({ commune: z.array(z.string()), district: z.array(z.string()), province: z.array(z.string()), central: z.array(z.string()) }),
  unitStarts: z.array(z.string()),
});
const PLACES = loadVocab('places', PlacesSchema);
const PREFIXES = PLACES.prefixes.map(foldText).sort((a, b) => b.length - a.length);
type Level = 'central' | 'province' | 'district' | 'commune';
// The place-naming words, most local first: "UBND xã An Hòa, huyện Yên Thành" is a commune unit.
const LEVEL_WORDS: Array<[Level, string[]]> = (['commune', 'district', 'province', 'central'] as const).map((l) => [l, PLACES.levels[l].map(foldText)]);
const ADMIN_WORD: Record<Level, string[]> = {
  commune: ['xã', 'phường', 'thị trấn', 'đặc khu'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố'],
  province: ['tỉnh', 'thành phố'],
  central: [],
};

/** Folds a place name for comparison without its administrative prefix: "TP Vinh" = "thành phố Vinh" = "Vinh". */
export function placeKey(text: string): string {
  let f = foldText(text);
  for (const p of PREFIXES) {
    if (f.startsWith(`${p} `)) {
      f = f.slice(p.length + 1);
      break;
    }
  }
  return f.trim();
}

function hasWord(text: string, word: string): boolean {
  return ` ${text} `.includes(` ${word} `);
}

/** The administrative level a unit name points to ("UBND xã An Hòa" → commune; "Sở Nội vụ" → province). */
export function levelFromUnit(unit: string): Level | 'unknown' {
  let hit = levelMemo.get(unit);
  if (hit === undefined) {
    if (levelMemo.size >= 100_000) levelMemo.clear();
    hit = level(unit);
    levelMemo.set(unit, hit);
  }
  return hit;
}

const levelMemo = new Map<string, Level | 'unknown'>();

function level(unit: string): Level | 'unknown' {
  const f = foldText(unit);
  for (const [level, words] of LEVEL_WORDS) if (words.some((w) => f === w || f.startsWith(`${w} `) || hasWord(f, w))) return level;
  return 'unknown';
}

/** The place a unit serves at its level: "UBND xã An Hòa" → "an hòa"; "Phòng Nội vụ huyện Yên Thành" → "yên thành". */
export function unitPlace(unit: string): string | undefined {
  const level = levelFromUnit(unit);
  if (level === 'unknown' || level === 'central') return undefined;
  const f = foldText(unit);
  for (const word of ADMIN_WORD[level]) {
    const at = ` ${f} `.indexOf(` ${word} `);
    if (at < 0) continue;
    const rest = f.slice(at + word.length).trim();
    // The name runs to the next administrative word ("xã an hòa huyện yên thành" → "an hòa").
    const stop = rest.split(/ (?=(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|tp) )/)[0];
    if (stop) return stop.trim();
  }
  return undefined;
}

/**
 * "Người địa phương": with a locality, a hometown naming that place is local; otherwise the hometown must
 * name the place of the person's unit at the unit's level (the commune for a commune unit, …).
 */
export function originFrom(hometown: string | undefined, unit: string | undefined, locality?: string, memo?: OriginMemo): 'local' | 'non_local' | 'unknown' {
  if (!hometown) return 'unknown';
  return memo && memo.locality === locality ? memo.get(hometown, unit) : origin(hometown, unit, locality);
}

type Origin = 'local' | 'non_local' | 'unknown';

/**
 * Origins of one run (one locality), worked out once per unit and hometown: nested maps, no joined key per
 * person, bounded so memory stays flat. Owned by the run that makes it, never shared between runs.
 */
export class OriginMemo {
  private readonly byUnit = new Map<string, Map<string, Origin>>();

  constructor(readonly locality: string | undefined) {}

  get(hometown: string, unit: string | undefined): Origin {
    const unitKey = unit ?? '';
    let inner = this.byUnit.get(unitKey);
    if (!inner) {
      if (this.byUnit.size >= 10_000) this.byUnit.clear();
      this.byUnit.set(unitKey, (inner = new Map()));
    }
    let hit = inner.get(hometown);
    if (hit === undefined) {
      hit = origin(hometown, unit, this.locality);
      if (inner.size < 100_000) inner.set(hometown, hit);
    }
    return hit;
  }
}

function origin(hometown: string, unit: string | undefined, locality?: string): 'local' | 'non_local' | 'unknown' {
  if (foldText(hometown) === '') return 'unknown';
  const target = locality ? placeKey(locality) : unit ? unitPlace(unit) : undefined;
  if (!target) return 'unknown';
  // "Xã X, huyện Y, tỉnh Z", "X - Y - Z", "K12-Quán Bàu-Vinh": hyphens split too, but "Bà Rịa-Vũng Tàu" stays whole as well.
  const coarse = hometown.split(/\s+[-–]\s+|[,;]/);
  const parts = [...coarse, ...coarse.flatMap((p) => p.split(/[-–]/))].map(placeKey).filter(Boolean);
  return parts.includes(target) ? 'local' : 'non_local';
}

/** Where the unit starts in a "Chức vụ, đơn vị công tác" cell: the first unit-starting word. */
export const UNIT_STARTS = PLACES.unitStarts.map(foldText);
