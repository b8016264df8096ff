import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { LimitExceeded, pastLimit } from '../limits.js';
import type { MergeRange, RowHandler, SheetRef, WorkbookSource } from '../sheet-rows.js';
import { sniffDelimiter, sniffEncoding } from './decode-text.js';
import { CsvParser } from './csv-parser.js';

/** A .csv/.tsv roster as a one-sheet workbook (the sheet is named after the file). */
export async function openCsv(path: string): Promise<WorkbookSource> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(64 * 1024);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const { encoding, bomLength } = sniffEncoding(head.subarray(0, bytesRead));
  const sample = new TextDecoder(encoding).decode(head.subarray(bomLength, bytesRead));
  const delimiter = path.toLowerCase().endsWith('.tsv') ? '\t' : sniffDelimiter(sample);
  const sheet: SheetRef = { index: 0, name: basename(path).replace(/\.[^.]+$/, ''), state: 'visible' };
  return {
    file: path,
    format: 'csv',
    sheets: [sheet],
    encoding,
    delimiter,
    readMerges: async (): Promise<MergeRange[]> => [],
    readRows: (_sheet: SheetRef, onRow: RowHandler) =>
      new Promise<void>((resolve, reject) => {
        const decoder = new TextDecoder(encoding);
        const parser = new CsvParser(delimiter, onRow);
        const stream = createReadStream(path, { start: bomLength, highWaterMark: 1 << 20 });
        // The parser (and the rows' handler) may throw: a limit passed, or an error of the pipeline.
        const guard = (step: () => void): void => {
          try {
            step();
          } catch (err) {
            stream.destroy();
            reject(err instanceof LimitExceeded ? pastLimit(path, undefined, err) : err);
          }
        };
        stream.on('data', (chunk) => guard(() => parser.push(decoder.decode(chunk as Buffer, { stream: true }))));
        stream.on('error', reject);
        stream.on('end', () =>
          guard(() => {
            parser.push(decoder.decode());
            parser.end();
            resolve();
          }),
        );
      }),
    close: async () => undefined,
  } as WorkbookSource & { encoding: string; delimiter: string };
}
