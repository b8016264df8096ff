import type { CellValue } from '../io/sheet-rows.js';
import type { ClassifiedDimension } from '../model/dimensions.js';
import { cellText } from '../normalize/cell-text.js';
import type { Classifier } from '../normalize/classifier.js';
import { foldText } from '../normalize/fold-text.js';

/**
 * Form codes: a column whose cells are small numbers (1, 2, 3…) that stand for categories, their meaning
 * given by a legend in the column's title ("Giới tính (1: Nam; 2: Nữ)") or in a line above the table
 * ("Trình độ chuyên môn: 1 - Tiến sĩ, 2 - Thạc sĩ, 3 - Đại học").
 */

/** Code → the words it stands for; codes are kept without leading zeros ("01" → "1"). */
export type Legend = Readonly<Record<string, string>>;

// A code and its separator: "1:", "1 -", "1=", "1.", "(1)", "1)" followed by the words it stands for.
const MARK = /(?:^|[\s,;:(])\(?(\d{1,3})\s*(?:\)|[:=.–-])\s*(?=\p{L})/gu;
// A form code in a cell: one to three digits (leading zeros allowed).
const CODE = /^\d{1,3}$/;

/** The code a cell holds ("01", 1, "1 " → "1"), or null when the cell is no form code. */
export function codeOf(value: CellValue): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : null;
  const t = cellText(value).trim();
  return CODE.test(t) ? String(Number(t)) : null;
}

/**
 * The legend a text holds (two codes or more, each with its words), and the words before the first code
 * ("Trình độ chuyên môn"); null when the text lists no codes.
 */
export function parseLegend(text: string): { legend: Legend; before: string } | null {
  const marks = [...text.matchAll(MARK)];
  if (marks.length < 2) return null;
  const legend: Record<string, string> = {};
  for (let i = 0; i < marks.length; i++) {
    const from = marks[i].index + marks[i][0].length;
    const to = i + 1 < marks.length ? marks[i + 1].index : text.length;
    const words = text
      .slice(from, to)
      .replace(/^[\s,;.)(]+|[\s,;.)(]+$/g, '')
      .trim();
    if (words) legend[String(Number(marks[i][1]))] = words;
  }
  if (Object.keys(legend).length < 2) return null;
  return { legend, before: text.slice(0, marks[0].index).replace(/[\s:(–-]+$/, '') };
}

/**
 * Whether a legend speaks of a dimension: its words classify there, into two categories or more, and
 * most of them do (a legend of levels is not one of genders).
 */
export function legendFits(legend: Legend, dimension: ClassifiedDimension, classifier: Classifier): boolean {
  const keys = new Set<string>();
  let hits = 0;
  const all = Object.values(legend);
  for (const words of all) {
    const got = classifier.classify(dimension, words);
    if (got.matched && got.key !== 'unknown') {
      hits++;
      keys.add(got.key);
    }
  }
  return keys.size >= 2 && hits * 2 > all.length;
}

/** The legends of a sheet's title lines, each with the folded words before its first code. */
export function sheetLegends(lines: readonly string[]): Array<{ legend: Legend; before: string }> {
  return lines.flatMap((line) => {
    const got = parseLegend(line);
    return got ? [{ legend: got.legend, before: foldText(got.before) }] : [];
  });
}

/** A cell read through a legend: its words when it holds a code the legend gives, else the cell itself. */
export function throughLegend(value: CellValue, legend: Legend): CellValue {
  const code = codeOf(value);
  return code === null ? value : (legend[code] ?? value);
}
