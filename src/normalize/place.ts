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
// Padded with a space on both sides, as the padded unit name they are looked for in.
const ADMIN_WORD: Record<Level, string[]> = {
  commune: [' xã ', ' phường ', ' thị trấn ', ' đặc khu '],
  district: [' huyện ', ' quận ', ' thị xã ', ' thành phố '],
  province: [' tỉnh ', ' thành phố '],
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

/** The first level one of whose words is a word of the folded unit name (the whole name, its start or within), given padded. */
function level(padded: string): Level | 'unknown' {
  for (const [level, words] of LEVEL_WORDS) for (const w of words) if (padded.includes(w)) return level;
  return 'unknown';
}

/** What a unit's name tells: its level and the key of the place it serves (see unitPlace), found once per unit. */
export interface UnitFacts {
  readonly level: Level | 'unknown';
  readonly place: string | null;
  /** The place's number (see placeNumber; 0 without a place, or past the cap). */
  readonly placeNumber: number;
}

/** The facts of a unit name, memoised (bounded). */
export function unitFacts(unit: string): UnitFacts {
  return UNIT_FACTS.get(unit);
}

/** The place a unit serves at its level: "UBND xã An Hòa" → "an hòa"; "Phòng Nội vụ huyện Yên Thành" → "yên thành". */
export function unitPlace(unit: string): string | undefined {
  return UNIT_FACTS.get(unit).place ?? undefined;
}

/** The place a unit serves, from its folded name `padded` with a space on both sides. */
function placeOfUnit(padded: string, level: Level | 'unknown'): string | undefined {
  if (level === 'unknown' || level === 'central') return undefined;
  for (const word of ADMIN_WORD[level]) {
    const at = padded.indexOf(word);
    if (at < 0) continue;
    // What follows the word, up to the padding's last space.
    const rest = padded.slice(at + word.length - 1, padded.length - 1).trim();
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
  const cell = hometown ? hometownCell(hometown) : undefined;
  if (locality) return originAt(cell, localityKey(locality, memo));
  const facts = unit ? UNIT_FACTS.get(unit) : undefined;
  return originAt(cell, facts?.place, facts?.placeNumber);
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
  /** The parts' numbers (see placeNumber), in their order, found with them. */
  numbers: readonly number[] = NO_NUMBERS;
  constructor(readonly text: string) {}
}
const NO_NUMBERS: readonly number[] = [];

/** The home-town cell of a text as written (a cell's string, or the text of another cell); undefined when it shows nothing. */
export function hometownCell(written: string): HometownCell | undefined {
  return shown(HOMETOWN_CELLS.get(written));
}

/**
 * hometownCell without its memo: for a caller that keeps the cell itself, once per distinct text (a
 * workbook's shared strings, see SharedAnswers), so that a text is not also filed in a map by its text.
 */
export function newHometownCell(written: string): HometownCell | undefined {
  return shown(makeHometownCell(written));
}

/** The cell of a text as written (cleaned as cellText cleans it; cleaning twice changes nothing): what HOMETOWN_CELLS keeps. */
function makeHometownCell(written: string): HometownCell {
  return new HometownCell(cleanText(written));
}

/** A cell that shows something, or undefined. */
function shown(cell: HometownCell): HometownCell | undefined {
  return cell.text === '' ? undefined : cell;
}

/**
 * `originFrom` with the place to compare already found (localityKey, or the unit's place in UnitFacts);
 * `hometown` from hometownCell. With the target's number (UnitFacts.placeNumber), parts are compared by
 * number: a row then reads one small array of integers, not each part's string (a string compare that
 * fails must read both strings: with 10⁵ home towns, misses of the processor's cache on every row).
 */
export function originAt(hometown: HometownCell | undefined, target: string | null | undefined, targetNumber = 0): 'local' | 'non_local' | 'unknown' {
  if (!hometown) return 'unknown';
  const parts = partsOf(hometown);
  if (parts === null || !target) return 'unknown';
  if (targetNumber > 0) {
    const numbers = hometown.numbers;
    let unnumbered = false;
    for (let i = 0; i < numbers.length; i++) {
      if (numbers[i] === targetNumber) return 'local';
      if (numbers[i] === 0) unnumbered = true;
    }
    // Every part numbered and none the target's: no part is the target (equal keys have equal numbers).
    if (!unnumbered) return 'non_local';
  }
  // A loop with ===, not includes(): a builtin call per row cost more than the two or three compares.
  for (let i = 0; i < parts.length; i++) if (parts[i] === target) return 'local';
  return 'non_local';
}

/** A home-town cell's place keys, found when first asked (with their numbers, see placeNumber). */
function partsOf(hometown: HometownCell): string[] | null {
  if (hometown.parts === undefined) {
    const found = (hometown.parts = hometownParts(hometown.text));
    if (found) hometown.numbers = found.map(placeNumber);
  }
  return hometown.parts;
}

/**
 * The numbers of a home town's place keys, in their order (0: a key past the cap, compared by text); null
 * when it names nothing to compare. originAt compares these with the unit's place number.
 */
export function hometownNumbers(hometown: HometownCell): readonly number[] | null {
  return partsOf(hometown) === null ? null : hometown.numbers;
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

/** Home towns by the text written. */
const HOMETOWN_CELLS = new BoundedMemo<HometownCell>(HOMETOWN_CAP, makeHometownCell);
const PART_KEY = new BoundedMemo<string>(PART_CAP, (part) => canonical(withoutPrefix(foldTextUncached(part))));
// A unit is folded once here, without the shared fold memo (a unit is asked once per run of its rows).
const UNIT_FACTS = new BoundedMemo<UnitFacts>(UNIT_CAP, newUnitFacts);

/**
 * unitFacts without its memo: for a caller that keeps the facts itself, once per distinct unit text (a
 * workbook's shared strings, see SharedAnswers).
 */
export function newUnitFacts(unit: string): UnitFacts {
  const padded = ` ${foldTextUncached(unit)} `;
  const l = level(padded);
  const place = canonical(placeOfUnit(padded, l) ?? '') || null;
  return { level: l, place, placeNumber: place ? placeNumber(place) : 0 };
}

/**
 * A number per distinct place key, the same for the same text for as long as the process runs (never
 * reused: a key asked again gets its number back), so comparing numbers is comparing keys. At most
 * PLACE_NUMBER_CAP keys get one (a province roster names a few thousand places); past it a key gets 0, and
 * is compared by its text.
 */
const PLACE_NUMBER_CAP = 200_000;
const PLACE_NUMBERS = new Map<string, number>();
function placeNumber(key: string): number {
  let n = PLACE_NUMBERS.get(key);
  if (n === undefined) {
    if (PLACE_NUMBERS.size >= PLACE_NUMBER_CAP) return 0;
    n = PLACE_NUMBERS.size + 1;
    PLACE_NUMBERS.set(key, n);
  }
  return n;
}

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
  // The keys are a set (originAt asks whether the target is among them): a part without a hyphen is its
  // own only piece, so it is looked up once, not again as a piece.
  const keys: string[] = [];
  for (const part of hometown.split(/\s+[-–]\s+|[,;]/)) {
    addPartKey(keys, part);
    if (part.includes('-') || part.includes('–')) for (const piece of part.split(/[-–]/)) addPartKey(keys, piece);
  }
  // The separators split on fold to spaces, and a key is empty only when its part folds to nothing: no key
  // means the whole home town folds to nothing (a dash, a mark), which says nothing.
  return keys.length > 0 ? keys : null;
}

function addPartKey(keys: string[], part: string): void {
  // Trimmed first (folding trims anyway): " huyện Yên Thành" and "huyện Yên Thành" share one entry.
  const key = PART_KEY.get(part.trim());
  if (key && !keys.includes(key)) keys.push(key);
}

/** Where the unit starts in a "Chức vụ, đơn vị công tác" cell: the first unit-starting word. */
export const UNIT_STARTS = PLACES.unitStarts.map(foldText);
