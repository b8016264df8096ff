import { z } from 'zod';
import { CATEGORY_KEYS, DimensionKeySchema, type DimensionKey, type FixedDimension } from '../model/dimensions.js';
import { loadVocab } from './load-json.js';

/** Where a form column's number comes from: the population, one category of one dimension, or an indicator. */
export type FormCount = 'population' | { dim: DimensionKey; key: string } | { indicator: string };

/** A column of the form: one label, or several official columns the roster cannot tell apart. */
export interface FormLeaf {
  label: string | string[];
  /** No count: the tool does not compute this column, it stays empty. */
  count?: FormCount;
  /** A note printed under the table when the column is filled; `{cols}` names its numbers. */
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
  z.strictObject({ indicator: z.string() }),
]);
const NodeSchema: z.ZodType<FormNode> = z.lazy(() =>
  z.union([
    z.strictObject({ label: z.string(), children: z.array(NodeSchema).min(1) }),
    z.strictObject({ label: z.union([z.string(), z.array(z.string()).min(2)]), count: CountSchema.optional(), note: z.string().optional() }),
  ]),
);
/** Who a form counts: the categories of one dimension it is about ("công chức" for BM01). */
const ScopeSchema = z.strictObject({
  dimension: z.enum(Object.keys(CATEGORY_KEYS) as [FixedDimension, ...FixedDimension[]]),
  keys: z.array(z.string()).min(1),
  /** The people counted, as the note names them: "công chức". */
  label: z.string(),
});
const FormSpecSchema = z.strictObject({
  code: z.string(),
  sheetName: z.string(),
  scope: z.string(),
  title: z.string(),
  counts: ScopeSchema.optional(),
  columns: z.array(NodeSchema).min(1),
});
const FormsSchema = z.strictObject({
  common: z.strictObject({
    reportingUnit: z.string(),
    receivingUnit: z.string(),
    deadline: z.string(),
    asOf: z.string(),
    unit: z.string(),
    stt: z.string(),
    unitName: z.string(),
    total: z.string(),
    notesHeading: z.string(),
    emptyColumns: z.string(),
    columnRef: z.string(),
    missingDimension: z.string(),
    missingCategory: z.string(),
    countsNote: z.string(),
    dateLine: z.string(),
    signers: z.array(z.strictObject({ title: z.string(), hint: z.string() })).min(1),
  }),
  forms: z.strictObject({ bm01: FormSpecSchema, bm02: FormSpecSchema }),
});

/** The wording, scope and column tree of the official forms (src/vocab/forms.json). */
export const FORMS = loadVocab('forms', FormsSchema);
export type FormSpec = z.infer<typeof FormSpecSchema>;
export type FormScope = z.infer<typeof ScopeSchema>;
export type FormId = keyof typeof FORMS.forms;

for (const [id, spec] of Object.entries(FORMS.forms)) {
  const valid: readonly string[] = spec.counts ? CATEGORY_KEYS[spec.counts.dimension] : [];
  for (const key of spec.counts?.keys ?? [])
    if (!valid.includes(key)) throw new Error(`src/vocab/forms.json: ${id}.counts: "${key}" is not a ${spec.counts!.dimension} key`);
}

/** The indicators a form's columns read (computed only when asked for). */
export function formIndicators(spec: FormSpec): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly FormNode[]): void => {
    for (const n of nodes) {
      if ('children' in n) walk(n.children);
      else if (n.count && typeof n.count === 'object' && 'indicator' in n.count) out.push(n.count.indicator);
    }
  };
  walk(spec.columns);
  return out;
}
