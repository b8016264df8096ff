import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import type { PairMovements } from '../../src/report/comparison-report.js';
import { FIX, settings } from '../helpers/settings.js';

type Planted = { matchedBy: string; stayed: number; joined: number; left: number; changes: unknown[] };
const planted = (JSON.parse(readFileSync(FIX('manifest.json'), 'utf8')) as { movements: Record<string, Planted> }).movements;

function strip(m: PairMovements): Planted {
  return { matchedBy: m.matchedBy, stayed: m.stayed, joined: m.joined, left: m.left, changes: m.changes };
}

describe('compare on three fixture years', () => {
  it('finds the planted movements between consecutive periods', async () => {
    const { report } = await compareFiles(
      [{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2022.xlsx')] }, { files: [FIX('compare-2025.xlsx')] }],
      settings(),
    );
    expect(report.periods.map((p) => [p.label, p.asOf, p.population])).toEqual([
      ['2020', '2020-12-31', 50],
      ['2022', '2022-12-31', 51],
      ['2025', '2025-12-31', 52],
    ]);
    const moves = report.movements as PairMovements[];
    expect(moves.map(strip)).toEqual([planted['2020→2022'], planted['2022→2025']]);
  });

  it('a pair gives one movements object, and the missing rank column is marked, not zero', async () => {
    const { report } = await compareFiles([{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2025.xlsx')], label: 'nhiệm kỳ mới' }], settings());
    expect(strip(report.movements as PairMovements)).toEqual(planted['2020→2025']);
    expect(report.periods[1].label).toBe('nhiệm kỳ mới');
    expect(report.dimensions.rank!.missing).toEqual(['2020']);
    for (const c of report.dimensions.rank!.categories) expect(c.values[0]).toEqual({ count: null, percent: null });
    const master = report.dimensions.professional!.categories.find((c) => c.key === 'master')!;
    expect(master.change.points).toBe(Number((master.values[1].percent! - master.values[0].percent!).toFixed(2)));
  });
});
