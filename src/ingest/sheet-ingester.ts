import type { MergeRange, RowValues } from '../io/sheet-rows.js';
import type { FieldKey } from '../model/fields.js';
import { cellText } from '../normalize/cell-text.js';
import { classifyBodyRow, groupText, isTotalName, isUnitHeading, type RowColumns } from './classify-row.js';
import { detectHeader, isNumberingRow, type BufferedRow } from './detect-header.js';
import { isGenericSheetName, titleMatcher } from './header-vocab.js';
import { titleYearOf } from './title-year.js';
import type { RawRecord, SheetLayout, SkippedRow, SkipReason } from './types.js';
import { VerticalFill } from './vertical-fill.js';

export interface IngestOptions {
  sheet: string;
  merges: MergeRange[];
  extraTitles?: Partial<Record<FieldKey, string[]>>;
  /** Keep every titled column's text on each record (for `--where`/`--by` on a column title); costs time. */
  keepColumns?: boolean;
  onRecord(record: RawRecord): void;
}

export interface SheetIngestResult {
  layout: SheetLayout | null;
  scannedRows: [number, number] | null;
  skipped: SkippedRow[];
  skippedCounts: Record<SkipReason, number>;
  records: number;
  titleYear?: number;
  titleText: string[];
}

export interface SheetIngester {
  push(rowNumber: number, values: RowValues): void;
  end(): SheetIngestResult;
  readonly layout: SheetLayout | null;
  readonly titleYear: number | undefined;
  /** The title lines above the header (known once the header is found). */
  readonly titleText: readonly string[];
}

/** Rows scanned for a header before a sheet is declared not to be a roster. */
export const HEADER_SCAN_ROWS = 40;
const SKIPPED_DETAIL = 1000;

/**
 * Streams one sheet: buffers its first rows until the header band is found, then turns every row into a
 * person record or a skipped row with a reason. Holds only the header rows and the active body merges.
 */
export function createSheetIngester(opts: IngestOptions): SheetIngester {
  const matcher = titleMatcher(opts.extraTitles);
  const buffer: BufferedRow[] = [];
  const skipped: SkippedRow[] = [];
  const counts: Record<SkipReason, number> = { title: 0, header: 0, numbering: 0, group: 0, total: 0, signature: 0, blank: 0, no_name: 0 };
  const titleText: string[] = [];
  let layout: SheetLayout | null = null;
  let titleYear: number | undefined;
  let decided = false;
  let records = 0;
  let rowCols: RowColumns = { name: 0, births: [] };
  let titled: Array<[number, string]> = [];
  let fieldCols: Partial<Record<FieldKey, number>> = {};
  let groupUnit: string | undefined;
  let inSignature = false;
  let expectNumbering = false;
  const fill = new VerticalFill(opts.merges);

  const skip = (row: number, reason: SkipReason, values: RowValues): void => {
    counts[reason]++;
    if (skipped.length < SKIPPED_DETAIL) {
      const text = values.map(cellText).find((t) => t !== '');
      skipped.push({ row, reason, ...(text ? { text: text.slice(0, 60) } : {}) });
    }
  };

  const body = (row: number, raw: RowValues): void => {
    const values = fill.apply(row, raw);
    if (expectNumbering) {
      expectNumbering = false;
      if (isNumberingRow(values)) {
        layout!.numberingRow = row;
        return skip(row, 'numbering', values);
      }
    }
    if (inSignature) return skip(row, 'signature', values);
    const kind = isPlainPerson(values) ? null : classifyBodyRow(values, rowCols, spansRow(row, values));
    if (kind === 'signature') inSignature = true;
    if (kind === 'group') {
      // "II | UBND xã Tân Lập": the heading is the text beside the Roman numeral.
      const filled = values.flatMap((v, c) => (cellText(v) ? [c] : []));
      const textCol = filled.find((c) => c !== rowCols.seq) ?? filled[0];
      const text = cellText(values[textCol]);
      if (isUnitHeading(text)) groupUnit = groupText(text);
    }
    if (kind) return skip(row, kind, values);
    records++;
    const record: RawRecord = { row, values, cols: fieldCols, groupUnit };
    if (opts.keepColumns) {
      const columns: Record<string, string> = {};
      for (const [col, title] of titled) columns[title] = cellText(values[col]);
      record.columns = columns;
    }
    opts.onRecord(record);
  };

  // Most body rows are people: a numbered row with a name and a birth date needs no closer look,
  // unless its name cell reads like a total ("Tổng cộng").
  const isPlainPerson = (values: RowValues): boolean => {
    const name = values[rowCols.name];
    if (typeof name !== 'string' || name.length === 0 || isTotalName(name)) return false;
    if (rowCols.seq !== undefined && typeof values[rowCols.seq] !== 'number') return false;
    return rowCols.births.some(
      (c) =>
        values[c] instanceof Date ||
        (typeof values[c] === 'number' && (values[c] as number) >= 1000) ||
        (typeof values[c] === 'string' && /\d{4}/.test(values[c] as string)),
    );
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

  const decide = (): void => {
    decided = true;
    const found = detectHeader(buffer, opts.merges, matcher);
    if (!found) return;
    const fieldOf = new Map(found.columns.flatMap((c) => (c.field ? [[c.field, c.col] as const] : [])));
    fieldCols = Object.fromEntries(fieldOf);
    titled = found.columns.map((c) => [c.col, c.title]);
    rowCols = {
      name: fieldOf.get('name')!,
      seq: fieldOf.get('seq'),
      births: (['birth_date', 'birth_date_male', 'birth_date_female'] as const).flatMap((f) => (fieldOf.has(f) ? [fieldOf.get(f)!] : [])),
    };
    const assumptions = [...found.duplicates];
    const hasUnit = fieldOf.has('unit') || fieldOf.has('position_unit');
    const sheetUnit = !hasUnit && !isGenericSheetName(opts.sheet) ? opts.sheet : undefined;
    if (sheetUnit) assumptions.push(`no unit column: the sheet name '${opts.sheet}' is the unit of people outside any group heading`);
    layout = {
      sheet: opts.sheet,
      headerRows: buffer.slice(found.first, found.last + 1).map((r) => r.row),
      columns: found.columns,
      assumptions,
      ...(sheetUnit ? { sheetUnit } : {}),
    };
    for (const r of buffer.slice(0, found.first)) {
      skip(r.row, 'title', r.values);
      const line = r.values
        .map(cellText)
        .filter((t) => t !== '')
        .join(' ');
      if (line) titleText.push(line);
    }
    titleYear = titleYearOf(titleText);
    for (const r of buffer.slice(found.first, found.last + 1)) skip(r.row, 'header', r.values);
    expectNumbering = true;
    for (const r of buffer.slice(found.last + 1)) body(r.row, r.values);
    buffer.length = 0;
  };

  return {
    push(row, values) {
      if (decided) {
        if (layout) body(row, values);
        return;
      }
      buffer.push({ row, values });
      if (buffer.length >= HEADER_SCAN_ROWS) decide();
    },
    end() {
      const scanned: [number, number] | null = buffer.length ? [buffer[0].row, buffer[buffer.length - 1].row] : null;
      if (!decided) decide();
      return { layout, scannedRows: layout ? null : scanned, skipped, skippedCounts: counts, records, ...(titleYear ? { titleYear } : {}), titleText };
    },
    get layout() {
      return layout;
    },
    get titleYear() {
      return titleYear;
    },
    get titleText() {
      return titleText;
    },
  };
}
