import { CellError, cellAddress, type CellValue, type RowValues } from '../io/sheet-rows.js';
import type { RawRecord, SheetLayout } from '../ingest/types.js';
import type { CategoryOf, ClassifiedDimension } from '../model/dimensions.js';
import type { FieldKey } from '../model/fields.js';
import type { BirthDate, NameTable, Official } from '../model/official.js';
import type { Problem } from '../model/problem.js';
import { parseBirthDate } from './birth-date.js';
import { cellText } from './cell-text.js';
import type { Classifier } from './classifier.js';
import type { Classified } from './classify.js';
import { foldText } from './fold-text.js';
import { hometownCell, localityKey, originAt, unitFacts, type HometownCell, type OriginMemo, type UnitFacts } from './place.js';
import { splitPositionUnit } from './position-unit.js';
import { personId } from './person-id.js';
import { sharedIndexAt, type SharedRow } from './shared-answers.js';
import type { UnitMapper } from './unit-map.js';

/** Everything about the sheet a record came from that its classification needs. */
export interface RecordContext {
  file: string;
  layout: SheetLayout;
  date1904: boolean;
  classifier: Classifier;
  locality?: string;
  /** Old unit name (folded) → new unit name, from `--config unitRenames`. */
  unitRenames?: ReadonlyMap<string, string>;
  /** The roster's date is on or after 1/7/2025: no district level exists (policy.json twoLevelSince). */
  twoLevel?: boolean;
  /** `--units-as-of`: maps unit names to the units in force (config renames included). */
  unitMapper?: UnitMapper;
  /** "Người địa phương" worked out once per unit and hometown for this run (see OriginMemo). */
  origins?: OriginMemo;
  /** What the table's rows share, made on its first row (one context per sheet table): no module state. */
  plan?: RecordPlan;
}

/** Dimensions read straight from one column each (read in this order, so their problems come in it). */
type Direct = (typeof DIRECT_DIMENSIONS)[number];
export const DIRECT_DIMENSIONS = [
  'gender',
  'ethnicity',
  'religion',
  'general_education',
  'professional',
  'political_theory',
  'state_management',
  'rank',
  'category',
  'employment',
  'position_group',
  'assessment',
] as const satisfies readonly (ClassifiedDimension & FieldKey)[];
/** A dimension's category as a classifier gives it: one of its keys, or unknown. */
type KeyOf<D extends ClassifiedDimension> = CategoryOf<D> | 'unknown';
type ClassifyFn<D extends ClassifiedDimension> = (text: string) => Classified<CategoryOf<D>>;

/** What one sheet's rows share: the column of each direct dimension and its memoised classifier. */
export interface RecordPlan {
  classifier: Classifier;
  /** The column map it was made for. */
  of: RawRecord['cols'];
  classify: { [D in Direct]: ClassifyFn<D> };
  party: ClassifyFn<'party'>;
  level: ClassifyFn<'level'>;
  origin: ClassifyFn<'origin'>;
  term: ClassifyFn<'term'>;
  /** Recently cleaned texts of the columns whose values repeat (see repeatedTextAt). */
  texts: Record<'unit' | 'position' | 'party' | 'level' | 'origin', TextCache>;
  /**
   * The direct dimensions in DIRECT_DIMENSIONS order, each with its column and classifier: read by a
   * constant index, so a row's reads are plain loads, not a lookup by a dimension name in a variable.
   */
  direct: DirectRead[];
  /** The unit of the row before and what its name tells (rows of one unit come together). */
  lastUnit: string | undefined;
  lastFacts: UnitFacts | undefined;
  /** The counting lane's answers by shared-string index (see count-row.ts), made when it first counts a row. */
  lane?: unknown;
}

interface DirectRead {
  dim: Direct;
  col: number | undefined;
  classify: (text: string) => Classified<string>;
}

export function planFor(ctx: RecordContext, cols: RawRecord['cols'], classifier: Classifier): RecordPlan {
  const known = ctx.plan;
  if (known && known.of === cols && known.classifier === classifier) return known;
  const f = classifier.forDimension;
  const plan: RecordPlan = {
    classifier,
    of: cols,
    classify: {
      gender: f('gender'),
      ethnicity: f('ethnicity'),
      religion: f('religion'),
      general_education: f('general_education'),
      professional: f('professional'),
      political_theory: f('political_theory'),
      state_management: f('state_management'),
      rank: f('rank'),
      category: f('category'),
      employment: f('employment'),
      position_group: f('position_group'),
      assessment: f('assessment'),
    },
    party: f('party'),
    level: f('level'),
    origin: f('origin'),
    term: f('term'),
    texts: {
      unit: new TextCache(),
      position: new TextCache(),
      party: new TextCache(),
      level: new TextCache(),
      origin: new TextCache(),
    },
    direct: [],
    lastUnit: undefined,
    lastFacts: undefined,
  };
  plan.direct = DIRECT_DIMENSIONS.map((dim) => ({ dim, col: cols[dim], classify: plan.classify[dim] as (text: string) => Classified<string> }));
  ctx.plan = plan;
  return plan;
}

/** One direct dimension of a row (its index in DIRECT_DIMENSIONS): its column's cell classified, a problem reported when nothing matched. */
function readDirect<I extends number>(
  at: I,
  raw: RawRecord,
  ctx: RecordContext,
  plan: RecordPlan,
  problems: Problem[],
  studying: Official['studying'],
): KeyOf<(typeof DIRECT_DIMENSIONS)[I]> {
  const read = plan.direct[at];
  const dim = read.dim;
  const values = raw.values;
  let field: FieldKey = dim;
  let col = read.col;
  let classify = read.classify;
  // A rank column may be missing while a rank-code column ("Mã ngạch": 01.003) is there.
  if (dim === 'rank' && raw.cols.rank_code !== undefined && (col === undefined || isBlank(values[col]))) {
    field = 'rank_code';
    col = raw.cols.rank_code;
    classify = plan.classify.rank;
  }
  if (col === undefined) return 'unknown';
  // Text goes to the classifier as it is (it folds; its memo is keyed by the raw text, so the repeated
  // strings of a roster are neither cleaned nor folded again); other cells as their text.
  const v = values[col];
  const got = classify(typeof v === 'string' ? v : cellText(v));
  if (!got.matched) reportProblem(raw, ctx, problems, dim, field, cellText(v), plan.classifier.problemMessage(dim));
  if (got.studying) {
    if (dim === 'professional') studying.professional = true;
    else if (dim === 'political_theory') studying.political_theory = true;
  }
  return got.key as KeyOf<(typeof DIRECT_DIMENSIONS)[I]>;
}

/**
 * Officials (and their studying marks) are made by constructors, not object literals. V8 watches each
 * literal's objects: when most of those it counts outlive a young-generation collection (a batch's officials
 * live until the batch is counted), it allocates every later object of that literal straight in the old
 * generation ("allocation-site pretenuring"), where a million dead officials pile up until a full
 * collection: ~280 MB of the 455 MB peak on a 1M-row diverse roster. Objects made by `new` are never
 * pretenured: they die young, as they should. Same keys in the same order as the literal had.
 */
export class OfficialRecord implements Official {
  file!: string;
  sheet!: string;
  row!: number;
  id?: string;
  name!: string;
  birth?: BirthDate;
  gender!: Official['gender'];
  ethnicity!: Official['ethnicity'];
  religion!: Official['religion'];
  party!: Official['party'];
  general_education!: Official['general_education'];
  professional!: Official['professional'];
  political_theory!: Official['political_theory'];
  state_management!: Official['state_management'];
  rank!: Official['rank'];
  origin!: Official['origin'];
  category!: Official['category'];
  level!: Official['level'];
  employment!: Official['employment'];
  position_group!: Official['position_group'];
  assessment!: Official['assessment'];
  term!: Official['term'];
  studying!: Official['studying'];
  unit?: string;
  unitRead?: string;
  position?: string;
  hometown?: string;
  columns!: Record<string, string>;
  // Where the name came from (see Official.nameTable): private fields, not keys of the official.
  #nameTable: NameTable | undefined = undefined;
  #nameIndex = -1;

  nameTable(): NameTable | undefined {
    return this.#nameTable;
  }

  nameIndex(): number {
    return this.#nameIndex;
  }

  /** The name's shared string (a reused official without one: undefined, -1). */
  sharedName(table: NameTable | undefined, index: number): void {
    this.#nameTable = table;
    this.#nameIndex = index;
  }
}

export class StudyingMarks {
  professional = false;
  political_theory = false;
}

/**
 * Turns a raw roster row into an Official, reporting every value it could not classify. `shared` tells
 * which of the row's cells are which shared strings: their names, home towns and dates are then answered
 * by index (see SharedAnswers), the same answers as by text.
 */
export function toOfficial(raw: RawRecord, ctx: RecordContext, problems: Problem[], shared?: SharedRow): Official {
  const { layout, classifier } = ctx;
  // Columns are read by name (cols.unit), not by a key in a variable: one shape, fast property loads.
  const cols = raw.cols;
  const values = raw.values;
  const plan = planFor(ctx, cols, classifier);
  const studying = new StudyingMarks();
  // By index in DIRECT_DIMENSIONS: each index's key type is its dimension's.
  let gender = readDirect(0, raw, ctx, plan, problems, studying);
  const ethnicity = readDirect(1, raw, ctx, plan, problems, studying);
  const religion = readDirect(2, raw, ctx, plan, problems, studying);
  const general_education = readDirect(3, raw, ctx, plan, problems, studying);
  const professional = readDirect(4, raw, ctx, plan, problems, studying);
  const political_theory = readDirect(5, raw, ctx, plan, problems, studying);
  const state_management = readDirect(6, raw, ctx, plan, problems, studying);
  const rank = readDirect(7, raw, ctx, plan, problems, studying);
  let category = readDirect(8, raw, ctx, plan, problems, studying);
  let employment = readDirect(9, raw, ctx, plan, problems, studying);
  const position_group = readDirect(10, raw, ctx, plan, problems, studying);
  const assessment = readDirect(11, raw, ctx, plan, problems, studying);
  // A tick column's cell that is neither a tick nor blank ("2", "đang học") was read as not ticked: said at its cell.
  if (raw.oddTicks)
    for (const t of raw.oddTicks)
      problems.push({
        file: ctx.file,
        sheet: ctx.layout.sheet,
        cell: cellAddress(raw.row, t.col),
        field: t.field,
        value: t.text,
        message: classifier.message('tick_unread'),
      });
  // A heading above the rows ("I. Biên chế", "II. Cán bộ không chuyên trách cấp xã") gives the category and
  // the employment type of the rows under it when no column does.
  if (raw.groupLabel !== undefined) {
    if (cols.category === undefined) category = plan.classify.category(raw.groupLabel).key;
    if (cols.employment === undefined) employment = plan.classify.employment(raw.groupLabel).key;
  }
  // "Cán bộ không chuyên trách" is part-time wherever it appears: in the category column or the employment one.
  if (category !== 'part_time' && cols.employment !== undefined) {
    const v = values[cols.employment];
    if (typeof v === 'string' && v !== '' && plan.classify.category(v).key === 'part_time') category = 'part_time';
  }
  // Professional level "Cử nhân Luật" + a separate major column: the level column wins; the major adds nothing.
  let birth: BirthDate | undefined;
  let birthField: FieldKey = 'birth_date';
  let birthCol = cols.birth_date;
  let birthValue: CellValue | undefined = valueAt(values, cols.birth_date);
  if (cols.birth_date_male !== undefined || cols.birth_date_female !== undefined) {
    // Emptiness is told without formatting the cell (a date would become text only to be dropped).
    const male = valueAt(values, cols.birth_date_male);
    const female = valueAt(values, cols.birth_date_female);
    const hasMale = !isBlank(male);
    const hasFemale = !isBlank(female);
    if (hasMale && !hasFemale) {
      birthField = 'birth_date_male';
      birthCol = cols.birth_date_male;
      birthValue = male;
    } else if (hasFemale && !hasMale) {
      birthField = 'birth_date_female';
      birthCol = cols.birth_date_female;
      birthValue = female;
    } else if (hasMale && hasFemale)
      reportProblem(raw, ctx, problems, 'gender', 'birth_date_male', `${cellText(male)} | ${cellText(female)}`, classifier.message('both_birth_columns'));
    if (gender === 'unknown' && hasMale !== hasFemale) gender = hasMale ? 'male' : 'female';
  }
  if (!isBlank(birthValue)) {
    const at = sharedIndexAt(values, birthCol, shared);
    const parsed = at >= 0 ? shared!.answers.birth(at) : parseBirthDate(birthValue!, { date1904: ctx.date1904 });
    if (parsed.ok) birth = parsed.date;
    else reportProblem(raw, ctx, problems, 'birth_date', birthField, cellText(birthValue), classifier.message(`birth_${parsed.reason}`));
  }
  const combined = cols.position_unit !== undefined ? splitPositionUnit(textAt(values, cols.position_unit)) : undefined;
  let unit = repeatedTextAt(values, cols.unit, plan.texts.unit) || combined?.unit || raw.groupUnit || layout.sheetUnit || undefined;
  if (unit && ctx.unitRenames?.size && !ctx.unitMapper) unit = ctx.unitRenames.get(foldText(unit)) ?? unit;
  const position = repeatedTextAt(values, cols.position, plan.texts.position) || combined?.position || undefined;
  const hometownShared = sharedIndexAt(values, cols.hometown, shared);
  const hometown = hometownShared >= 0 ? shared!.answers.hometown(hometownShared) : hometownAt(values, cols.hometown);

  // Party has no "unknown": a cell that is no member's mark counts as non-member, and is reported.
  let party: CategoryOf<'party'> = 'non_member';
  const partyText = repeatedTextAt(values, cols.party, plan.texts.party);
  if (partyText) {
    const got = plan.party(partyText);
    if (got.matched && got.key !== 'unknown') party = got.key;
    else reportProblem(raw, ctx, problems, 'party', 'party', partyText, classifier.message('party_unrecognized'));
  }
  if (!isBlank(valueAt(values, cols.party_join_date))) party = 'member';

  let levelKey: KeyOf<'level'> = 'unknown';
  if (cols.level !== undefined) {
    const levelText = repeatedTextAt(values, cols.level, plan.texts.level);
    const level = plan.level(levelText);
    if (!level.matched) reportProblem(raw, ctx, problems, 'level', 'level', levelText, classifier.problemMessage('level'));
    levelKey = level.key;
  }
  // What the unit's name tells, found once per unit (and once per run of rows of one unit).
  let facts: UnitFacts | undefined;
  if (unit) {
    if (unit !== plan.lastUnit) {
      plan.lastUnit = unit;
      plan.lastFacts = unitFacts(unit);
    }
    facts = plan.lastFacts;
  }
  if (levelKey === 'unknown' && facts) levelKey = facts.level;
  if (levelKey === 'unknown' && layout.sheetLevel) levelKey = layout.sheetLevel;
  if (levelKey === 'district' && ctx.twoLevel) {
    // Since 1/7/2025 there is no district level: a roster of that date naming one is reported, not counted as one.
    reportProblem(
      raw,
      ctx,
      problems,
      'level',
      cols.level !== undefined ? 'level' : 'unit',
      cols.level !== undefined ? textAt(values, cols.level) : (unit ?? ''),
      classifier.message('district_after_2025'),
    );
    levelKey = 'unknown';
  }
  const term = termOf(raw, ctx, plan, problems);

  let origin: KeyOf<'origin'> = 'unknown';
  const originText = repeatedTextAt(values, cols.origin, plan.texts.origin);
  if (originText !== '') {
    const got = plan.origin(originText);
    if (!got.matched) reportProblem(raw, ctx, problems, 'origin', 'origin', originText, classifier.problemMessage('origin'));
    origin = got.key;
  } else if (ctx.locality) origin = originAt(hometown, localityKey(ctx.locality, ctx.origins));
  else origin = originAt(hometown, facts?.place, facts?.placeNumber);

  let columns: Record<string, string> = NO_COLUMNS;
  if (raw.columns) {
    columns = {};
    for (const title in raw.columns) columns[foldText(title)] = raw.columns[title];
  }
  const idText = cols.id === undefined ? '' : personId(values[cols.id]);
  // Every key set on one class instance (see OfficialRecord), absent ones undefined.
  const official = new OfficialRecord();
  official.file = ctx.file;
  official.sheet = layout.sheet;
  official.row = raw.row;
  official.id = idText || undefined;
  const nameShared = sharedIndexAt(values, cols.name, shared);
  if (nameShared >= 0) {
    official.name = shared!.answers.text(nameShared);
    official.sharedName(shared!.answers, nameShared);
  } else official.name = cols.name !== undefined ? textAt(values, cols.name) : joinName(textAt(values, cols.family_name), textAt(values, cols.given_name));
  official.birth = birth;
  official.gender = gender;
  official.ethnicity = ethnicity;
  official.religion = religion;
  official.party = party;
  official.general_education = general_education;
  official.professional = professional;
  official.political_theory = political_theory;
  official.state_management = state_management;
  official.rank = rank;
  official.origin = origin;
  official.category = category;
  official.level = levelKey;
  official.employment = employment;
  official.position_group = position_group;
  official.assessment = assessment;
  official.term = term;
  official.studying = studying;
  official.unit = unit;
  official.unitRead = undefined;
  official.position = position;
  official.hometown = hometown?.text;
  official.columns = columns;
  // Level and origin were told from the unit as written; grouping and matching use the unit in force.
  if (unit && ctx.unitMapper) {
    const m = ctx.unitMapper.map(unit);
    official.unitRead = unit;
    official.unit = m.mappedTo ?? unit;
  }
  return official;
}

/** The mark columns of tái cử / lần đầu: the field, what a mark says, what a blank says (a constant: termOf runs per row). */
const TERM_MARKS = [
  ['term_re_elected', 're_elected', 'first_time'],
  ['term_first_time', 'first_time', 're_elected'],
] as const;

/**
 * Tái cử / lần đầu: a column naming it ("Tái cử", "Lần đầu") is classified; a mark column says it by being
 * marked: "Tái cử: x" (blank = lần đầu), "Lần đầu tham gia: x" (blank = tái cử).
 */
function termOf(raw: RawRecord, ctx: RecordContext, plan: RecordPlan, problems: Problem[]): KeyOf<'term'> {
  const { cols, values } = raw;
  if (cols.term !== undefined) {
    const text = textAt(values, cols.term);
    if (text === '') return 'unknown';
    const got = plan.term(text);
    if (!got.matched) reportProblem(raw, ctx, problems, 'term', 'term', text, plan.classifier.problemMessage('term'));
    return got.key;
  }
  for (const [field, marked, unmarked] of TERM_MARKS) {
    const col = cols[field];
    if (col === undefined) continue;
    const text = textAt(values, col);
    const mark = markOf(text);
    if (mark === null) {
      // The cell may name it in words ("Tái cử", "Lần đầu") instead of a mark.
      const got = plan.term(text);
      if (got.matched && got.key !== 'unknown') return got.key;
      reportProblem(raw, ctx, problems, 'term', field, text, plan.classifier.problemMessage('term'));
      return 'unknown';
    }
    return mark ? marked : unmarked;
  }
  return 'unknown';
}

/** A mark cell: true when marked (x, có, 1, ✓), false when blank or "không"; null when it is neither. */
function markOf(text: string): boolean | null {
  const f = foldText(text);
  if (f === '' || NO_MARKS.has(f)) return false;
  return YES_MARKS.has(f) ? true : null;
}
const YES_MARKS = new Set(['x', 'có', 'co', '1', 'v', '✓', '✔', 'yes', 'đã tham gia']);
const NO_MARKS = new Set(['không', 'khong', 'ko', 'k', '0', '-', 'no', 'chưa']);

/** Whether a cell shows nothing (the same test as its text being empty, without building the text). */
export function isBlank(v: CellValue | undefined): boolean {
  if (typeof v === 'string') {
    // Text starting with a printable ASCII character keeps it when cleaned: not blank, known without cleaning.
    const c = v.length > 0 ? v.charCodeAt(0) : 0;
    return c > 32 && c < 127 ? false : cellText(v) === '';
  }
  if (v === null || v === undefined || v instanceof CellError) return true;
  return v === false;
}

/**
 * The cleaned texts last seen in one column, in 256 slots chosen by a text's length and a few of its
 * characters. Units, positions and places repeat down a roster: a hit (the very same string) saves
 * cleaning it again.
 */
class TextCache {
  readonly raw: string[] = new Array<string>(256).fill('');
  readonly clean: string[] = new Array<string>(256).fill('');
}

/** `textAt` for a column whose values repeat: the same answer, from the cache when it can. */
function repeatedTextAt(values: RowValues, col: number | undefined, cache: TextCache): string {
  if (col === undefined) return '';
  const v = values[col];
  if (typeof v !== 'string') return cellText(v);
  const n = v.length;
  if (n === 0) return '';
  const slot = (n * 7 + v.charCodeAt(0) * 3 + v.charCodeAt(n >> 1) * 5 + v.charCodeAt(n - 1)) & 255;
  if (cache.raw[slot] === v) return cache.clean[slot];
  const clean = cellText(v);
  cache.raw[slot] = v;
  cache.clean[slot] = clean;
  return clean;
}

/** A row's home-town cell: one memo lookup gives its text and its place keys (home towns rarely repeat row after row). */
export function hometownAt(values: RowValues, col: number | undefined): HometownCell | undefined {
  if (col === undefined) return undefined;
  const v = values[col];
  const written = typeof v === 'string' ? v : cellText(v);
  return written === '' ? undefined : hometownCell(written);
}

/** "Họ" and "Tên" in two columns: the name is their join. */
export function joinName(family: string, given: string): string {
  return family && given ? `${family} ${given}` : family || given;
}

function textAt(values: RowValues, col: number | undefined): string {
  return col === undefined ? '' : cellText(values[col]);
}

export function valueAt(values: RowValues, col: number | undefined): CellValue | undefined {
  return col === undefined ? undefined : (values[col] ?? null);
}

function reportProblem(raw: RawRecord, ctx: RecordContext, problems: Problem[], field: string, f: FieldKey, value: string, message: string): void {
  const col = raw.cols[f];
  problems.push({ file: ctx.file, sheet: ctx.layout.sheet, cell: col === undefined ? `${raw.row}` : cellOf(raw, col), field, value, message });
}

/** A column's cell on the row; for a field read from tick columns, the cells it was read from ("F12:J12"), not its slot. */
function cellOf(raw: RawRecord, col: number): string {
  const real = raw.tickCols?.[col];
  if (!real || real.length === 0) return cellAddress(raw.row, col);
  const ticked = real.filter((c) => cellText(raw.values[c]) !== '');
  const shown = ticked.length ? ticked : real;
  return shown.length === 1 ? cellAddress(raw.row, shown[0]) : `${cellAddress(raw.row, shown[0])}:${cellAddress(raw.row, shown[shown.length - 1])}`;
}

const NO_COLUMNS: Record<string, string> = Object.freeze({}) as Record<string, string>;
