import { categoryLabel, dimensionLabel } from '../../normalize/classify.js';
import type { SummaryReport } from '../../report/types.js';
import { outsideLevels } from '../../report/form-scope.js';
import { INDICATOR_DEFS } from '../../stats/indicator-defs.js';
import { FORM_WORDS, isTwoLevelDate, type FormCount, type FormDefinition, type FormNode, type SectionNode } from '../../vocab/forms.js';
import { midSentence } from '../paragraph-writer.js';
import type { RenderContext } from '../render-context.js';
import type { Section } from '../summary-rows.js';
import { nameColumns, numberRanges, type FormColumn } from './form-layout.js';

/** Why a form figure stays empty, when it does. */
export type Gap = { reason: 'notTracked' | 'twoLevel' } | { reason: 'missingDimension' | 'missingCategory'; label: string };

/** A figure of the form with its official numbers and, when it stays empty, why. */
export type Figure = FormColumn & { gap?: Gap };

function dimensionGap(report: SummaryReport, dim: keyof SummaryReport['dimensions']): Gap | undefined {
  const table = report.dimensions[dim];
  // A dimension the report leaves out (employment without its column) is named as the form names it ("Loại hình"), not by its key.
  if (!table || table.missing) return { reason: 'missingDimension', label: table?.label ?? (dim === 'age_band' ? dim : dimensionLabel(dim, 'vi')) };
  return undefined;
}

/** Whether the report can fill a figure; decided on the whole report, so a figure is filled for every group or for none. */
export function gapOf(count: FormCount | undefined, report: SummaryReport): Gap | undefined {
  if (!count) return { reason: 'notTracked' };
  if (count === 'population') return undefined;
  if ('indicator' in count) {
    const def = INDICATOR_DEFS.find((d) => d.id === count.indicator);
    if (!def || !(count.indicator in report.indicators)) return { reason: 'notTracked' };
    // An age range by gender needs both the gender and the birth dates; a rank among viên chức, the rank and
    // the category (without a category column everyone's is unknown: a count among known categories is not there).
    const dims = [
      ...(def.dimension ? [def.dimension] : []),
      ...(def.special === 'age_range' ? (['age_band'] as const) : []),
      ...(def.special === 'rank_among' && !def.categories!.includes('unknown') ? (['category'] as const) : []),
    ];
    for (const d of dims) {
      const gap = dimensionGap(report, d);
      if (gap) return gap;
    }
    return undefined;
  }
  const gap = dimensionGap(report, count.dim);
  if (gap) return gap;
  const table = report.dimensions[count.dim]!;
  const keys = 'keys' in count ? count.keys : [count.key];
  if (!keys.every((key) => table.categories.some((c) => c.key === key))) return { reason: 'missingCategory', label: table.label };
  return undefined;
}

/** The number a figure holds for one population (the total or a `--by` group): a count, or an indicator's value (average age). */
export function countOf(count: FormCount, section: Section): number | null {
  if (count === 'population') return section.population;
  if ('indicator' in count) {
    const i = section.indicators[count.indicator];
    if (!i) return 0;
    return 'count' in i ? i.count : i.value;
  }
  const keys = 'keys' in count ? count.keys : [count.key];
  const categories = section.dimensions[count.dim]?.categories ?? [];
  return keys.reduce((n, key) => n + (categories.find((c) => c.key === key)?.count ?? 0), 0);
}

/** "90 cán bộ, 20 viên chức", "2 người ở cấp xã, 1 người không rõ cấp": the people a form's scope left out. */
function leftOutText(def: FormDefinition, ctx: RenderContext): string {
  const dim = def.counts!.dimension;
  return (ctx.formLeftOut ?? [])
    .filter((l) => l.count > 0)
    .map((l) => `${l.count} ${leftOutLabel(dim, l.key)}`)
    .join(', ');
}

/** A category of people left out, after their number: a level says "người ở cấp xã" ("2 cấp xã" was no people). */
export function leftOutLabel(dim: string, key: string, lang: 'vi' | 'en' = 'vi'): string {
  const label = categoryLabel(dim as Parameters<typeof categoryLabel>[0], key, lang);
  if (dim !== 'level') return lang === 'vi' ? midSentence(label) : label;
  if (lang === 'en') return key === 'unknown' ? 'of unknown level' : `at ${label.charAt(0).toLowerCase()}${label.slice(1)} level`;
  return key === 'unknown' ? 'người không rõ cấp' : `người ở ${midSentence(label)}`;
}

/**
 * The notes under the table, in the form's words: who is counted, which figures stay empty and why, then
 * the notes of filled figures. `figures` are numbered in the order of `nodes`.
 */
export function formNotes(
  def: FormDefinition,
  nodes: readonly (FormNode | SectionNode)[],
  figures: readonly Figure[],
  report: SummaryReport,
  ctx: RenderContext,
): string[] {
  const w = FORM_WORDS;
  const notes: string[] = [];
  const left = def.counts ? leftOutText(def, ctx) : '';
  const label = (def.twoLevel && isTwoLevelDate(report.asOf) ? def.twoLevel.label : undefined) ?? def.counts!.label;
  if (left) notes.push(w.countsNote.replace('{n}', String(report.population)).replace('{label}', label).replace('{left}', left));
  // People at a level the form is not about (BM01: a commune's; BM02: above the commune) are counted, and the
  // form itself says so: stderr said it, the printed form under "CÔNG CHỨC TỪ CẤP HUYỆN TRỞ LÊN" did not.
  const outside = outsideLevels(def, report);
  if (outside && def.levels)
    notes.push(w.levelsNote.replace('{n}', String(outside.n)).replace('{level}', def.levels.outside.vi).replace('{scope}', outside.scope.vi));
  notes.push(...uncoveredNotes(figures, report));
  // Figures with their own text for being empty (emptyNotes), then the others listed in the engine's words.
  const named = new Map<string, number[]>();
  for (const f of figures) {
    const name = 'empty' in f.leaf ? f.leaf.empty : undefined;
    if (f.gap?.reason === 'notTracked' && name) named.set(name, [...(named.get(name) ?? []), ...f.numbers]);
  }
  notes.push(...[...named].map(([name, numbers]) => def.emptyNotes![name].replace('{cols}', numberRanges(numbers))));
  const untracked = new Set(figures.filter((f) => f.gap?.reason === 'notTracked' && !('empty' in f.leaf && f.leaf.empty)).flatMap((f) => f.numbers));
  if (untracked.size) {
    const list = nameColumns(nodes, untracked).map((n) => w.columnRef.replace('{cols}', numberRanges(n.numbers)).replace('{label}', n.label));
    notes.push(w.emptyColumns.replace('{list}', list.join('; ')));
  }
  const byText = new Map<string, number[]>();
  for (const f of figures) {
    // A district column of a two-level roster: the form's scope line says why it is empty.
    if (!f.gap || !('label' in f.gap)) continue;
    const text = w[f.gap.reason].replace('{label}', f.gap.label);
    byText.set(text, [...(byText.get(text) ?? []), ...f.numbers]);
  }
  notes.push(...[...byText].map(([text, numbers]) => text.replace('{cols}', numberRanges(numbers))));
  for (const f of figures) if (f.note && !f.gap) notes.push(f.note.replace('{cols}', numberRanges(f.numbers)));
  return notes;
}

/** Dimensions whose columns in a form are its levels of training or rank: a person is in one of them. */
const LADDERS: readonly string[] = ['professional', 'political_theory', 'state_management', 'rank'];

/**
 * A level of training the form has no column for, held by someone (BM02's "Quản lý nhà nước" has CVC, CV and
 * chưa qua đào tạo: a Chuyên viên cao cấp or a Cán sự is in no column): said under the table, since they are
 * counted in the form's total and in none of the section's columns. Untrained people ("none") and unknown
 * values are not: a form's columns count the trained, and unknowns are said on stderr.
 */
function uncoveredNotes(figures: readonly Figure[], report: SummaryReport): string[] {
  const covered = new Map<string, Set<string>>();
  for (const f of figures) {
    const count = f.count;
    if (!count || typeof count !== 'object' || !('dim' in count) || !LADDERS.includes(count.dim)) continue;
    const keys = covered.get(count.dim) ?? new Set<string>();
    for (const k of 'keys' in count ? count.keys : [count.key]) keys.add(k);
    covered.set(count.dim, keys);
  }
  const notes: string[] = [];
  for (const [dim, keys] of covered) {
    const table = report.dimensions[dim as keyof SummaryReport['dimensions']];
    if (!table || table.missing) continue;
    const left = table.categories.filter((c) => c.count > 0 && c.key !== 'unknown' && c.key !== 'none' && !keys.has(c.key));
    if (!left.length) continue;
    const list = left.map((c) => FORM_WORDS.uncoveredItem.replace('{n}', String(c.count)).replace('{label}', c.label)).join(', ');
    notes.push(FORM_WORDS.uncoveredNote.replace('{label}', table.label).replace('{list}', list));
  }
  return notes;
}
