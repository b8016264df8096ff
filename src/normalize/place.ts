import { vocab } from '../vocab/load-json.js';
import type { Places } from '../vocab/schemas.js';
import places from '../vocab/places.json' with { type: 'json' };
import { BoundedMemo } from './bounded-memo.js';
import { cleanText, foldText, foldTextUncached } from './fold-text.js';

const PLACES = vocab<Places>(places);
const PREFIXES = PLACES.prefixes.map(foldText).sort((a, b) => b.length - a.length);
type Level = 'central' | 'province' | 'district' | 'commune';
// The place-naming words, most local first: "UBND xã An Hòa, huyện Yên Thành" is a commune unit.
// Each folded and padded with a space on both sides, as the padded unit name they are looked for in.
const LEVEL_WORDS: Array<[Level, string[]]> = (['commune', 'district', 'province', 'central'] as const).map((l) => [
  l,
  PLACES.levels[l].map((w) => ` ${foldText(w)} `),
]);
const ADMIN_WORD: Record<Level, string[]> = {
  commune: ['xã', 'phường', 'thị trấn', 'đặc khu'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố'],
  province: ['tỉnh', 'thành phố'],
  central: [],
};

/** Folds a place name for comparison without its administrative prefix: "TP Vinh" = "thành phố Vinh" = "Vinh". */
export function placeKey(text: string): string {
  return withoutPrefix(foldText(text));
}

function withoutPrefix(folded: string): string {
  let f = folded;
  for (const p of PREFIXES) {
    if (f.startsWith(`${p} `)) {
      f = f.slice(p.length + 1);
      break;
    }
  }
  return f.trim();
}

/** The administrative level a unit name points to ("UBND xã An Hòa" → commune; "Sở Nội vụ" → province). */
export function levelFromUnit(unit: string): Level | 'unknown' {
  return UNIT_FACTS.get(unit).level;
}

/** The first level one of whose words is a word of the folded unit name (the whole name, its start or within). */
function level(unit: string): Level | 'unknown' {
  const padded = ` ${foldText(unit)} `;
  for (const [level, words] of LEVEL_WORDS) for (const w of words) if (padded.includes(w)) return level;
  return 'unknown';
}

/** What a unit's name tells: its level and the key of the place it serves (see unitPlace), found once per unit. */
export interface UnitFacts {
  readonly level: Level | 'unknown';
  readonly place: string | null;
}

/** The facts of a unit name, memoised (bounded). */
export function unitFacts(unit: string): UnitFacts {
  return UNIT_FACTS.get(unit);
}

/** The place a unit serves at its level: "UBND xã An Hòa" → "an hòa"; "Phòng Nội vụ huyện Yên Thành" → "yên thành". */
export function unitPlace(unit: string): string | undefined {
  return UNIT_FACTS.get(unit).place ?? undefined;
}

function placeOfUnit(unit: string, level: Level | 'unknown'): string | undefined {
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
 *
 * Each distinct home town is parsed once into the keys of its parts, each distinct unit once into the key
 * of its place, and the decision compares keys: nothing is folded again for a text already seen, and the
 * cost does not grow with the number of (unit, home town) pairs. Memos are bounded (see the caps below).
 */
export function originFrom(hometown: string | undefined, unit: string | undefined, locality?: string, memo?: OriginMemo): 'local' | 'non_local' | 'unknown' {
  const target = locality ? localityKey(locality, memo) : unit ? UNIT_FACTS.get(unit).place : undefined;
  return originAt(hometown ? hometownCell(hometown) : undefined, target);
}

/** The place key of a locality: the run's memo has it when it is the run's own. */
export function localityKey(locality: string, memo?: OriginMemo): string {
  return memo && memo.locality === locality ? memo.localityKey : placeKey(locality);
}

/**
 * A home-town cell as read once per distinct text: its cleaned text and, found when first asked, the place
 * keys it names (null: a text with nothing to compare). One lookup a row gives both.
 */
export class HometownCell {
  parts: string[] | null | undefined = undefined;
  constructor(readonly text: string) {}
}

/** The home-town cell of a text as written (a cell's string, or the text of another cell); undefined when it shows nothing. */
export function hometownCell(written: string): HometownCell | undefined {
  const cell = HOMETOWN_CELLS.get(written);
  return cell.text === '' ? undefined : cell;
}

/** `originFrom` with the place to compare already found (localityKey, or the unit's place in UnitFacts); `hometown` from hometownCell. */
export function originAt(hometown: HometownCell | undefined, target: string | null | undefined): 'local' | 'non_local' | 'unknown' {
  if (!hometown) return 'unknown';
  if (hometown.parts === undefined) hometown.parts = hometownParts(hometown.text);
  const parts = hometown.parts;
  if (parts === null || !target) return 'unknown';
  // A loop with ===, not includes(): a builtin call per row cost more than the two or three compares.
  for (let i = 0; i < parts.length; i++) if (parts[i] === target) return 'local';
  return 'non_local';
}

/**
 * What one run (one locality) knows of origins: its locality's place key. Owned by the run that makes it,
 * never shared between runs. The rest is memoised by text alone (pure functions of one string, the same
 * answer whatever the run): home town → part keys, part → key, unit → place.
 */
export class OriginMemo {
  readonly localityKey: string;

  constructor(readonly locality: string | undefined) {
    this.localityKey = locality ? placeKey(locality) : '';
  }
}

// Caps (entries per generation; a memo holds at most twice its cap): a million-row province roster has
// about 42,000 units and 10⁵ home-town spellings, whose parts are a few thousand place names.
const HOMETOWN_CAP = 100_000;
const PART_CAP = 50_000;
const UNIT_CAP = 50_000;

/** Home towns by the text written (cleaned as cellText cleans it; cleaning twice changes nothing). */
const HOMETOWN_CELLS = new BoundedMemo<HometownCell>(HOMETOWN_CAP, (written) => new HometownCell(cleanText(written)));
const PART_KEY = new BoundedMemo<string>(PART_CAP, (part) => canonical(withoutPrefix(foldTextUncached(part))));
const UNIT_FACTS = new BoundedMemo<UnitFacts>(UNIT_CAP, (unit) => {
  const l = level(unit);
  return { level: l, place: canonical(placeOfUnit(unit, l) ?? '') || null };
});

/**
 * One string object per place key (at most CANON_CAP held; then it starts again). A home town's keys and a
 * unit's place are compared on every row: the same object compares at once, and two keys that were both
 * looked up here have their hashes computed, so two different ones differ at once too. Past the cap a key
 * may be another object with the same text, which compares equal all the same (only slower).
 */
const CANON_CAP = 100_000;
const CANON = new Map<string, string>();
function canonical(key: string): string {
  const hit = CANON.get(key);
  if (hit !== undefined) return hit;
  if (CANON.size >= CANON_CAP) CANON.clear();
  CANON.set(key, key);
  return key;
}

/** The place keys a home town names (null for a text with nothing to compare). */
function hometownParts(hometown: string): string[] | null {
  // "Xã X, huyện Y, tỉnh Z", "X - Y - Z", "K12-Quán Bàu-Vinh": hyphens split too, but "Bà Rịa-Vũng Tàu" stays whole as well.
  const coarse = hometown.split(/\s+[-–]\s+|[,;]/);
  const keys: string[] = [];
  for (const part of [...coarse, ...coarse.flatMap((p) => p.split(/[-–]/))]) {
    // Trimmed first (folding trims anyway): " huyện Yên Thành" and "huyện Yên Thành" share one entry.
    const key = PART_KEY.get(part.trim());
    if (key && !keys.includes(key)) keys.push(key);
  }
  // The separators split on fold to spaces, and a key is empty only when its part folds to nothing: no key
  // means the whole home town folds to nothing (a dash, a mark), which says nothing.
  return keys.length > 0 ? keys : null;
}

/** Where the unit starts in a "Chức vụ, đơn vị công tác" cell: the first unit-starting word. */
export const UNIT_STARTS = PLACES.unitStarts.map(foldText);
