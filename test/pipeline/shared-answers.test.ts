import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawRecord, SheetLayout } from '../../src/ingest/types.js';
import type { RowValues } from '../../src/io/sheet-rows.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { SHARED_ANSWERS_CAP } from '../../src/normalize/shared-answers.js';
import { toOfficial, type RecordContext } from '../../src/normalize/to-official.js';
import { SharedRows } from '../../src/pipeline/shared-rows.js';
import { batchOf } from '../helpers/packed-batch.js';

// Rows from the scanning thread tell which cells are which shared strings; names, home towns and typed
// birth dates are then answered by the string's index. Whatever the texts, an official must come out the
// same as when every cell is answered by its text.
const layout: SheetLayout = { sheet: 'DS', headerRows: [1], columns: [], assumptions: [] };
const cols = { name: 0, birth_date: 1, hometown: 2, unit: 3 };

describe('shared cells of unpacked rows', () => {
  it('tell each shared string cell its index, every other cell -1', () => {
    const shared = ['Nguyễn Văn An', 'Kinh', 'not used'];
    const batch = batchOf(
      [
        [3, ['Nguyễn Văn An', 12, , 'Kinh'] as RowValues],
        [5, [, , 'inline'] as RowValues],
      ],
      shared,
    );
    const cells = batch.shared!;
    expect(cells.strings).toBe(shared);
    const row = (i: number) => Array.from(cells.index.subarray(cells.rowStart[i], cells.rowStart[i] + batch.values[i].length));
    expect(row(0)).toEqual([0, -1, -1, 1]);
    expect(row(1)).toEqual([-1, -1, -1]);
  });
});

describe('SharedRows', () => {
  const shared = ['A', 'B', 'C'];
  it('finds rows of the two latest batches in row order, and only with the very cells the batch brought', () => {
    const rows = new SharedRows();
    const b1 = batchOf(
      [
        [2, ['A']],
        [4, ['B']],
      ] as Array<[number, RowValues]>,
      shared,
    );
    const b2 = batchOf(
      [
        [6, ['C']],
        [7, ['A', 'B']],
      ] as Array<[number, RowValues]>,
      shared,
    );
    rows.add(b1);
    rows.add(b2);
    const at = (row: number, values: RowValues) => {
      const r = rows.find(row, values);
      return r ? r.index[r.at] : undefined;
    };
    expect(at(4, b1.values[1])).toBe(1);
    expect(at(6, b2.values[0])).toBe(2);
    // A row the batch did not bring, or cells changed on the way (a copy), are not found.
    expect(at(6, [...b2.values[0]])).toBeUndefined();
    expect(at(8, ['A'])).toBeUndefined();
    expect(at(7, b2.values[1])).toBe(0);
    // A third batch drops the first.
    const b3 = batchOf([[9, ['B']]] as Array<[number, RowValues]>, shared);
    rows.add(b3);
    expect(at(2, b1.values[0])).toBeUndefined();
    expect(at(7, b2.values[1])).toBe(0);
    expect(at(9, b3.values[0])).toBe(1);
  });
});

describe('SharedRows past its cap', () => {
  it('keeps no answers for a table of more than SHARED_ANSWERS_CAP strings: every row is answered by text', () => {
    const strings = new Array<string>(SHARED_ANSWERS_CAP + 1).fill('A');
    const batch = batchOf([[2, ['A']]] as Array<[number, RowValues]>, strings);
    const rows = new SharedRows();
    rows.add(batch);
    expect(rows.find(2, batch.values[0])).toBeUndefined();
    // At the cap, it does.
    const atCap = batchOf([[2, ['A']]] as Array<[number, RowValues]>, strings.slice(0, SHARED_ANSWERS_CAP));
    rows.add(atCap);
    expect(rows.find(2, atCap.values[0])).toBeDefined();
  });
});

describe('toOfficial with shared cells', () => {
  const piece = fc.constantFrom('Xã', 'Yên', 'Thành', 'Ha\u0300', ' ', '  ', '\u00a0', 'Ð', '-', ',', '1975', '15/03/1980', '3-4-1970', '\u200b');
  const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));

  it('gives the same official as by text, for any names, home towns and typed dates', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 60 }), (cells) => {
        const strings = [...new Set(cells.flat())];
        const rows = cells.map(([name, birth, home], i): [number, RowValues] => [i + 2, [name, birth, home, 'UBND xã Yên Thành']]);
        const batch = batchOf(rows, strings);
        const sharedRows = new SharedRows();
        sharedRows.add(batch);
        const byIndex: RecordContext = { file: 'f.xlsx', layout, date1904: false, classifier: createClassifier('vi') };
        const byText: RecordContext = { ...byIndex, plan: undefined };
        batch.values.forEach((values, i) => {
          const raw: RawRecord = { row: batch.numbers[i], values, cols };
          const pa: never[] = [];
          const pb: never[] = [];
          const row = sharedRows.find(raw.row, values);
          expect(row).toBeDefined();
          expect(toOfficial(raw, byIndex, pa, row)).toEqual(toOfficial(raw, byText, pb));
          expect(pa).toEqual(pb);
        });
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
