import { type ByteSource, head } from '../byte-source.js';
import { asReadFailure } from '../read-error.js';
import type { MergeRange, RowBatch, RowValues, SheetRef, WorkbookSource } from '../sheet-rows.js';
import { CsvParser } from './csv-parser.js';
import { sniffDelimiter, sniffEncoding } from './decode-text.js';

const PIECE = 1 << 20;

/** A file name without its folders and extension ("data/xa-1.csv" → "xa-1"), whatever the separator. */
function stem(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** A .csv/.tsv roster as a one-sheet workbook (the sheet is named after the file). */
export async function openCsv(source: ByteSource): Promise<WorkbookSource & { encoding: string; delimiter: string }> {
  const path = source.name;
  const start = await head(source, 64 * 1024);
  const { encoding, bomLength } = sniffEncoding(start);
  const sample = new TextDecoder(encoding).decode(start.subarray(bomLength));
  const delimiter = path.toLowerCase().endsWith('.tsv') ? '\t' : sniffDelimiter(sample);
  const sheet: SheetRef = { index: 0, name: stem(path), state: 'visible' };
  return {
    file: path,
    format: 'csv',
    sheets: [sheet],
    encoding,
    delimiter,
    readMerges: async (): Promise<MergeRange[]> => [],
    async *rows(): AsyncGenerator<RowBatch> {
      const decoder = new TextDecoder(encoding);
      let numbers: number[] = [];
      let values: RowValues[] = [];
      const parser = new CsvParser(delimiter, (n, v) => {
        numbers.push(n);
        values.push(v);
      });
      for (let at = bomLength; ;) {
        const last = at >= source.size;
        try {
          if (last) {
            parser.push(decoder.decode());
            parser.end();
          } else {
            const piece = await source.read(at, Math.min(PIECE, source.size - at));
            at += piece.length;
            parser.push(decoder.decode(piece, { stream: true }));
          }
        } catch (err) {
          throw asReadFailure(path, err);
        }
        // Handed on outside the try: the consumer's errors are not the reader's.
        if (numbers.length) {
          yield { numbers, values, formulas: [], bytes: at, totalBytes: source.size };
          numbers = [];
          values = [];
        }
        if (last) return;
      }
    },
    close: () => source.close(),
  };
}
