import * as XLSX from '@e965/xlsx';
import { CadreError } from '../../model/cadre-error.js';
import { serialToDate } from '../excel-date.js';
import type { ByteSource } from '../byte-source.js';
import { checkRow, MAX_CELL_TEXT, MAX_COLS, MAX_ROWS, textTooLong } from '../limits.js';
import { asReadFailure } from '../read-error.js';
import { cellAddress, CellError, type CellValue, type MergeRange, type RowBatch, type RowValues, type SheetRef, type WorkbookSource } from '../sheet-rows.js';

// .xls holds at most 65,536 rows and these files are read whole; past this size something is wrong.
const MAX_BYTES = 200 * 1024 * 1024;
function value(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return new CellError(cell.w ?? '#ERR');
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'n':
      if (typeof cell.v !== 'number') return null;
      return cell.z !== undefined && XLSX.SSF.is_date(String(cell.z)) ? serialToDate(cell.v, date1904) : cell.v;
    default:
      return null;
  }
}

/**
 * Reads .xls (BIFF8, BIFF5 with its code page) and .ods through SheetJS CE (the maintained 0.20 line,
 * `@e965/xlsx`, which carries the fixes for the CVEs of npm's `xlsx` 0.18.5). These files are small by
 * nature, so they are parsed whole and then handed out row by row like the streaming xlsx reader.
 */
export async function openWithSheetJs(source: ByteSource, format: 'xls' | 'ods'): Promise<WorkbookSource> {
  const path = source.name;
  const size = source.size;
  if (size > MAX_BYTES)
    throw new CadreError(
      'FILE_TOO_LARGE',
      `${path}: ${Math.round(size / 1048576)} MB is too large for an ${format} roster (limit ${MAX_BYTES / 1048576} MB)`,
      'save it as .xlsx',
    );
  const bytes = await source.read(0, size);
  await source.close();
  let wb: XLSX.WorkBook;
  // SheetJS writes some parse warnings with console.error; they are not the user's business.
  /* eslint-disable no-console -- silenced around the one SheetJS call, and restored */
  const consoleError = console.error;
  console.error = () => undefined;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      WTF: false,
    });
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/password|encrypt/i.test(message))
      throw new CadreError('ENCRYPTED_WORKBOOK', `${path}: this file is password-protected; open it in Excel, remove the password and save again`);
    // A TypeError or RangeError is the reader tripping over the file's structure: its words are for programmers.
    const detail = err instanceof TypeError || err instanceof RangeError ? 'its structure cannot be read' : firstWords(message, 120);
    throw new CadreError('DAMAGED_FILE', `${path}: damaged ${format} file (${detail})`, 'open it in Excel or LibreOffice and save it again as .xlsx');
  } finally {
    console.error = consoleError;
  }
  /* eslint-enable no-console */
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const hidden = wb.Workbook?.Sheets ?? [];
  const sheets: SheetRef[] = wb.SheetNames.map((name, index) => ({
    index,
    name,
    state: hidden[index]?.Hidden === 1 ? 'hidden' : hidden[index]?.Hidden === 2 ? 'veryHidden' : 'visible',
  }));
  const sheetOf = (ref: SheetRef): XLSX.WorkSheet => wb.Sheets[ref.name];
  return {
    file: path,
    format,
    sheets,
    date1904,
    readMerges: async (ref) => (sheetOf(ref)?.['!merges'] ?? []).map((m): MergeRange => ({ top: m.s.r + 1, left: m.s.c, bottom: m.e.r + 1, right: m.e.c })),
    // The workbook is in memory: a sheet is handed on as one batch.
    async *rows(ref: SheetRef): AsyncGenerator<RowBatch> {
      const data = (sheetOf(ref) as { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> })?.['!data'] ?? [];
      const numbers: number[] = [];
      const rows: RowValues[] = [];
      try {
        data.forEach((row, r) => {
          if (!row) return;
          if (r >= MAX_ROWS || row.length > MAX_COLS) checkRow(r + 1, row.length);
          const values = row.map((c, col) => {
            const v = value(c, date1904);
            if (typeof v === 'string' && v.length > MAX_CELL_TEXT) throw textTooLong(v.length, `cell ${cellAddress(r + 1, col)}`);
            return v;
          });
          if (values.some((v) => v !== null && v !== undefined)) {
            numbers.push(r + 1);
            rows.push(values);
          }
        });
      } catch (err) {
        throw asReadFailure(path, err, ref.name);
      }
      if (numbers.length) yield { numbers, values: rows, formulas: [] };
    },
    close: async () => undefined,
  };
}

/** A message's first line, cut at a word boundary within `max` characters ("…" when cut). */
function firstWords(message: string, max: number): string {
  const line = message.split('\n')[0];
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}
