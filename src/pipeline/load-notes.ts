import { isoDay, type Lang } from '../model/options.js';
import { datesDiffer, type LoadResult } from './roster-events.js';
import { asOfDatesText } from '../render/as-of-dates.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';
import { fileNamer } from '../model/file-name.js';
import { columnLetter } from '../io/sheet-rows.js';
import { CLASSIFIED_DIMENSIONS, type ClassifiedDimension } from '../model/dimensions.js';
import { dimensionLabel } from '../normalize/classify.js';
import type { Problem } from '../model/problem.js';
import type { SheetLayout } from '../ingest/types.js';
import type { ReportWarning, WarningCode } from '../report/types.js';
import { mapOptionText } from '../model/map-key.js';
import { foldText } from '../normalize/fold-text.js';
import { fieldName } from '../stats/field-names.js';

/** A field's name for users: its dimension's label when it feeds one ("Ngạch công chức"), else its key. */
function fieldLabel(field: string, lang: Lang): string {
  const dim = field === 'rank_code' ? 'rank' : field;
  return (CLASSIFIED_DIMENSIONS as readonly string[]).includes(dim) ? dimensionLabel(dim as ClassifiedDimension, lang) : field;
}

/** How many chosen columns read poorly (for `--strict`). */
export function lowConfidenceColumns(load: LoadResult): number {
  return load.sheets
    .flatMap((s) => (s.layout ? [s.layout, ...s.moreTables] : []))
    .reduce((n, t) => n + (t.evidence?.choices.filter((c) => c.low).length ?? 0), 0);
}

/** Every table of the sheets read, first tables and those below them. */
function tablesOf(load: LoadResult): Array<{ file: string; sheet: string; table: SheetLayout }> {
  return load.sheets.flatMap((s) =>
    (s.layout && s.skippedAs !== 'sample' ? [s.layout, ...s.moreTables] : []).map((table) => ({ file: s.file, sheet: s.sheet, table })),
  );
}

/** Columns of form codes with no legend (their field got no other column), each said once: the line and its problem. */
export function formCodeProblems(load: LoadResult, lang: Lang): Problem[] {
  const name = fileNamer(load.sheets.map((s) => s.file));
  return tablesOf(load).flatMap(({ file, sheet, table }) =>
    (table.evidence?.codes ?? []).map((c) => ({
      file,
      sheet,
      cell: columnLetter(c.col),
      field: c.field,
      value: c.codes.join(', '),
      message: ui('formCodesNoLegend', lang, {
        file: name(file),
        sheet,
        column: columnLetter(c.col),
        title: c.title,
        label: fieldLabel(c.field, lang),
        codes: `${c.codes.join(', ')}…`,
      }),
    })),
  );
}

/**
 * The line that says the rosters have different dates, naming each with its files, and what to use instead
 * (`compare` for periods; within one period of `compare`, `--as-of` only). Undefined when they agree.
 */
export function asOfDiffersLine(load: LoadResult, lang: Lang, within: 'summarize' | 'period' = 'summarize'): string | undefined {
  if (!datesDiffer(load)) return undefined;
  const dates = asOfDatesText(
    load.dates.map((d) => ({ file: d.file, asOf: isoDay(d.asOf), asOfSource: d.asOfSource })),
    lang,
  );
  return ui('asOfDiffers', lang, { dates }) + ui(within === 'summarize' ? 'asOfDiffersHint' : 'asOfDiffersHintPeriod', lang);
}

/**
 * What the user is told about the reading (on stderr by the CLI, under the controls by the page): which
 * sheets were skipped, which roster sheets hold formulas without a saved result (read as empty), which
 * columns read poorly, and which reference date ages use (each roster's own when they differ: `within` a
 * period of `compare` the line does not point to `compare`).
 */
export function loadNoteLines(load: LoadResult, lang: Lang, yearOnly: number, within: 'summarize' | 'period' = 'summarize'): string[] {
  return loadNotes(load, lang, yearOnly, within).map((n) => n.message);
}

/**
 * What a line of `loadNotes` is about: a JSON `warnings[].code`, or `as_of` (the date ages are told at: the
 * JSON's `asOf`) and `form_codes` (a column of form codes without a legend: one of its `problems`).
 */
export type LoadNoteCode = Exclude<WarningCode, 'locality_no_match' | 'born_after_as_of'> | 'as_of' | 'form_codes';

/** The load notes a report's `warnings` carry. */
export function loadWarnings(load: LoadResult, lang: Lang, yearOnly: number, within: 'summarize' | 'period' = 'summarize'): ReportWarning[] {
  return loadNotes(load, lang, yearOnly, within).flatMap((n) => (n.code === 'as_of' || n.code === 'form_codes' ? [] : [{ code: n.code, message: n.message }]));
}

/** loadNoteLines' lines with their kind. */
export function loadNotes(
  load: LoadResult,
  lang: Lang,
  yearOnly: number,
  within: 'summarize' | 'period' = 'summarize',
): Array<{ code: LoadNoteCode; message: string }> {
  const lines: Array<{ code: LoadNoteCode; message: string }> = [];
  const note = (message: string, code: LoadNoteCode): number => lines.push({ code, message });
  // With roster sheets of more than one name, the --map a hint suggests names its sheet: following it
  // moves that sheet's column only.
  const perSheet = new Set(tablesOf(load).map((t) => foldText(t.sheet))).size > 1;
  const name = fileNamer([...load.sheets.map((s) => s.file), ...load.skippedFiles.map((f) => f.file)]);
  for (const f of load.skippedFiles) {
    const scanned = f.sheets
      .map((x) => `'${x.sheet}' (${x.rows ? ui('rowsRange', lang, { from: x.rows[0], to: x.rows[1] }) : ui('emptySheet', lang)})`)
      .join(', ');
    note(ui('skippedFile', lang, { file: name(f.file), scanned }), 'file_skipped');
  }
  for (const s of load.sheets) {
    const f = s.formulasWithoutValue;
    if (s.layout && f.count > 0) {
      const cells = f.cells.join(', ') + (f.count > f.cells.length ? ', …' : '');
      note(ui('formulasWithoutValue', lang, { file: name(s.file), sheet: s.sheet, n: formatCount(f.count, lang), cells }), 'formulas_without_value');
    }
    if (s.skippedAs === 'sample') {
      note(ui('skippedSampleSheet', lang, { sheet: s.sheet, file: name(s.file) }), 'sheet_skipped');
      continue;
    }
    for (const t of s.layout ? [s.layout, ...s.moreTables] : []) {
      for (const u of t.evidence?.unmapped ?? [])
        note(
          ui(u.column === undefined ? 'mapTitleNotFound' : 'mapColumnEmpty', lang, {
            file: name(s.file),
            sheet: s.sheet,
            option: `--map ${u.field}=${u.title}`,
            column: u.title,
            label: fieldName(u.field, lang),
          }),
          'map_not_found',
        );
      for (const c of t.evidence?.choices ?? []) {
        if (!c.low) continue;
        const label = fieldLabel(c.field, lang);
        note(
          ui('lowConfidenceColumn', lang, {
            file: name(s.file),
            sheet: s.sheet,
            column: columnLetter(c.col),
            title: c.title,
            label,
            option: mapOptionText(c.field, lang === 'vi' ? 'CỘT' : 'COLUMN', perSheet ? s.sheet : undefined),
            share: Math.round((c.share ?? 0) * 100),
          }),
          'low_confidence_column',
        );
      }
    }
    if (s.layout) continue;
    // No rows scanned: no cell of the sheet holds a value ("rows —" would say nothing).
    if (!s.scannedRows) note(ui('skippedEmptySheet', lang, { sheet: s.sheet, file: name(s.file) }), 'sheet_skipped');
    else note(ui('skippedSheet', lang, { sheet: s.sheet, file: name(s.file), rows: `${s.scannedRows[0]}–${s.scannedRows[1]}` }), 'sheet_skipped');
  }
  for (const p of formCodeProblems(load, lang)) note(p.message, 'form_codes');
  const differ = asOfDiffersLine(load, lang, within);
  if (differ) note(differ, 'as_of_differs');
  else {
    const p = (n: number): string => String(n).padStart(2, '0');
    const date = `${p(load.asOf.day)}/${p(load.asOf.month)}/${load.asOf.year}`;
    note(ui('asOfLine', lang, { date, source: ui(`asOfSource.${load.asOfSource}`, lang) }), 'as_of');
  }
  if (yearOnly > 0) note(ui('yearOnly', lang, { n: formatCount(yearOnly, lang) }), 'year_only_ages');
  return lines;
}
