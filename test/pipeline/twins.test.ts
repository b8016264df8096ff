import { describe, expect, it } from 'vitest';
import { openFile } from '../../src/io/node/open-file.js';
import type { Official } from '../../src/model/official.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { foldText } from '../../src/normalize/fold-text.js';
import { loadRosters } from '../../src/pipeline/load-roster.js';
import { FIX } from '../helpers/settings.js';

async function records(file: string): Promise<Array<Record<string, unknown>>> {
  const out: Official[] = [];
  await loadRosters([FIX(file)], {
    open: (f) => openFile(f, { inThread: true }),
    sheet: 'all',
    config: {},
    lang: 'vi',
    classifier: createClassifier('vi'),
    today: { year: 2026, month: 11, day: 22 },
    onOfficial: (o) => out.push(o),
  });
  // Where a file came from (file, sheet, row, raw columns) and how its words were spelt (tone placement,
  // NFD, Ð) legitimately differ; who the people are and every category must not.
  return out.map(({ file: _f, sheet: _s, row: _r, columns: _c, name, unit, hometown: _h, position, ...rest }) => ({
    ...rest,
    name: foldText(name),
    unit: foldText(unit ?? ''),
    position: foldText(position ?? ''),
  }));
}

describe('a clean and a messy roster of the same people', () => {
  it('give identical records', async () => {
    const clean = await records('twin-clean.xlsx');
    const messy = await records('twin-messy.xlsx');
    expect(clean).toHaveLength(60);
    const byName = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
      String(a.name).localeCompare(String(b.name)) || JSON.stringify(a.birth).localeCompare(JSON.stringify(b.birth));
    expect([...messy].sort(byName)).toEqual([...clean].sort(byName));
  });

  it.each(['twin-tcvn3.xlsx', 'twin-vni.xlsx'])('%s (typed in a legacy font) gives the records of its Unicode twin', async (file) => {
    expect(await records(file)).toEqual(await records('twin-clean.xlsx'));
  });
});
