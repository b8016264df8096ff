// The schemas of the form definitions (src/vocab/forms/*.json) and of form-words.json, the single source of
// their types. Checked by test/vocab/vocab-schemas.test.ts, not at run time: forms.ts reads the files as these types.
import { z } from 'zod';
import { CATEGORY_KEYS, type DimensionKey, type FixedDimension } from '../model/dimensions.js';
import { DimensionKeySchema } from '../model/key-schemas.js';

/** Where a form's figure comes from: the population, one category of one dimension (or the sum of several), or an indicator. */
export type FormCount = 'population' | { dim: DimensionKey; key: string } | { dim: DimensionKey; keys: string[] } | { indicator: string };

/** A figure of the form (a numbered column, or a criterion row): one label, or several official columns the roster cannot tell apart. */
export interface FormLeaf {
  label: string | string[];
  /** No count: the tool does not compute this figure, it stays empty. */
  count?: FormCount;
  /** A note printed under the table when the figure is filled; `{cols}` names its numbers. */
  note?: string;
}
export interface FormGroup {
  label: string;
  children: FormNode[];
}
export type FormNode = FormLeaf | FormGroup;

const CountSchema: z.ZodType<FormCount> = z.union([
  z.literal('population'),
  z.strictObject({ dim: DimensionKeySchema, key: z.string() }),
  z.strictObject({ dim: DimensionKeySchema, keys: z.array(z.string()).min(2) }),
  z.strictObject({ indicator: z.string() }),
]);
const NodeSchema: z.ZodType<FormNode> = z.lazy(() =>
  z.union([
    z.strictObject({ label: z.string(), children: z.array(NodeSchema).min(1) }),
    z.strictObject({ label: z.union([z.string(), z.array(z.string()).min(2)]), count: CountSchema.optional(), note: z.string().optional() }),
  ]),
);
const Words = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const LevelKey = z.enum(['central', 'province', 'district', 'commune']);

/** Where the layout was read: the document that issues the form, and the page or repository it was copied from. */
const SourceSchema = z.strictObject({
  /** The document that issues the form: "Thông tư 11/2012/TT-BNV …, Biểu số 01 (BM01/BNV)". */
  document: z.string().min(1),
  url: z.string().optional(),
  /** Where the exact layout (headings, order, merges) was read, and what is not confirmed. */
  layout: z.string().min(1),
});

/** One line of the heading: its text and look; `width` = the columns it spans (default: up to the side block). */
const LineSchema = z.strictObject({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  size: z.number().positive().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  width: z.number().int().positive().optional(),
});
export type FormLine = z.infer<typeof LineSchema>;

/**
 * The lines above the table: on the left (form code, who it applies to) and in the side block on the right
 * (reporting unit, form number) from row 1; then the title lines across the table (`{year}` = the year of the
 * reference date), "Tính đến ngày {date}", and a row with the scope line (two-level state) and the unit.
 */
const HeadingSchema = z.strictObject({
  left: z.array(LineSchema),
  side: z.array(LineSchema),
  /** Columns of the side block, counted from the last column (also the right signer's block). */
  sideWidth: z.number().int().positive(),
  title: z.array(LineSchema).min(1),
  asOf: z.string().optional(),
  unit: z.string().optional(),
});

/** Who a form counts: the categories of one dimension it is about ("công chức" for BM01). */
const CountsSchema = z.strictObject({
  dimension: z.enum(Object.keys(CATEGORY_KEYS) as [FixedDimension, ...FixedDimension[]]),
  keys: z.array(z.string()).min(1),
  /** The people counted, as the form's notes name them: "công chức". */
  label: z.string(),
  /** The same on stderr, in the user's language. */
  people: Words,
});

/** The levels a form is about (BM01: from district up); people at other levels are counted but said on stderr. */
const LevelsSchema = z.strictObject({
  keys: z.array(LevelKey).min(1),
  /** "công chức từ cấp huyện trở lên". */
  scope: Words,
  /** The people outside, as the note names them: "ở cấp xã". */
  outside: Words,
  /** The `--where` that keeps only the form's levels. */
  where: z.string(),
});

/** What the form covers for a roster dated on or after the two-level state began (policy.json twoLevelSince). */
const TwoLevelSchema = z.strictObject({
  /** On stderr: "công chức ở trung ương và cấp tỉnh". */
  scope: Words,
  /** In the form, under the reference date. */
  line: z.string().min(1),
  /** Who the figures are of, in the form's note ("Số liệu gồm … người ở cấp tỉnh"), when that changes too. */
  label: z.string().min(1).optional(),
});

const PrintSchema = z.strictObject({
  orientation: z.enum(['portrait', 'landscape']),
  /** Column widths (Excel units): the number column, the name column, each figure column. */
  widths: z.strictObject({ number: z.number().positive(), name: z.number().positive(), figure: z.number().positive() }),
  headerRowHeight: z.number().positive(),
  lastHeaderRowHeight: z.number().positive(),
});

const SignaturesSchema = z.strictObject({
  dateLine: z.string(),
  /** Columns of the left signer's block (the right one is the side block). */
  leftWidth: z.number().int().positive(),
  /** One or two signers (left, then right); `wrap`: the hint takes two lines. */
  signers: z
    .array(z.strictObject({ title: z.string(), hint: z.string(), wrap: z.boolean().optional() }))
    .min(1)
    .max(2),
});

const COMMON = {
  $comment: z.string().optional(),
  code: z.string(),
  name: Words,
  source: SourceSchema,
  sheetName: z.string().min(1).max(31),
  /** The `--by` field the form implies: its groups are the rows (`groups`) or the columns (`criteria`). */
  by: z.string(),
  /** The `--age-bands` the form implies when none is given (its age figures are these bands). */
  ageBands: z.string().optional(),
  heading: HeadingSchema,
  counts: CountsSchema.optional(),
  levels: LevelsSchema.optional(),
  twoLevel: TwoLevelSchema.optional(),
  /** Texts for figures the tool cannot fill, by name (a figure's `empty`); `{cols}` = their numbers. */
  emptyNotes: z.record(z.string(), z.string()).optional(),
  signatures: SignaturesSchema,
  print: PrintSchema,
};

/** Rows are the `--by` groups (units) and the total; numbered columns are the figures (BM01, BM02). */
const GroupRowsSchema = z.strictObject({
  ...COMMON,
  rows: z.literal('groups'),
  /** The two stub columns and the total row: "STT", "Tên đơn vị", "Tổng số". */
  stub: z.strictObject({ number: z.string(), name: z.string(), total: z.string() }),
  columns: z.array(NodeSchema).min(1),
});

/** A column of a criteria form: which population it counts (the total, or one `--by` group), or nothing. */
export interface SectionLeaf {
  label: string;
  /** The number printed for it: "3 (=4+8)" (default: its position). */
  number?: string;
  section?: 'total' | { key: string };
  /** A figure the tool cannot fill: the name of its text in `emptyNotes`. */
  empty?: string;
  /** Only for rosters before the two-level state (a district column): empty on a later roster. */
  beforeTwoLevel?: boolean;
}
export type SectionNode = SectionLeaf | { label: string; children: SectionNode[] };
const SectionNodeSchema: z.ZodType<SectionNode> = z.lazy(() =>
  z.union([
    z.strictObject({ label: z.string(), children: z.array(SectionNodeSchema).min(1) }),
    z.strictObject({
      label: z.string(),
      number: z.string().optional(),
      section: z.union([z.literal('total'), z.strictObject({ key: z.string() })]).optional(),
      empty: z.string().optional(),
      beforeTwoLevel: z.boolean().optional(),
    }),
  ]),
);

/** A row of a criteria form: its mark ("1", "-"), its label, and its figure (none: a heading, or not computed). */
const CriterionSchema = z.strictObject({
  mark: z.string(),
  label: z.string(),
  /** A heading row: no figures. */
  heading: z.boolean().optional(),
  bold: z.boolean().optional(),
  /** No count (and not a heading): the tool cannot fill the row; it stays empty and the notes name it. */
  count: CountSchema.optional(),
  /** A note printed under the table when the row is filled. */
  note: z.string().optional(),
});
export type FormCriterion = z.infer<typeof CriterionSchema>;

/** Rows are the criteria (Nữ, Đảng viên, age bands, …); columns are populations: the total and `--by` groups (BTCTW forms). */
const CriteriaRowsSchema = z.strictObject({
  ...COMMON,
  rows: z.literal('criteria'),
  /** The two stub columns and the numbers printed under them: "STT", "Tiêu chí", ["1", "2"]. */
  stub: z.strictObject({ number: z.string(), name: z.string(), numbers: z.tuple([z.string(), z.string()]) }),
  criteria: z.array(CriterionSchema).min(1),
  columns: z.array(SectionNodeSchema).min(1),
});

/** A form definition file (docs/forms.md). */
export const FormDefinitionSchema = z.discriminatedUnion('rows', [GroupRowsSchema, CriteriaRowsSchema]);
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
export type GroupRowsForm = z.infer<typeof GroupRowsSchema>;
export type CriteriaRowsForm = z.infer<typeof CriteriaRowsSchema>;
export type FormId = string;

/** The engine's own words around any form (notes on who is counted and why a column is empty). */
export const FormWordsSchema = z.strictObject({
  $comment: z.string().optional(),
  notesHeading: z.string(),
  emptyColumns: z.string(),
  columnRef: z.string(),
  missingDimension: z.string(),
  missingCategory: z.string(),
  countsNote: z.string(),
  levelsNote: z.string(),
  uncoveredNote: z.string(),
  uncoveredItem: z.string(),
  emptyRows: z.string(),
  rowRef: z.string(),
  missingDimensionRows: z.string(),
  unknownCategoryRows: z.string(),
  missingCategoryRows: z.string(),
});
export type FormWords = z.infer<typeof FormWordsSchema>;
