import { columnLetter, type CellValue, type MergeRange, type RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import type { Classifier } from '../normalize/classifier.js';
import { createClassifier } from '../normalize/classifier.js';
import { foldText } from '../normalize/fold-text.js';
import { classifyBodyRow, groupText, isNoteRow, isTotalName, isUnitHeading, type RowColumns } from './classify-row.js';
import { chooseColumns, type ColumnChoice, type Evidence } from './column-evidence.js';
import { contentTest, DIMENSION_OF, legendField } from './content-test.js';
import { legendFits, parseLegend, sheetLegends, throughLegend, type Legend } from './form-codes.js';
import { detectHeader, isNumberingRow, nameColumnOf, type BufferedRow, type HeaderFound } from './detect-header.js';
import { EVIDENCE } from './evidence-weights.js';
import { isGenericSheetName, titleMatcher, titleWords, type TitleMatcher } from './header-vocab.js';
import { sheetLevelOf } from './sheet-level.js';
import { titleDateOf, type NamedDate } from './title-year.js';
import { tickCells, tickFields, withTicks, type TickField } from './tick-columns.js';
import type { ColumnMapping, RawRecord, SheetLayout, SkippedRow, SkipReason } from './types.js';
import { VerticalFill } from './vertical-fill.js';

export interface IngestOptions {
  sheet: string;
  merges: MergeRange[];
  extraTitles?: Partial<Record<FieldKey, string[]>>;
  /** `--map field=COLUMN`: the column (0-based) the user says feeds a field, or a title to find. */
  forced?: Partial<Record<FieldKey, number | string>>;
  /** Reads the sample cells for the evidence pass (with the run's `--config` synonyms). */
  classifier?: Classifier;
  /** Keep every titled column's text on each record (for `--where`/`--by` on a column title); costs time. */
  keepColumns?: boolean;
  /**
   * The merged ranges are not known yet (xlsx writes them after the cells): `merges` is empty, and the
   * first header search keeps its rows so that `mergesMatter` can tell, at the end, whether they would
   * have changed anything.
   */
  mergesLater?: boolean;
  /**
   * The index of a cell's shared string in the workbook's table when `values` is the row as the reader gave
   * it (else, or when the cell is none, -1). The ingester then answers "a name?" and "a year in it?" once per
   * string, not by reading each row's text: a big roster's names are 150,000 strings, and reading each
   * row's is mostly a miss of the processor's cache.
   */
  sharedIndex?: (values: RowValues, col: number) => number;
}

/** A name cell as a person's row has it: text, not a total ("Tổng cộng"). */
const isPlainName = (v: CellValue | undefined): boolean => typeof v === 'string' && v.length > 0 && !isTotalName(v);
/** A birth cell's text with a year in it (four digits in a row). */
const hasYear = (text: string): boolean => /\d{4}/.test(text);
// A shared string's marks (see isPlainPerson): asked already, a plain name, a year in it.
const MARKED = 1;
const PLAIN_NAME = 2;
const HAS_YEAR = 4;

/** A person row as the ingester read it, with the table (layout) it belongs to. */
export interface IngestedRecord extends RawRecord {
  layout: SheetLayout;
}

/**
 * Made by a constructor, not an object literal, so that V8 never pretenures these (see OfficialRecord in
 * to-official.ts): a batch's records outlive a young-generation collection, and a literal's would then be
 * allocated straight in the old generation, a million dead records waiting there for a full collection.
 */
class Ingested implements IngestedRecord {
  oddTicks?: RawRecord['oddTicks'];
  columns?: Record<string, string>;
  constructor(
    readonly row: number,
    readonly values: RowValues,
    readonly cols: RawRecord['cols'],
    readonly groupUnit: string | undefined,
    readonly groupLabel: string | undefined,
    readonly tickCols: RawRecord['tickCols'],
    readonly layout: SheetLayout,
  ) {}
}

export interface SheetIngestResult {
  layout: SheetLayout | null;
  /** Further roster tables found below the first on the same sheet (each with its own columns). */
  moreTables: SheetLayout[];
  scannedRows: [number, number] | null;
  skipped: SkippedRow[];
  skippedCounts: Record<SkipReason, number>;
  records: number;
  /** The date the title block names (a day, a year or a term). */
  titleDate?: NamedDate;
  titleText: string[];
}

export interface SheetIngester {
  /** Reads the next row of the sheet; the person rows it completes are handed out by `take()`. */
  push(rowNumber: number, values: RowValues): void;
  /** The person records read since the last call, in row order (the caller drains them after each batch). */
  take(): IngestedRecord[];
  /** The sheet ended: releases the rows still held (take() them after) and says what the sheet was. */
  end(): SheetIngestResult;
  readonly layout: SheetLayout | null;
  readonly titleDate: NamedDate | undefined;
  /** The title lines above the header (known once the header is found). */
  readonly titleText: readonly string[];
  /**
   * With `mergesLater`: whether the sheet's merged ranges, read with none, would have been read otherwise.
   * Merges are used by the header search (its first search: on the first rows) and in the body (rows
   * filled down a vertical merge, a heading merged across the table). They matter when one reaches below
   * the first header band, or when the first search, run again on its rows with them, finds another
   * header. Otherwise the reading was the same as with them.
   */
  mergesMatter(merges: readonly MergeRange[]): boolean;
}

/** Rows scanned for a header before a sheet is declared not to be a roster. */
export const HEADER_SCAN_ROWS = 40;
const SKIPPED_DETAIL = 1000;

// A program's field name: one word of ASCII letters and digits, camelCase or snake_case ("DepartmentId").
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/;

/** Whether a row is a row of program field names (at least 3 cells, all identifiers, one with a capital inside or "_"). */
// A format hint printed under a title by import templates: "DD/MM/YYYY", "dd-mm-yyyy", "yyyy".
const FORMAT_HINT = /^(?:dd|mm|yyyy|yy)(?:[/.-](?:dd|mm|yyyy|yy))+$/i;

/** A row of type hints under the titles ("Văn bản, bắt buộc | DD/MM/YYYY | Nam/Nữ/Khác"): no one's cells read "DD/MM/YYYY". */
function isHintRow(values: RowValues): boolean {
  return values.some((v) => typeof v === 'string' && FORMAT_HINT.test(v.replace(/\s+/g, '')));
}

function isIdentifierRow(values: RowValues): boolean {
  const texts = values.map(cellText).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t) => IDENTIFIER.test(t)) && texts.some((t) => /[a-z][A-Z]|_/.test(t));
}

/** Rows skipped per reason, all at zero (also the counts of a sheet that was not read). */
export const emptyCounts = (): Record<SkipReason, number> => ({
  title: 0,
  header: 0,
  numbering: 0,
  group: 0,
  total: 0,
  signature: 0,
  note: 0,
  second_table: 0,
  blank: 0,
  no_name: 0,
});

/**
 * Resolves `--map` values: a column letter ("F"), or a title (folded comparison, "›" parts included). A title
 * no column has goes into `unmapped` (said to the user: never ignored silently).
 */
function forcedColumns(
  forced: IngestOptions['forced'],
  columns: readonly ColumnMapping[],
  unmapped: Array<{ field: FieldKey; title: string; column?: number }>,
  sample: readonly RowValues[],
): Map<FieldKey, number> {
  const out = new Map<FieldKey, number>();
  for (const [field, target] of Object.entries(forced ?? {}) as Array<[FieldKey, number | string]>) {
    if (typeof target === 'number') {
      // A letter past the table or of an untitled column with nothing in the rows sampled (a typo, or the
      // column of another sheet): taken, it would read as no column at all. Said, and chosen as without it.
      if (sample.length > 0 && !columns.some((c) => c.col === target) && sample.every((r) => cellText(r[target]) === '')) {
        unmapped.push({ field, title: columnLetter(target), column: target });
        continue;
      }
      out.set(field, target);
      continue;
    }
    const f = foldText(target);
    const hit = columns.find((c) => foldText(c.title) === f) ?? columns.find((c) => foldText(c.title).endsWith(f) || foldText(c.title).startsWith(f));
    if (hit) out.set(field, hit.col);
    else unmapped.push({ field, title: target });
  }
  return out;
}

/**
 * Streams one sheet: buffers its first rows until the header band is found, reads a sample of the body
 * rows to choose each field's column by evidence (title, content, fill), then turns every row into a
 * person record or a skipped row with a reason. Holds only the header and sample rows and the active
 * body merges; the sheet is read once.
 */
export function createSheetIngester(opts: IngestOptions): SheetIngester {
  const classifier = opts.classifier ?? createClassifier('vi');
  const matcher: TitleMatcher = titleMatcher(opts.extraTitles, legendField(classifier));
  const test = contentTest(classifier);
  const buffer: BufferedRow[] = [];
  const skipped: SkippedRow[] = [];
  const counts = emptyCounts();
  const titleText: string[] = [];
  const tables: SheetLayout[] = [];
  let titleDate: NamedDate | undefined;
  // scan: looking for a header; sample: header found, collecting body rows; body: streaming; rest: skipping.
  let state: 'scan' | 'sample' | 'body' | 'rest' = 'scan';
  let found: HeaderFound | null = null;
  let records = 0;
  let rowCols: RowColumns = { name: 0, births: [] };
  let titled: Array<[number, string]> = [];
  let fieldCols: Partial<Record<FieldKey, number>> = {};
  let headerKey = '';
  let groupUnit: string | undefined;
  // The latest category or employment heading ("II. Hợp đồng Nghị định 68"), for rows no column classifies.
  let groupLabel: string | undefined;
  let inSignature = false;
  let inNotes = false;
  let expectNumbering = false;
  let held: BufferedRow | null = null;
  let ticks: TickField[] = [];
  let tickCols: RawRecord['tickCols'];
  // Form-code columns read through a legend: the column and its legend.
  let legends: Array<[number, Legend]> = [];
  // This table's title lines (where a legend of codes may be written).
  let tableTitle: string[] = [];
  const fill = new VerticalFill(opts.merges);
  let pending: IngestedRecord[] = [];
  const isName = (t: string): boolean => test('name', t, t) === true;
  // With mergesLater: the first header search's rows and result, and the first row below its band (none
  // when no header was found: the rest of the sheet is then not read, so no merge can matter there).
  let firstSearch: { rows: BufferedRow[]; found: string; bodyFrom: number } | undefined;

  const skip = (row: number, reason: SkipReason, values: RowValues): void => {
    counts[reason]++;
    if (skipped.length < SKIPPED_DETAIL) {
      const text = values.map(cellText).find((t) => t !== '');
      skipped.push({ row, reason, ...(text ? { text: text.slice(0, 60) } : {}) });
    }
  };

  // A header-like row in the body: several cells that are column titles, one of them a name title.
  const looksLikeHeader = (values: RowValues): boolean => {
    if (nameColumnOf(values, matcher) < 0) return false;
    let titles = 0;
    for (const v of values) if (typeof v === 'string' && matcher.match(titleWords(v).main)) titles++;
    return titles >= 2;
  };
  const rowKey = (values: RowValues): string => values.map((v) => foldText(cellText(v))).join('\u0001');

  const person = (row: number, values: RowValues): void => {
    records++;
    const read = legends.length ? withLegends(values) : values;
    let odd: RawRecord['oddTicks'];
    const cells = ticks.length ? withTicks(read, ticks, (field, col, text) => (odd ??= []).push({ field, col, text })) : read;
    const record = new Ingested(row, cells, fieldCols, groupUnit, groupLabel, tickCols, tables[tables.length - 1]);
    if (odd) record.oddTicks = odd;
    if (opts.keepColumns) {
      const columns: Record<string, string> = {};
      for (const [col, title] of titled) columns[title] = cellText(values[col]);
      record.columns = columns;
    }
    pending.push(record);
  };

  const withLegends = (values: RowValues): RowValues => {
    const out = values.slice();
    for (const [col, legend] of legends) if (col < out.length) out[col] = throughLegend(out[col], legend);
    return out;
  };

  /** Where each coded column's legend is: in its own title, else in a title line of the table that speaks of its field. */
  const codeReading = (columns: HeaderFound['columns']): Parameters<typeof chooseColumns>[4] => {
    const lines = sheetLegends(tableTitle);
    return {
      coded: (field) => DIMENSION_OF[field] !== undefined,
      legendFor(field, col) {
        const dim = DIMENSION_OF[field];
        if (!dim) return undefined;
        const own = parseLegend(columns.find((c) => c.col === col)?.title ?? '');
        if (own && legendFits(own.legend, dim, classifier)) return own.legend;
        const fits = lines.filter((l) => legendFits(l.legend, dim, classifier));
        return (fits.find((l) => l.before !== '' && matcher.matchParts([l.before]) === field) ?? (fits.length === 1 ? fits[0] : undefined))?.legend;
      },
    };
  };

  const classifyRow = (row: number, values: RowValues): void => {
    if (inSignature) return skip(row, 'signature', values);
    if (inNotes) return skip(row, 'note', values);
    if (isNoteRow(values)) {
      inNotes = true;
      return skip(row, 'note', values);
    }
    const kind = classifyBodyRow(values, rowCols, spansRow(row, values));
    if (kind === 'signature') inSignature = true;
    if (kind === 'group') {
      // "II | UBND xã Tân Lập": the heading is the text beside the Roman numeral.
      const filled = values.flatMap((v, c) => (cellText(v) ? [c] : []));
      const textCol = filled.find((c) => c !== rowCols.seq) ?? filled[0];
      const text = cellText(values[textCol]);
      if (isUnitHeading(text)) {
        groupUnit = groupText(text);
        groupLabel = undefined;
      } else groupLabel = groupText(text);
    }
    if (kind) return skip(row, kind, values);
    person(row, values);
  };

  const body = (row: number, raw: RowValues): void => {
    const values = fill.apply(row, raw);
    if (expectNumbering) {
      expectNumbering = false;
      if (isNumberingRow(values)) {
        tables[tables.length - 1].numberingRow = row;
        return skip(row, 'numbering', values);
      }
      // Import templates repeat the header in the program's field names ("FullName", "BirthDate") or
      // print a row of type hints ("DD/MM/YYYY") under it.
      if (isIdentifierRow(values) || isHintRow(values)) {
        expectNumbering = true;
        return skip(row, 'header', values);
      }
    }
    // Most body rows are people: a numbered row with a name and a birth date needs no closer look.
    if (held === null && !inNotes && !inSignature && isPlainPerson(values)) return person(row, values);
    if (looksLikeHeader(values)) {
      if (held) skip(held.row, 'title', held.values);
      held = null;
      if (rowKey(values) === headerKey) return skip(row, 'header', values);
      // A second table below the first: its own header decides how it is read.
      state = 'scan';
      buffer.length = 0;
      buffer.push({ row, values: raw });
      return;
    }
    if (held) {
      const h = held;
      held = null;
      classifyRow(h.row, h.values);
    }
    // A lone text may be the title of a table below: decided when the next row is seen.
    if (!inNotes && !inSignature && values.filter((v) => cellText(v) !== '').length === 1 && !isTotalName(cellText(values.find((v) => cellText(v) !== '')))) {
      held = { row, values };
      return;
    }
    classifyRow(row, values);
  };

  const isPlainPerson = (values: RowValues): boolean => {
    const nameAt = sharedIndex(values, rowCols.name);
    if (nameAt >= 0 ? (marksOf(nameAt, values[rowCols.name]) & PLAIN_NAME) === 0 : !isPlainName(values[rowCols.name])) return false;
    if (rowCols.seq !== undefined && typeof values[rowCols.seq] !== 'number') return false;
    // A loop, not some() with an arrow: no closure made per row.
    const births = rowCols.births;
    for (let i = 0; i < births.length; i++) {
      const at = sharedIndex(values, births[i]);
      if (at >= 0) {
        if ((marksOf(at, values[births[i]]) & HAS_YEAR) !== 0) return true;
        continue;
      }
      const v = values[births[i]];
      if (v instanceof Date || (typeof v === 'number' && v >= 1000) || (typeof v === 'string' && hasYear(v))) return true;
    }
    return false;
  };

  // What isPlainPerson asks of a shared string, by its index (see IngestOptions.sharedIndex): MARKED | PLAIN_NAME | HAS_YEAR.
  const sharedIndex = opts.sharedIndex ?? (() => -1);
  let marks = new Uint8Array(0);
  /** The marks of shared string `k`, whose text is `text` (read only the first time). */
  const marksOf = (k: number, text: CellValue | undefined): number => {
    if (k >= marks.length) {
      const grown = new Uint8Array(Math.max(k + 1, marks.length * 2, 1024));
      grown.set(marks);
      marks = grown;
    }
    const known = marks[k];
    if (known !== 0) return known;
    return (marks[k] = MARKED | (isPlainName(text) ? PLAIN_NAME : 0) | (typeof text === 'string' && hasYear(text) ? HAS_YEAR : 0));
  };

  const spansRow = (row: number, values: RowValues): boolean => {
    let only = -1;
    for (let c = 0; c < values.length; c++) {
      if (!cellText(values[c])) continue;
      if (only >= 0) return false;
      only = c;
    }
    return only >= 0 && opts.merges.some((m) => m.top <= row && row <= m.bottom && m.left === only && m.right > m.left);
  };

  /** Looks for the header in the buffered rows; with none, the rows are titles (first table) or a non-roster table. */
  const findHeader = (): void => {
    found = detectHeader(buffer, opts.merges, matcher, isName);
    if (opts.mergesLater && !firstSearch) {
      const rows = buffer.map((r) => ({ row: r.row, values: r.values.slice() }));
      firstSearch = { rows, found: JSON.stringify(found), bodyFrom: found ? buffer[found.last].row + 1 : Infinity };
    }
    const first = tables.length === 0;
    if (!found) {
      if (first) {
        state = 'rest';
        return;
      }
      // A table below the roster that is no roster (a salary table, a list of codes): its rows are not people.
      for (const r of buffer) skip(r.row, 'second_table', r.values);
      buffer.length = 0;
      state = 'rest';
      return;
    }
    tableTitle = [];
    for (const r of buffer.slice(0, found.first)) {
      skip(r.row, 'title', r.values);
      const line = r.values
        .map(cellText)
        .filter((t) => t !== '')
        .join(' ');
      if (!line) continue;
      tableTitle.push(line);
      if (first) titleText.push(line);
    }
    if (first) titleDate = titleDateOf(titleText);
    state = 'sample';
    maybeDecide(false);
  };

  const bodyRowsBuffered = (): number => (found ? buffer.length - found.last - 1 : 0);

  /** Once enough body rows are buffered (or the sheet ended), choose the columns and release the rows. */
  const maybeDecide = (ended: boolean): void => {
    if (!found || (!ended && bodyRowsBuffered() < EVIDENCE.sample.rows)) return;
    const header = found;
    const headerRows = buffer.slice(header.first, header.last + 1);
    const bodyRows = buffer.slice(header.last + 1);
    const nameCol = header.columns.find((c) => c.field === 'name')?.col ?? header.columns.find((c) => c.field === 'given_name')?.col;
    const sample = bodyRows
      .filter((r) => !isNumberingRow(r.values) && cellText(r.values[nameCol ?? -1]) !== '' && !isTotalName(cellText(r.values[nameCol ?? -1])))
      .map((r) => r.values);
    const unmapped: Array<{ field: FieldKey; title: string; column?: number }> = [];
    const evidence = chooseColumns(header.columns, sample, test, forcedColumns(opts.forced, header.columns, unmapped, sample), codeReading(header.columns));
    if (unmapped.length) evidence.unmapped = unmapped;
    layOut(evidence, headerRows, sample);
    for (const r of headerRows) skip(r.row, 'header', r.values);
    expectNumbering = true;
    state = 'body';
    buffer.length = 0;
    found = null;
    for (const r of bodyRows)
      if (state === 'body') body(r.row, r.values);
      else buffer.push(r);
    if ((state as string) === 'scan' && (ended || buffer.length >= HEADER_SCAN_ROWS)) findHeader();
  };

  const layOut = (evidence: Evidence, headerRows: BufferedRow[], coded: RowValues[]): void => {
    legends = evidence.choices.flatMap((c) => (c.legend ? [[c.col, c.legend] as [number, Legend]] : []));
    const sample = legends.length ? coded.map(withLegends) : coded;
    const byCol = new Map<number, ColumnChoice>(evidence.choices.map((c) => [c.col, c]));
    ticks = tickFields(
      found!.columns.filter((c) => !byCol.has(c.col)),
      sample,
      new Set(evidence.choices.map((c) => c.field)),
      matcher,
      classifier,
    );
    tickCols = ticks.length ? tickCells(ticks) : undefined;
    // A field that tick columns give has its column: a code column for it is no loss to report.
    evidence.codes = evidence.codes.filter((c) => !ticks.some((t) => t.field === c.field));
    const tickOf = new Map<number, FieldKey>(
      ticks.flatMap((t) => [...t.columns.map((c) => [c.col, t.field] as const), ...(t.flag ? [[t.flag.col, t.field] as const] : [])]),
    );
    const columns: ColumnMapping[] = found!.columns.map((c) => ({ col: c.col, title: c.title, field: byCol.get(c.col)?.field ?? tickOf.get(c.col) ?? null }));
    fieldCols = Object.fromEntries([...evidence.choices.map((c) => [c.field, c.col] as const), ...ticks.map((t) => [t.field, t.slot] as const)]);
    titled = columns.map((c) => [c.col, c.title]);
    const name = fieldCols.name ?? fieldCols.given_name ?? fieldCols.family_name ?? 0;
    rowCols = {
      name,
      seq: fieldCols.seq,
      births: (['birth_date', 'birth_date_male', 'birth_date_female'] as const).flatMap((f) => (fieldCols[f] !== undefined ? [fieldCols[f]!] : [])),
    };
    headerKey = rowKey(headerRows[0].values);
    const assumptions: string[] = [];
    for (const c of evidence.choices)
      if (c.low) assumptions.push(`column "${c.title}" read as ${c.field}, though only ${Math.round((c.share ?? 0) * 100)}% of its sample cells look like one`);
    const hasUnit = fieldCols.unit !== undefined || fieldCols.position_unit !== undefined;
    const sheetUnit = !hasUnit && !isGenericSheetName(opts.sheet) ? opts.sheet : undefined;
    if (sheetUnit) assumptions.push(`no unit column: the sheet name '${opts.sheet}' is the unit of people outside any group heading`);
    for (const c of evidence.choices)
      if (c.legend)
        assumptions.push(
          `column "${c.title}" holds codes read through the legend ${Object.entries(c.legend)
            .map(([k, v]) => `${k} = ${v}`)
            .join(', ')}`,
        );
    for (const t of ticks) {
      const cols = t.flag ? [t.flag.col] : t.columns.map((c) => c.col);
      assumptions.push(
        `${t.field} read from tick columns ${cols.map(columnLetter).join(', ')} (${t.flag ? `ticked = ${t.flag.yes}, else ${t.flag.no || 'none'}` : 'the ticked column names the category'})`,
      );
    }
    const sheetLevel = sheetLevelOf(ticks.length ? sample.map((r) => withTicks(r, ticks)) : sample, fieldCols, [...titleText, ...columns.map((c) => c.title)]);
    if (sheetLevel) assumptions.push(`no unit says its level: the positions and categories place this roster at the ${sheetLevel} level`);
    tables.push({
      sheet: opts.sheet,
      headerRows: headerRows.map((r) => r.row),
      columns,
      assumptions,
      evidence,
      ...(sheetUnit ? { sheetUnit } : {}),
      ...(sheetLevel ? { sheetLevel } : {}),
    });
    groupUnit = undefined;
    groupLabel = undefined;
    inSignature = false;
    inNotes = false;
  };

  return {
    push(row, values) {
      if (state === 'body') return body(row, values);
      if (state === 'rest') {
        if (tables.length) skip(row, 'second_table', values);
        return;
      }
      buffer.push({ row, values });
      if (state === 'scan' && buffer.length >= HEADER_SCAN_ROWS) findHeader();
      else if (state === 'sample') maybeDecide(false);
    },
    take() {
      if (pending.length === 0) return [];
      const out = pending;
      pending = [];
      return out;
    },
    end() {
      if (state === 'scan') findHeader();
      // Deciding a short table at the end replays its rows, and a second table's header among them starts a
      // new sample: settle each table in turn, or its people would be left in the buffer, neither read nor skipped.
      while ((state as string) === 'sample' && found) maybeDecide(true);
      if (held) {
        const h = held;
        held = null;
        classifyRow(h.row, h.values);
      }
      const scanned: [number, number] | null = tables.length === 0 && buffer.length ? [buffer[0].row, buffer[buffer.length - 1].row] : null;
      return {
        layout: tables[0] ?? null,
        moreTables: tables.slice(1),
        scannedRows: scanned,
        skipped,
        skippedCounts: counts,
        records,
        ...(titleDate ? { titleDate } : {}),
        titleText,
      };
    },
    mergesMatter(merges) {
      // No header search ran (no rows): nothing was read with the merges.
      if (merges.length === 0 || !firstSearch) return false;
      const { rows, bodyFrom } = firstSearch;
      if (merges.some((m) => m.bottom >= bodyFrom)) return true;
      return JSON.stringify(detectHeader(rows, merges, matcher, isName)) !== firstSearch.found;
    },
    get layout() {
      return tables[tables.length - 1] ?? null;
    },
    get titleDate() {
      return titleDate;
    },
    get titleText() {
      return titleText;
    },
  };
}
