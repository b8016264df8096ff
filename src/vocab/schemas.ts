// The schema of every vocabulary file (src/vocab/**/*.json): the single source of the types the code reads
// them as (`vocab<T>(json)` in load-json.ts). They are checked here, by test/vocab/vocab-schemas.test.ts, not
// at run time: the program imports only the types (`import type`), so a run loads no zod for its own words.
import { z } from 'zod';
import { CATEGORY_KEYS, CLASSIFIED_DIMENSIONS } from '../model/dimensions.js';
import { DimensionKeySchema, FieldKeySchema } from '../model/key-schemas.js';
import { PolicySchema } from '../model/policy.js';
import { CategoryVocabSchema } from './category-schema.js';
import { FormDefinitionSchema, FormWordsSchema } from './form-schema.js';

const Text = z.object({ vi: z.string(), en: z.string() });
const Share = z.number().min(0).max(1);

/** age-presets.json: the `--age-bands` presets and how a band is labelled. */
export const AgePresetsSchema = z.object({
  presets: z.record(z.string(), z.array(z.number().int().positive())),
  labels: z.object({ first: Text, middle: Text, last: Text, unknown: Text }),
  dimensionLabel: Text,
});
export type AgePresets = z.infer<typeof AgePresetsSchema>;

/** field-names.json: the Vietnamese names of each field `--where` and `--by` can name. */
export const FieldNamesSchema = z.record(z.string(), z.array(z.string().min(1)));
export type FieldNames = z.infer<typeof FieldNamesSchema>;

const IndicatorDefSchema = z.object({
  id: z.string(),
  dimension: DimensionKeySchema.optional(),
  keys: z.array(z.string()).optional(),
  special: z.enum(['young', 'average', 'studying', 'age_range', 'rank_among', 'eligibility_first', 'eligibility_re']).optional(),
  /** `age_range`: the people of this gender aged `ages[0]`…`ages[1]` (completed years). */
  gender: z.enum(['female', 'male']).optional(),
  ages: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  /** `rank_among`: the people of rank `keys` whose category is one of these (8B-BTCTW's ngạch and hạng rows). */
  categories: z.array(z.string()).min(1).optional(),
  /** Computed only when asked for (by a form's column), not in every report. */
  optional: z.boolean().optional(),
  /** Shown only with this preset (`--preset dai-hoi`). */
  preset: z.literal('dai-hoi').optional(),
  label: Text,
});
export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;
/** indicators.json: the indicators reports quote, in output order. */
export const IndicatorsSchema = z.object({ indicators: z.array(IndicatorDefSchema) });
export type Indicators = z.infer<typeof IndicatorsSchema>;

/** paragraph.json: the wording of the report paragraph (`--format text`). */
export const ParagraphSchema = z.object({
  /** Who the opening names, by the categories present ("công chức"); `default` for a mixed or unknown population. */
  subjects: z.record(z.string(), Text),
  phrases: z.record(z.string(), Text),
  separators: z.object({ items: Text, itemsWithChange: Text, tail: Text, sentences: Text, end: Text }),
  flags: z.array(z.object({ indicator: z.string(), label: Text })),
  /** Dimensions said in the opening (the flags) or derived from no column (level): no sentence of their own. */
  skip: z.array(DimensionKeySchema),
  sections: z.array(
    z.object({
      dimension: DimensionKeySchema,
      heading: Text,
      indicators: z.array(z.object({ id: z.string(), label: Text.optional() })),
      average: z.object({ id: z.string(), label: Text }).optional(),
      /** Category words when the table's label reads badly mid-sentence. */
      labels: z.record(z.string(), Text).optional(),
      /** Say nothing when only one category has anyone (the opening's subject already names it). */
      skipWhenOne: z.boolean().optional(),
    }),
  ),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** ui*.json, xlsx.json, messages.json: phrases by id, in both languages. */
export const PhrasesSchema = z.record(z.string(), Text);
export type Phrases = z.infer<typeof PhrasesSchema>;

/** headers.json: column titles per field, and the words that tell sheets and groups apart. */
export const HeadersSchema = z.object({
  fields: z.partialRecord(FieldKeySchema, z.array(z.string().min(1))),
  /** Weak titles: a column so titled is a candidate only if its content confirms it. */
  hints: z.partialRecord(FieldKeySchema, z.array(z.string().min(1))),
  genericSheetNames: z.array(z.string()),
  /** Sheets that software templates ship beside the roster: examples, instructions, code lists. */
  sampleSheetNames: z.array(z.string()),
  exactOnly: z.array(z.string()),
  ignoredGroups: z.array(z.string()),
  aboutNotFields: z.string(),
  notFields: z.array(z.string()),
});
export type Headers = z.infer<typeof HeadersSchema>;

/** row-markers.json: words that mark total rows, signature blocks, note lines, unit names and category headings. */
export const RowMarkersSchema = z.object({
  total: z.array(z.string()),
  signature: z.array(z.string()),
  notes: z.array(z.string()),
  unitWords: z.array(z.string()),
  categoryWords: z.array(z.string()),
});
export type RowMarkers = z.infer<typeof RowMarkersSchema>;

/** level-hints.json: the posts and titles that make a roster commune level. */
export const LevelHintsSchema = z.object({ about: z.string(), commune: z.array(z.string()), titles: z.array(z.string()), share: Share });
export type LevelHints = z.infer<typeof LevelHintsSchema>;

/** evidence.json: the weights and thresholds of column evidence, every number in one file. */
export const EvidenceSchema = z.object({
  about: z.string(),
  title: z.object({
    about: z.string(),
    exact: Share,
    subExact: Share,
    prefix: Share,
    subPrefix: Share,
    annotation: Share,
    group: Share,
    legend: Share,
    hint: Share,
  }),
  weights: z.object({ about: z.string(), title: Share, content: Share, fill: Share, neutralShare: Share }),
  sample: z.object({ about: z.string(), rows: z.number().int().positive(), minCells: z.number().int().positive() }),
  thresholds: z.object({ about: z.string(), reject: Share, lowConfidence: Share, hintConfirm: Share, close: Share, formCodes: Share }),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** units-2025.json: the official 2025 lists (built by scripts/build-units.js). */
export const UnitsSchema = z.object({
  source: z.string(),
  integrity: z.string().nullable(),
  inForceFrom: z.string(),
  /** What scripts/build-units.js repaired in the package's data, counted. */
  repairs: z.strictObject({ codeNotListed: z.number().int(), nameDisagrees: z.number().int(), noOldName: z.number().int() }),
  provinces: z.array(z.tuple([z.string(), z.string()])),
  communes: z.array(z.tuple([z.string(), z.string(), z.number().int()])),
  old: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.union([z.number().int(), z.array(z.number().int())])))),
});
export type Units = z.infer<typeof UnitsSchema>;

/** places.json: administrative prefixes and the words of each level. */
export const PlacesSchema = z.object({
  prefixes: z.array(z.string()),
  levels: z.object({ commune: z.array(z.string()), district: z.array(z.string()), province: z.array(z.string()), central: z.array(z.string()) }),
  unitStarts: z.array(z.string()),
});
export type Places = z.infer<typeof PlacesSchema>;

/** rank-codes.json: official rank codes ("01.003") and the rank group each gives. */
export const RankCodesSchema = z.object({
  about: z.string(),
  source: z.string(),
  codes: z.record(z.string(), z.object({ name: z.string(), group: z.enum([...CATEGORY_KEYS.rank]) })),
});
export type RankCodes = z.infer<typeof RankCodesSchema>;

/** cell-markers.json: the "đang học" mark and the words that join several values in one cell. */
export const CellMarkersSchema = z.object({
  studying: z.object({ lead: z.string(), optional: z.string(), verbs: z.array(z.string()).min(1) }),
  listWords: z.array(z.string()),
});
export type CellMarkers = z.infer<typeof CellMarkersSchema>;

/** help.json: the Vietnamese of `--help`. */
export const HelpSchema = z.object({
  titles: z.record(z.string(), z.string()),
  extra: z.object({ choices: z.string(), default: z.string() }),
  usage: z.object({ options: z.string(), command: z.string() }),
  program: z.string(),
  examples: z.string(),
  afterError: z.string(),
  commands: z.record(z.string(), z.string()),
  arguments: z.record(z.string(), z.string()),
  options: z.record(z.string(), z.string()),
});
export type HelpVi = z.infer<typeof HelpSchema>;

/** sayings.json: English sentences built in code and their Vietnamese templates. */
export const SayingsSchema = z.array(z.object({ en: z.string(), vi: z.string() }));
export type Sayings = z.infer<typeof SayingsSchema>;

/** Every vocabulary file by name (its path under src/vocab without `.json`, as in vocab-files.ts) → its schema. */
export const VOCAB_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'age-presets': AgePresetsSchema,
  ...Object.fromEntries(CLASSIFIED_DIMENSIONS.map((dim) => [`categories/${dim}`, CategoryVocabSchema])),
  'cell-markers': CellMarkersSchema,
  evidence: EvidenceSchema,
  'field-names': FieldNamesSchema,
  'form-words': FormWordsSchema,
  'forms/bm01': FormDefinitionSchema,
  'forms/bm02': FormDefinitionSchema,
  'forms/btctw-8b': FormDefinitionSchema,
  headers: HeadersSchema,
  help: HelpSchema,
  indicators: IndicatorsSchema,
  'level-hints': LevelHintsSchema,
  messages: PhrasesSchema,
  paragraph: ParagraphSchema,
  places: PlacesSchema,
  policy: PolicySchema,
  'rank-codes': RankCodesSchema,
  'row-markers': RowMarkersSchema,
  sayings: SayingsSchema,
  'ui-ingest': PhrasesSchema,
  'ui-inspect': PhrasesSchema,
  'ui-reader': PhrasesSchema,
  'ui-web': PhrasesSchema,
  ui: PhrasesSchema,
  'units-2025': UnitsSchema,
  xlsx: PhrasesSchema,
};

/** Why `data` (the vocabulary file `name`) does not match its schema, or undefined when it does. */
export function vocabProblem(name: string, data: unknown): string | undefined {
  const schema = VOCAB_SCHEMAS[name];
  if (!schema) return `src/vocab/${name}.json has no schema in src/vocab/schemas.ts`;
  const parsed = schema.safeParse(data);
  return parsed.success ? undefined : `src/vocab/${name}.json does not match its schema: ${parsed.error.message}`;
}
