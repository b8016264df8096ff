import type { FormCount, FormLeaf, FormNode, SectionLeaf, SectionNode } from '../../vocab/forms.js';

export { FORMS, type FormCount, type FormDefinition, type FormId, type FormNode } from '../../vocab/forms.js';

/** A node of a form's column tree: a figure of a groups form, a population of a criteria form, or a group of them. */
type TreeNode = FormNode | SectionNode;
type TreeGroup = Extract<TreeNode, { children: unknown }>;

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
  /** The node as the definition gives it. */
  leaf: FormLeaf | SectionLeaf;
}

export interface FormLayout {
  /** Header rows. */
  depth: number;
  /** Numbered columns. */
  width: number;
  cells: HeaderCell[];
  columns: FormColumn[];
}

function isGroup(node: TreeNode): node is TreeGroup {
  return 'children' in node;
}

function depthOf(node: TreeNode): number {
  return isGroup(node) ? 1 + Math.max(...node.children.map(depthOf)) : 1;
}

/**
 * Lays out a form's column tree: a group spans its leaves on its own header row, a leaf spans down to
 * the last header row, and leaves are numbered 1, 2, … in order (a leaf of several labels takes
 * several numbers and one merged data cell).
 */
export function layoutForm(nodes: readonly TreeNode[]): FormLayout {
  const depth = Math.max(...nodes.map(depthOf));
  const cells: HeaderCell[] = [];
  const columns: FormColumn[] = [];
  let col = 0;
  const walk = (node: TreeNode, row: number): void => {
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
    const own: Pick<FormLeaf, 'count' | 'note'> = 'count' in node || 'note' in node ? (node as FormLeaf) : {};
    columns.push({ col, numbers, label: labels.join(', '), ...(own.count ? { count: own.count } : {}), ...(own.note ? { note: own.note } : {}), leaf: node });
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

/**
 * Names a set of columns in the form's own words, in column order: a group whose columns are all in the
 * set by the group's label ("22–23 (Tin học)"), other columns by their own label, under their group's
 * unless that group is a top heading ("22 (Tin học: Trung cấp trở lên)", "28 (Chứng chỉ tiếng dân tộc)").
 */
export function nameColumns(nodes: readonly TreeNode[], numbers: ReadonlySet<number>): Array<{ numbers: number[]; label: string }> {
  const out: Array<{ numbers: number[]; label: string }> = [];
  let next = 1;
  const leaves = (node: TreeNode): number[] => {
    if (isGroup(node)) return node.children.flatMap(leaves);
    const n = typeof node.label === 'string' ? 1 : node.label.length;
    return Array.from({ length: n }, () => next++);
  };
  const walk = (node: TreeNode, parent: string | undefined, depth: number): void => {
    const start = next;
    const own = leaves(node);
    if (own.every((n) => numbers.has(n))) {
      const label = typeof node.label === 'string' ? node.label : node.label.join(', ');
      out.push({ numbers: own, label: parent && depth > 1 ? `${parent}: ${label}` : label });
      return;
    }
    if (!isGroup(node) || !own.some((n) => numbers.has(n))) return;
    next = start;
    for (const child of node.children) walk(child, node.label, depth + 1);
  };
  for (const node of nodes) walk(node, undefined, 0);
  return out;
}
