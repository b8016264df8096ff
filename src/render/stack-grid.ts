import { cellText, type Grid, type HeadGroup } from './grid.js';

/** Terminal cells a string takes (combining marks take none; text is NFC, so Vietnamese letters take one). */
export function textWidth(text: string): number {
  return [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

/** The width of the widest line of a text that may hold line breaks. */
function linesWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(textWidth));
}

/** `text` broken at spaces into lines of at most `width` cells (a longer word keeps its own line). */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && textWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Lines of prose (not table lines) wider than `width` wrapped at spaces; all lines as they are when `width` is undefined. */
export function fitLines(lines: readonly string[], width: number | undefined): string[] {
  if (width === undefined) return [...lines];
  return lines.flatMap((l) => (textWidth(l) > width && !/^[┌├└│]/u.test(l) ? wrapText(l, width).split('\n') : [l]));
}

// Width of each column as drawn in a bordered table: content, one space each side, and its left border.
function columnWidths(grid: Grid): number[] {
  return grid.head.map((h, c) => 3 + Math.max(linesWidth(h), ...grid.rows.map((r) => textWidth(cellText(r[c] ?? '')))));
}

/** The width a grid takes when drawn as a bordered terminal table (its widest line). */
export function gridWidth(grid: Grid): number {
  const widths = columnWidths(grid);
  let total = 1;
  let col = 0;
  for (const g of grid.groups ?? grid.head.map(() => ({ label: '', span: 1 }))) {
    const own = widths.slice(col, col + g.span).reduce((a, b) => a + b, 0);
    total += Math.max(own, g.label ? linesWidth(g.label) + 3 : 0);
    col += g.span;
  }
  return total;
}

function pick<T>(items: readonly T[], cols: readonly number[]): T[] {
  return cols.map((c) => items[c]);
}

/**
 * A grid too wide for `maxWidth` cells split into parts stacked one under the other: each part keeps the
 * row-naming columns and takes as many following column groups as fit (a group such as "2020: Số lượng |
 * Tỷ lệ" is never split). A grid that fits, or whose width is not limited, comes back whole.
 */
export function stackGrid(grid: Grid, maxWidth: number | undefined, continued: string): Grid[] {
  if (maxWidth === undefined || gridWidth(grid) <= maxWidth) return [grid];
  const keys = grid.keys ?? 1;
  // Column groups after the key columns: the header groups, else column pairs as they come.
  const units: Array<{ group: HeadGroup; cols: number[] }> = [];
  let col = 0;
  for (const g of grid.groups ?? grid.head.map(() => ({ label: '', span: 1 }))) {
    const cols = Array.from({ length: g.span }, (_, i) => col + i);
    col += g.span;
    if (cols.every((c) => c < keys)) continue;
    units.push({ group: g, cols: cols.filter((c) => c >= keys) });
  }
  const keyCols = Array.from({ length: keys }, (_, i) => i);
  const keyGroups: HeadGroup[] = grid.groups ? [{ label: '', span: keys }] : [];
  const build = (part: typeof units, first: boolean): Grid => {
    const cols = [...keyCols, ...part.flatMap((u) => u.cols)];
    return {
      ...grid,
      title: first ? grid.title : `${grid.title} ${continued}`,
      ...(grid.groups ? { groups: [...keyGroups, ...part.map((u) => ({ label: u.group.label, span: u.cols.length }))] } : {}),
      head: pick(grid.head, cols),
      rows: grid.rows.map((r) => pick(r, cols)),
      align: pick(grid.align, cols),
      ...(first ? {} : { note: undefined }),
    };
  };
  const parts: Grid[] = [];
  let current: typeof units = [];
  for (const unit of units) {
    const trial = [...current, unit];
    if (current.length && gridWidth(build(trial, true)) > maxWidth) {
      parts.push(build(current, parts.length === 0));
      current = [unit];
    } else current = trial;
  }
  if (current.length) parts.push(build(current, parts.length === 0));
  return parts.map((part) => (gridWidth(part) > maxWidth ? wrapGroups(part) : part));
}

// A part still too wide because a group's label is wider than its columns ("Chuyên viên cao cấp và tương
// đương" over "Số lượng | %"): the label goes on as many lines as it needs to sit over its columns.
function wrapGroups(grid: Grid): Grid {
  if (!grid.groups) return grid;
  const widths = columnWidths(grid);
  let col = 0;
  const groups = grid.groups.map((g) => {
    const own = widths.slice(col, col + g.span).reduce((a, b) => a + b, 0) - 3;
    col += g.span;
    return g.label && textWidth(g.label) > own ? { ...g, label: wrapText(g.label, own) } : g;
  });
  return { ...grid, groups };
}
