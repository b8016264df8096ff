import { join } from 'node:path';
import type { SummarizeSettings } from '../../src/pipeline/summarize-files.js';
import { openFile } from '../../src/io/node/open-file.js';
import { parseAgeBands } from '../../src/stats/age-bands.js';
import { parseWhere } from '../../src/stats/where.js';

export const FIX = (name: string): string => join(__dirname, '..', '..', 'fixtures', name);

/** Summarize settings as the CLI builds them from its defaults, with a fixed "today". */
export function settings(over: Partial<SummarizeSettings> & { whereExprs?: string[] } = {}): SummarizeSettings {
  const { whereExprs = [], ...rest } = over;
  return {
    sheet: 'all',
    config: {},
    lang: 'vi',
    decimals: 2,
    rounding: 'largest-remainder',
    bands: parseAgeBands('bnv'),
    youngUnder: 40,
    where: parseWhere(whereExprs),
    whereSources: whereExprs,
    today: { year: 2026, month: 11, day: 22 },
    open: (file) => openFile(file, { inThread: true }),
    ...rest,
  };
}
