import { cellAddress, type CellValue } from '../io/sheet-rows.js';
import type { RawRecord, SheetLayout } from '../ingest/types.js';
import type { ClassifiedDimension } from '../model/dimensions.js';
import type { FieldKey } from '../model/fields.js';
import type { BirthDate, Official } from '../model/official.js';
import type { Problem } from '../model/problem.js';
import { parseBirthDate } from './birth-date.js';
import { cellText } from './cell-text.js';
import type { Classifier } from './classifier.js';
import { foldText } from './fold-text.js';
import { levelFromUnit, originFrom } from './place.js';
import { splitPositionUnit } from './position-unit.js';

/** Everything about the sheet a record came from that its classification needs. */
export interface RecordContext {
  file: string;
  layout: SheetLayout;
  date1904: boolean;
  classifier: Classifier;
  locality?: string;
  /** Old unit name (folded) → new unit name, from `--config unitRenames`. */
  unitRenames?: ReadonlyMap<string, string>;
}

/** Dimensions read straight from one column each, in the order problems are reported. */
const DIRECT: ReadonlyArray<[ClassifiedDimension, FieldKey]> = [
  ['gender', 'gender'],
  ['ethnicity', 'ethnicity'],
  ['religion', 'religion'],
  ['general_education', 'general_education'],
  ['professional', 'professional'],
  ['political_theory', 'political_theory'],
  ['state_management', 'state_management'],
  ['rank', 'rank'],
  ['category', 'category'],
];

/** Turns a raw roster row into an Official, reporting every value it could not classify. */
export function toOfficial(raw: RawRecord, ctx: RecordContext, problems: Problem[]): Official {
  const { layout, classifier } = ctx;
  const text = (f: FieldKey): string => cellText(raw.fields[f]);
  const report = (field: string, f: FieldKey, value: string, message: string): void => {
    const col = raw.cols[f];
    problems.push({ file: ctx.file, sheet: layout.sheet, cell: col === undefined ? `${raw.row}` : cellAddress(raw.row, col), field, value, message });
  };
  const dims: Partial<Record<ClassifiedDimension, string>> = {};
  const studying = { professional: false, political_theory: false };
  for (const [dim, f] of DIRECT) {
    // A rank column may be missing while a rank-code column ("Mã ngạch": 01.003) is there.
    const src: FieldKey = f === 'rank' && (raw.cols.rank === undefined || text('rank') === '') && raw.cols.rank_code !== undefined ? 'rank_code' : f;
    const present = raw.cols[src] !== undefined;
    const t = text(src);
    const got = present ? classifier.classify(dim, t) : { key: 'unknown', studying: false, matched: true };
    if (!got.matched) report(dim, src, t, classifier.problemMessage(dim));
    dims[dim] = got.key;
    if (got.studying && (dim === 'professional' || dim === 'political_theory')) studying[dim] = true;
  }
  // Professional level "Cử nhân Luật" + a separate major column: the level column wins; the major adds nothing.
  let birth: BirthDate | undefined;
  let gender = dims.gender ?? 'unknown';
  const male = raw.fields.birth_date_male;
  const female = raw.fields.birth_date_female;
  let birthField: FieldKey = 'birth_date';
  let birthValue: CellValue | undefined = raw.fields.birth_date;
  if (raw.cols.birth_date_male !== undefined || raw.cols.birth_date_female !== undefined) {
    const hasMale = cellText(male) !== '';
    const hasFemale = cellText(female) !== '';
    if (hasMale && !hasFemale) [birthField, birthValue] = ['birth_date_male', male];
    else if (hasFemale && !hasMale) [birthField, birthValue] = ['birth_date_female', female];
    else if (hasMale && hasFemale) report('gender', 'birth_date_male', `${cellText(male)} | ${cellText(female)}`, classifier.message('both_birth_columns'));
    if (gender === 'unknown' && hasMale !== hasFemale) gender = hasMale ? 'male' : 'female';
  }
  if (birthValue !== undefined && cellText(birthValue) !== '') {
    const parsed = parseBirthDate(birthValue, { date1904: ctx.date1904 });
    if (parsed.ok) birth = parsed.date;
    else report('birth_date', birthField, cellText(birthValue), classifier.message(`birth_${parsed.reason}`));
  }
  const combined = raw.cols.position_unit !== undefined ? splitPositionUnit(text('position_unit')) : undefined;
  let unit = text('unit') || combined?.unit || raw.groupUnit || layout.sheetUnit || undefined;
  if (unit && ctx.unitRenames) unit = ctx.unitRenames.get(foldText(unit)) ?? unit;
  const position = text('position') || combined?.position || undefined;
  const hometown = text('hometown') || undefined;

  const partyText = text('party');
  let party = partyText ? classifier.classify('party', partyText) : { key: 'non_member', studying: false, matched: true };
  if (!party.matched) report('party', 'party', partyText, classifier.problemMessage('party'));
  if (text('party_join_date') !== '') party = { key: 'member', studying: false, matched: true };

  let level = raw.cols.level !== undefined ? classifier.classify('level', text('level')) : undefined;
  if (level && !level.matched) report('level', 'level', text('level'), classifier.problemMessage('level'));
  const levelKey = level && level.key !== 'unknown' ? level.key : unit ? levelFromUnit(unit) : 'unknown';

  let origin: string = 'unknown';
  if (raw.cols.origin !== undefined && text('origin') !== '') {
    const got = classifier.classify('origin', text('origin'));
    if (!got.matched) report('origin', 'origin', text('origin'), classifier.problemMessage('origin'));
    origin = got.key;
  } else origin = originFrom(hometown, unit, ctx.locality);

  const columns: Record<string, string> = {};
  for (const title in raw.columns) columns[foldText(title)] = raw.columns[title];
  const idText = text('id');
  return {
    file: ctx.file,
    sheet: layout.sheet,
    row: raw.row,
    ...(idText ? { id: idText } : {}),
    name: text('name'),
    ...(birth ? { birth } : {}),
    gender,
    ethnicity: dims.ethnicity,
    religion: dims.religion,
    party: party.key,
    general_education: dims.general_education,
    professional: dims.professional,
    political_theory: dims.political_theory,
    state_management: dims.state_management,
    rank: dims.rank,
    origin,
    category: dims.category,
    level: levelKey,
    studying,
    ...(unit ? { unit } : {}),
    ...(position ? { position } : {}),
    ...(hometown ? { hometown } : {}),
    columns,
  } as Official;
}
