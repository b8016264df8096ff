import { z } from 'zod';
import { DimensionKeySchema, type DimensionKey } from '../../model/dimensions.js';
import { loadVocab } from '../../vocab/load-json.js';

/** Where a form column's number comes from: the population, or one category of one dimension. */
export type FormCount = 'population' | { dim: DimensionKey; key: string };

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

const CountSchema: z.ZodType<FormCount> = z.union([z.literal('population'), z.strictObject({ dim: DimensionKeySchema, key: z.string() })]);
const NodeSchema: z.ZodType<FormNode> = z.lazy(() =>
  z.union([
    z.strictObject({ label: z.string(), children: z.array(NodeSchema).min(1) }),
    z.strictObject({ label: z.union([z.string(), z.array(z.string()).min(2)]), count: CountSchema.optional(), note: z.string().optional() }),
  ]),
);
const FormSpecSchema = z.strictObject({ code: z.string(), sheetName: z.string(), scope: z.string(), title: z.string(), columns: z.array(NodeSchema).min(1) });
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
    notTracked: z.string(),
    missingDimension: z.string(),
    missingCategory: z.string(),
    dateLine: z.string(),
    signers: z.array(z.strictObject({ title: z.string(), hint: z.string() })).min(1),
  }),
  forms: z.strictObject({ bm01: FormSpecSchema, bm02: FormSpecSchema }),
});

/** The wording and column tree of the official forms (src/vocab/forms.json). */
export const FORMS = loadVocab('forms', FormsSchema);
export type FormSpec = z.infer<typeof FormSpecSchema>;
export type FormId = keyof typeof FORMS.forms;

/** A header cell of the form, relative to the header's top row and the first numbered column (0-based). */
export interface HeaderCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  label: string;
}

/** A data column of the form: where it sits, its official numbers, and where its count comes from. */
export interface FormColumn {
  col: number;
  numbers: number[];
  label: string;
  count?: FormCount;
  note?: string;
}

export interface FormLayout {
  /** Header rows. */
  depth: number;
  /** Numbered columns. */
  width: number;
  cells: HeaderCell[];
  columns: FormColumn[];
}

function isGroup(node: FormNode): node is FormGroup {
  return 'children' in node;
}

function depthOf(node: FormNode): number {
  return isGroup(node) ? 1 + Math.max(...node.children.map(depthOf)) : 1;
}

/**
 * Lays out a form's column tree: a group spans its leaves on its own header row, a leaf spans down to
 * the last header row, and leaves are numbered 1, 2, … in order (a leaf of several labels takes
 * several numbers and one merged data cell).
 */
export function layoutForm(nodes: readonly FormNode[]): FormLayout {
  const depth = Math.max(...nodes.map(depthOf));
  const cells: HeaderCell[] = [];
  const columns: FormColumn[] = [];
  let col = 0;
  const walk = (node: FormNode, row: number): void => {
    if (isGroup(node)) {
      const start = col;
      for (const child of node.children) walk(child, row + 1);
      cells.push({ row, col: start, rows: 1, cols: col - start, label: node.label });
      return;
    }
    const labels = typeof node.label === 'string' ? [node.label] : node.label;
    const numbers = labels.map((label, i) => {
      cells.push({ row, col: col + i, rows: depth - row, cols: 1, label });
      return col + i + 1;
    });
    columns.push({ col, numbers, label: labels.join(', '), ...(node.count ? { count: node.count } : {}), ...(node.note ? { note: node.note } : {}) });
    col += labels.length;
  };
  for (const node of nodes) walk(node, 0);
  return { depth, width: col, cells, columns };
}

/** Column numbers as short ranges: [1, 22, 23, 24, 36] → "1, 22–24, 36". */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return parts.join(', ');
}
