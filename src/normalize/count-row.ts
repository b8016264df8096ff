import type { CellValue, RowValues } from '../io/sheet-rows.js';
import type { RawRecord } from '../ingest/types.js';
import type { BirthDate, Official } from '../model/official.js';
import { CLASSIFIED_DIMENSIONS, DIMENSION_KEYS, type DimensionKey } from '../model/dimensions.js';
import { DIMENSION_SLOTS } from '../stats/accumulate.js';
import type { Problem } from '../model/problem.js';
import { birthCode, birthOfCode } from './birth-date.js';
import { personId } from './person-id.js';
import { cellText } from './cell-text.js';
import type { Classified } from './classify.js';
import {
  DIRECT_DIMENSIONS,
  hometownAt,
  isBlank,
  joinName,
  OfficialRecord,
  planFor,
  StudyingMarks,
  toOfficial,
  valueAt,
  type RecordContext,
  type RecordPlan,
} from './to-official.js';
import { hometownNumbers, originAt, unitFacts, type UnitFacts } from './place.js';
import type { SharedAnswers, SharedRow } from './shared-answers.js';

/**
 * The counting lane: a person who is only to be counted (summarize without `--where`, `--by`, a form's scope
 * or a congress; compare, whose matching keeps numbers, not officials) is read into one reused official
 * instead of a new one, and each classified cell that is a shared string is answered by its index in the
 * workbook's table: one byte per string and column, found once from the string alone (the same classifier
 * call as toOfficial's), not a lookup of the text in a memo per row. Only what the counts read is filled, and
 * the id (checked for repeats); the name only for a listener that matches people. No unit, position or
 * home-town text is built.
 *
 * Whatever toOfficial would report as a problem, and every case this lane does not know (see laneOf), is
 * left to toOfficial: `countRow` then returns false and the caller reads the row the usual way. With
 * CADRE_STATS_LANE=check every counted row is read by toOfficial as well and the two must agree.
 */

/** A slot's answer not asked yet. */
const UNASKED = 0;
/** The row goes to toOfficial (a problem to report, or more keys than a byte holds). */
const DECLINE = 255;
/** Codes are 1 + key × 2 + a flag bit: at most this many keys per column. */
const MAX_KEYS = 127;

/**
 * What one column's cells answer, by shared-string index; `answer` is a pure function of the cell. A column of
 * a dimension codes its keys by their slots in the vocabulary (DIMENSION_SLOTS: key = (code - 1) >> 1 is the
 * slot Tally.addSlots counts); any other column by the keys in the order met.
 */
class ByIndex {
  private readonly slots: Uint8Array;
  private blankSlot = UNASKED;
  /** The keys codes stand for. */
  readonly keys: string[];
  private readonly fixed: boolean;

  constructor(
    private readonly strings: readonly string[],
    private readonly answer: (v: CellValue | undefined, self: ByIndex) => number,
    dimension?: DimensionKey,
  ) {
    this.slots = new Uint8Array(strings.length);
    this.fixed = dimension !== undefined;
    this.keys = dimension === undefined ? [] : [...DIMENSION_SLOTS[DIMENSION_KEYS.indexOf(dimension)]];
  }

  /** The answer for the cell at `col` of the row (shared string `index[at + col]` when it is one). */
  cell(values: RowValues, index: Int32Array, at: number, col: number | undefined): number {
    if (col !== undefined && col < values.length) {
      const k = index[at + col];
      if (k >= 0) {
        const a = this.slots[k];
        return a !== UNASKED ? a : (this.slots[k] = this.answer(this.strings[k], this));
      }
      const v = values[col];
      // Text that is not a shared string, a number, a date: answered each time (the same function).
      if (v !== undefined) return this.answer(v, this);
    }
    return this.blankSlot !== UNASKED ? this.blankSlot : (this.blankSlot = this.answer(undefined, this));
  }

  /** The code of `key` with `flag`, or DECLINE past MAX_KEYS keys (or for a key not of the dimension's vocabulary). */
  code(key: string, flag = false): number {
    let i = this.keys.indexOf(key);
    if (i < 0) {
      if (this.fixed || this.keys.length >= MAX_KEYS) return DECLINE;
      i = this.keys.push(key) - 1;
    }
    return 1 + i * 2 + (flag ? 1 : 0);
  }
}

const keyOf = (col: ByIndex, a: number): string => col.keys[(a - 1) >> 1];
const slotOf = (a: number): number => (a - 1) >> 1;
const flagOf = (a: number): boolean => ((a - 1) & 1) === 1;

/** A direct dimension's column (DIRECT_DIMENSIONS order) as readDirect reads it: the raw text classified. */
function directColumn(strings: readonly string[], classify: (text: string) => Classified<string>, dimension: DimensionKey): ByIndex {
  return new ByIndex(
    strings,
    (v, self) => {
      const got = classify(typeof v === 'string' ? v : cellText(v));
      return got.matched ? self.code(got.key, got.studying) : DECLINE;
    },
    dimension,
  );
}

/** What the lane keeps for one sheet table and workbook. */
interface Lane {
  answers: SharedAnswers;
  /** Per direct dimension, its column's answers (undefined: no column, 'unknown'). */
  direct: Array<ByIndex | undefined>;
  party: ByIndex;
  level: ByIndex | undefined;
  term: ByIndex | undefined;
  /** Origin column: a key, or the flag for a blank cell (then the home town decides; its key is not read). */
  origin: ByIndex | undefined;
  /** Employment column: flag = its text is "cán bộ không chuyên trách" as a category. */
  partTime: ByIndex | undefined;
  /** Home town per shared string: 0 not asked, -1 nothing to compare, -2 read by originAt, else 1 + its offset in `pool`. */
  home: Int32Array;
  /** Per home town: its number of place keys, then their numbers. */
  pool: Int32Array;
  poolUsed: number;
  /** The unit cell's shared string last seen and what its name tells. */
  lastUnitK: number;
  lastUnitFacts: UnitFacts | undefined;
}

/**
 * The lane of a table, or null when its columns ask for what only toOfficial does: a rank-code column, a
 * combined "position, unit" column, tái cử marks, unit renames or units in force (`--units-as-of`), or a
 * locality.
 */
function laneOf(plan: RecordPlan, ctx: RecordContext, answers: SharedAnswers): Lane | null {
  const known = plan.lane as Lane | null | undefined;
  if (known === null || (known && known.answers === answers)) return known;
  const cols = plan.of;
  if (
    cols.rank_code !== undefined ||
    cols.position_unit !== undefined ||
    cols.term_re_elected !== undefined ||
    cols.term_first_time !== undefined ||
    ctx.unitMapper !== undefined ||
    (ctx.unitRenames?.size ?? 0) > 0 ||
    ctx.locality
  ) {
    plan.lane = null;
    return null;
  }
  const strings = answers.strings;
  const texted = (dimension: DimensionKey, f: (text: string, self: ByIndex) => number): ByIndex =>
    new ByIndex(strings, (v, self) => f(cellText(v), self), dimension);
  const lane: Lane = {
    answers,
    direct: plan.direct.map((d, i) => (d.col === undefined ? undefined : directColumn(strings, d.classify, DIRECT_DIMENSIONS[i]))),
    // Party has no "unknown": blank is a non-member; a cell that is no member's mark is a problem.
    party: texted('party', (t, self) => {
      if (t === '') return self.code('non_member');
      const got = plan.party(t);
      return got.matched && got.key !== 'unknown' ? self.code(got.key) : DECLINE;
    }),
    level:
      cols.level === undefined
        ? undefined
        : texted('level', (t, self) => {
            const got = plan.level(t);
            return got.matched ? self.code(got.key) : DECLINE;
          }),
    term:
      cols.term === undefined
        ? undefined
        : texted('term', (t, self) => {
            if (t === '') return self.code('unknown');
            const got = plan.term(t);
            return got.matched ? self.code(got.key) : DECLINE;
          }),
    origin:
      cols.origin === undefined
        ? undefined
        : texted('origin', (t, self) => {
            // Blank: the flag (the home town decides), its key unread.
            if (t === '') return self.code('unknown', true);
            const got = plan.origin(t);
            return got.matched ? self.code(got.key) : DECLINE;
          }),
    partTime:
      cols.employment === undefined
        ? undefined
        : new ByIndex(strings, (v, self) => self.code('', typeof v === 'string' && v !== '' && plan.classify.category(v).key === 'part_time')),
    home: new Int32Array(strings.length),
    pool: new Int32Array(1024),
    poolUsed: 0,
    lastUnitK: -1,
    lastUnitFacts: undefined,
  };
  plan.lane = lane;
  return lane;
}

/** The home town of shared string `k` as the lane keeps it (see Lane.home). */
function homeSlot(lane: Lane, k: number): number {
  const known = lane.home[k];
  if (known !== 0) return known;
  const cell = lane.answers.hometown(k);
  const numbers = cell ? hometownNumbers(cell) : null;
  let slot: number;
  if (numbers === null) slot = -1;
  else if (numbers.includes(0)) slot = -2;
  else {
    if (lane.poolUsed + numbers.length + 1 > lane.pool.length) {
      const grown = new Int32Array(Math.max(lane.pool.length * 2, lane.poolUsed + numbers.length + 1));
      grown.set(lane.pool);
      lane.pool = grown;
    }
    slot = lane.poolUsed + 1;
    lane.pool[lane.poolUsed++] = numbers.length;
    for (const n of numbers) lane.pool[lane.poolUsed++] = n;
  }
  return (lane.home[k] = slot);
}

/** "Người địa phương" from the home-town cell and the unit's facts: originAt's answer. */
function originOf(lane: Lane, values: RowValues, shared: SharedRow, col: number | undefined, facts: UnitFacts | undefined): Official['origin'] {
  if (col === undefined) return 'unknown';
  const k = col < values.length ? shared.index[shared.at + col] : -1;
  if (k < 0) return originAt(hometownAt(values, col), facts?.place, facts?.placeNumber);
  const slot = homeSlot(lane, k);
  if (slot === -1) return 'unknown';
  if (slot === -2 || (facts?.place && facts.placeNumber === 0)) return originAt(lane.answers.hometown(k), facts?.place, facts?.placeNumber);
  if (!facts?.place) return 'unknown';
  const target = facts.placeNumber;
  const pool = lane.pool;
  for (let i = slot, end = slot + pool[slot - 1]; i < end; i++) if (pool[i] === target) return 'local';
  return 'non_local';
}

/** The official countRow reads a row into, with its categories' slots (DIMENSION_KEYS order; see Tally.addSlots). */
export class CountedRecord extends OfficialRecord {
  readonly slots = new Uint8Array(DIMENSION_KEYS.length);
  /** The birth the official's `birth` is, rewritten for each row (nothing keeps a counted official's birth). */
  readonly birthDate: BirthDate = { year: 0, month: undefined, day: undefined };
}

/** A scratch official for countRow (one per reader: it is counted before the next row is read into it). */
export function scratchOfficial(): CountedRecord {
  const o = new CountedRecord();
  o.studying = new StudyingMarks();
  o.name = '';
  o.columns = {};
  return o;
}

/**
 * Reads a row that is only to be counted into `out` (its dimensions, studying marks, birth date and id; with
 * `withName` its name too, for a listener that matches people), or returns false when toOfficial must read
 * it: a problem to report, or a case this lane leaves (see laneOf). `shared` is the row's own (SharedRows.find).
 */
export function countRow(raw: RawRecord, ctx: RecordContext, shared: SharedRow, out: CountedRecord, withName = false): boolean {
  if (raw.oddTicks) return false;
  const cols = raw.cols;
  const plan = planFor(ctx, cols, ctx.classifier);
  const lane = laneOf(plan, ctx, shared.answers);
  if (lane === null) return false;
  const values = raw.values;
  const index = shared.index;
  const at = shared.at;
  // The direct dimensions, in DIRECT_DIMENSIONS order (gender … assessment).
  const keys: string[] = SCRATCH_KEYS;
  const slots = out.slots;
  let studyingProfessional = false;
  let studyingTheory = false;
  for (let i = 0; i < lane.direct.length; i++) {
    const column = lane.direct[i];
    if (column === undefined) {
      keys[i] = 'unknown';
      slots[DIRECT_AT[i]] = DIRECT_UNKNOWN[i];
      continue;
    }
    const a = column.cell(values, index, at, plan.direct[i].col);
    if (a === DECLINE) return false;
    keys[i] = keyOf(column, a);
    slots[DIRECT_AT[i]] = slotOf(a);
    if (flagOf(a)) {
      if (i === PROFESSIONAL) studyingProfessional = true;
      else if (i === POLITICAL_THEORY) studyingTheory = true;
    }
  }
  let gender = keys[0] as Official['gender'];
  let category = keys[8] as Official['category'];
  let employment = keys[9] as Official['employment'];
  if (raw.groupLabel !== undefined) {
    if (cols.category === undefined) slots[CATEGORY] = slotIn(CATEGORY, (category = plan.classify.category(raw.groupLabel).key));
    if (cols.employment === undefined) slots[EMPLOYMENT] = slotIn(EMPLOYMENT, (employment = plan.classify.employment(raw.groupLabel).key));
  }
  if (category !== 'part_time' && lane.partTime && flagOf(lane.partTime.cell(values, index, at, cols.employment))) {
    category = 'part_time';
    slots[CATEGORY] = PART_TIME;
  }

  let birthCol = cols.birth_date;
  let birthValue = valueAt(values, cols.birth_date);
  if (cols.birth_date_male !== undefined || cols.birth_date_female !== undefined) {
    const male = valueAt(values, cols.birth_date_male);
    const female = valueAt(values, cols.birth_date_female);
    const hasMale = !isBlank(male);
    const hasFemale = !isBlank(female);
    if (hasMale && hasFemale) return false;
    if (hasMale) {
      birthCol = cols.birth_date_male;
      birthValue = male;
    } else if (hasFemale) {
      birthCol = cols.birth_date_female;
      birthValue = female;
    }
    if (gender === 'unknown' && hasMale !== hasFemale) slots[GENDER] = slotIn(GENDER, (gender = hasMale ? 'male' : 'female'));
  }
  let birth = 0;
  if (!isBlank(birthValue)) {
    const k = birthCol! < values.length ? index[at + birthCol!] : -1;
    birth = k >= 0 ? shared.answers.birthCode(k) : birthCode(birthValue!, { date1904: ctx.date1904 });
    if (birth === 0) return false;
  }

  // The unit's facts, once per run of rows of one unit (as toOfficial: the cell's text, else the heading's or the sheet's unit).
  let facts: UnitFacts | undefined;
  const unitCol = cols.unit;
  const unitK = unitCol !== undefined && unitCol < values.length ? index[at + unitCol] : -1;
  if (unitK >= 0 && unitK === lane.lastUnitK) facts = lane.lastUnitFacts;
  else {
    const text = unitK >= 0 ? shared.answers.text(unitK) : unitCol !== undefined ? cellText(values[unitCol]) : '';
    const unit = text || raw.groupUnit || ctx.layout.sheetUnit || undefined;
    // A shared string's facts are kept by its index (a unit whose rows are not all together is not looked up by text again).
    if (unitK >= 0 && text) facts = shared.answers.unitFacts(unitK);
    else if (unit) {
      if (unit !== plan.lastUnit) {
        plan.lastUnit = unit;
        plan.lastFacts = unitFacts(unit);
      }
      facts = plan.lastFacts;
    }
    // Only a non-blank cell's own text decides alone; a blank one falls back to the row's heading.
    lane.lastUnitK = text ? unitK : -1;
    lane.lastUnitFacts = facts;
  }

  const partyA = lane.party.cell(values, index, at, cols.party);
  if (partyA === DECLINE) return false;
  let party = keyOf(lane.party, partyA) as Official['party'];
  slots[PARTY] = slotOf(partyA);
  if (!isBlank(valueAt(values, cols.party_join_date))) slots[PARTY] = slotIn(PARTY, (party = 'member'));

  let level = 'unknown' as Official['level'];
  if (lane.level) {
    const a = lane.level.cell(values, index, at, cols.level);
    if (a === DECLINE) return false;
    level = keyOf(lane.level, a) as Official['level'];
  }
  if (level === 'unknown' && facts) level = facts.level;
  if (level === 'unknown' && ctx.layout.sheetLevel) level = ctx.layout.sheetLevel;
  // Since 1/7/2025 a district level is a problem to report: toOfficial's.
  if (level === 'district' && ctx.twoLevel) return false;
  slots[LEVEL] = slotIn(LEVEL, level);

  let term = 'unknown' as Official['term'];
  slots[TERM] = TERM_UNKNOWN;
  if (lane.term) {
    const a = lane.term.cell(values, index, at, cols.term);
    if (a === DECLINE) return false;
    term = keyOf(lane.term, a) as Official['term'];
    slots[TERM] = slotOf(a);
  }

  let origin: Official['origin'];
  const originA = lane.origin ? lane.origin.cell(values, index, at, cols.origin) : 0;
  if (originA === DECLINE) return false;
  if (lane.origin && !flagOf(originA)) {
    origin = keyOf(lane.origin, originA) as Official['origin'];
    slots[ORIGIN] = slotOf(originA);
  } else slots[ORIGIN] = slotIn(ORIGIN, (origin = originOf(lane, values, shared, cols.hometown, facts)));

  // A category outside the vocabulary has no slot (none is made today): such a row is toOfficial's.
  for (let i = 0; i < DERIVED.length; i++) if (slots[DERIVED[i]] === NO_SLOT) return false;

  out.file = ctx.file;
  out.sheet = ctx.layout.sheet;
  out.row = raw.row;
  out.id = cols.id === undefined ? undefined : personId(values[cols.id]) || undefined;
  if (withName) {
    // As toOfficial: a shared string's cleaned text, with where it came from; else the cell's text, or "Họ" + "Tên".
    const k = cols.name !== undefined && cols.name < values.length ? index[at + cols.name] : -1;
    if (k >= 0) {
      out.name = shared.answers.text(k);
      out.sharedName(shared.answers, k);
    } else {
      out.name = cols.name !== undefined ? cellText(values[cols.name]) : joinName(cellText(values[cols.family_name!]), cellText(values[cols.given_name!]));
      out.sharedName(undefined, -1);
    }
  }
  out.birth = birth === 0 ? undefined : birthOfCode(birth, out.birthDate);
  out.gender = gender;
  out.ethnicity = keys[1] as Official['ethnicity'];
  out.religion = keys[2] as Official['religion'];
  out.party = party;
  out.general_education = keys[3] as Official['general_education'];
  out.professional = keys[4] as Official['professional'];
  out.political_theory = keys[5] as Official['political_theory'];
  out.state_management = keys[6] as Official['state_management'];
  out.rank = keys[7] as Official['rank'];
  out.origin = origin;
  out.category = category;
  out.level = level;
  out.employment = employment;
  out.position_group = keys[10] as Official['position_group'];
  out.assessment = keys[11] as Official['assessment'];
  out.term = term;
  out.studying.professional = studyingProfessional;
  out.studying.political_theory = studyingTheory;
  return true;
}

const SCRATCH_KEYS: string[] = new Array<string>(DIRECT_DIMENSIONS.length).fill('unknown');
/** A category's slot in dimension `d` (DIMENSION_KEYS index): see DIMENSION_SLOTS. Only vocabulary keys reach it. */
const slotIn = (d: number, key: string): number => DIMENSION_SLOTS[d].indexOf(key);
const dim = (d: DimensionKey): number => DIMENSION_KEYS.indexOf(d);
const [GENDER, PARTY, ORIGIN, CATEGORY, LEVEL, EMPLOYMENT, TERM] = (['gender', 'party', 'origin', 'category', 'level', 'employment', 'term'] as const).map(dim);
/** The dimensions whose slot countRow may find from a key (the others' come from their columns' codes). */
const DERIVED = [GENDER, PARTY, ORIGIN, CATEGORY, LEVEL, EMPLOYMENT, TERM];
/** slotIn's -1 in a Uint8Array. */
const NO_SLOT = 255;
const PART_TIME = slotIn(CATEGORY, 'part_time');
const TERM_UNKNOWN = slotIn(TERM, 'unknown');
/** Per direct dimension (DIRECT_DIMENSIONS order): its place in DIMENSION_KEYS, and its slot for 'unknown'. */
const DIRECT_AT = DIRECT_DIMENSIONS.map(dim);
const DIRECT_UNKNOWN = DIRECT_AT.map((d) => slotIn(d, 'unknown'));
const PROFESSIONAL = DIRECT_DIMENSIONS.indexOf('professional');
const POLITICAL_THEORY = DIRECT_DIMENSIONS.indexOf('political_theory');

/**
 * CADRE_STATS_LANE=check: reads a row countRow counted with toOfficial too, and throws where they differ
 * (a field, the studying marks, the birth date, the id, the name when read, or a problem toOfficial would report).
 */
export function checkCountRow(raw: RawRecord, ctx: RecordContext, shared: SharedRow, counted: CountedRecord, withName = false): void {
  const problems: Problem[] = [];
  const o = toOfficial(raw, ctx, problems, shared);
  const where = `${ctx.file} › ${ctx.layout.sheet} row ${raw.row}`;
  if (problems.length) throw new Error(`count lane: ${where} has a problem the lane did not see: ${problems[0].message}`);
  if (o.id !== counted.id) throw new Error(`count lane: ${where} id differs`);
  if (withName && (o.name !== counted.name || o.nameTable?.() !== counted.nameTable?.() || o.nameIndex?.() !== counted.nameIndex?.()))
    throw new Error(`count lane: ${where} name differs`);
  // The classified dimensions are the fields countRow fills.
  for (const f of CLASSIFIED_DIMENSIONS) if (o[f] !== counted[f]) throw new Error(`count lane: ${where} ${f} = ${counted[f]}, toOfficial: ${o[f]}`);
  // …and the slots Tally.addSlots counts name the same categories.
  for (const f of CLASSIFIED_DIMENSIONS) {
    const d = DIMENSION_KEYS.indexOf(f);
    if (DIMENSION_SLOTS[d][counted.slots[d]] !== o[f]) throw new Error(`count lane: ${where} ${f}'s slot ${counted.slots[d]} is not ${o[f]}`);
  }
  if (o.studying.professional !== counted.studying.professional || o.studying.political_theory !== counted.studying.political_theory)
    throw new Error(`count lane: ${where} studying marks differ`);
  const b = (d: BirthDate | undefined): string => (d ? `${d.year}-${d.month}-${d.day}` : '-');
  if (b(o.birth) !== b(counted.birth)) throw new Error(`count lane: ${where} birth ${b(counted.birth)}, toOfficial: ${b(o.birth)}`);
}
