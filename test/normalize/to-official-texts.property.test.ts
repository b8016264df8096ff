import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawRecord, SheetLayout } from '../../src/ingest/types.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { cellText } from '../../src/normalize/cell-text.js';
import { toOfficial, type RecordContext } from '../../src/normalize/to-official.js';

// toOfficial remembers the cleaned text of recently seen units, positions and home towns. Whatever
// the strings (clean, decomposed, with odd spaces; sharing a slot or not), each must come out as if
// cleaned afresh.
describe('toOfficial, texts of repeating columns', () => {
  const layout: SheetLayout = { sheet: 'DS', headerRows: [1], columns: [], assumptions: [] };
  const ctx: RecordContext = { file: 'f.xlsx', layout, date1904: false, classifier: createClassifier('vi') };
  const cols = { name: 0, unit: 1, position: 2, hometown: 3 };
  const piece = fc.constantFrom('Xã', 'xã', 'Yên', 'Thành', 'Phó', 'Chủ tịch', 'Ha\u0300', ' ', '  ', '\u00a0', 'Ð', 'a', 'b', '1');
  const text = fc.array(piece, { minLength: 1, maxLength: 5 }).map((a) => a.join(' '));

  it('gives each row the cleaned text of its own cells', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 300 }), (rows) => {
        rows.forEach(([unit, position, hometown], i) => {
          const raw: RawRecord = { row: i + 2, values: [`Người ${i}`, unit, position, hometown], cols };
          const o = toOfficial(raw, ctx, []);
          expect(o.unit ?? '').toBe(cellText(unit));
          expect(o.position ?? '').toBe(cellText(position));
          expect(o.hometown ?? '').toBe(cellText(hometown));
        });
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
