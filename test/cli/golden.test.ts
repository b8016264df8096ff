import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Golden outputs of the built CLI on the fixtures. They are reviewed like code: regenerate with
// UPDATE_GOLDEN=1 npm test, then read the diff before committing.
const GOLDEN = join(ROOT, 'test', 'golden');
const cases: Array<[string, string[]]> = [
  ['summarize-sample.txt', ['summarize', 'fixtures/sample-roster.xlsx']],
  ['summarize-sample.csv', ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'csv']],
  ['summarize-sample-keys.csv', ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'csv', '--csv-keys']],
  ['summarize-sample-by-unit-wide.txt', ['summarize', 'fixtures/sample-roster.xlsx', '--by', 'unit', '--layout', 'wide']],
  ['summarize-sample-by-unit-wide.csv', ['summarize', 'fixtures/sample-roster.xlsx', '--by', 'unit', '--layout', 'wide', '--format', 'csv']],
  ['summarize-sample-by-unit-wide.md', ['summarize', 'fixtures/sample-roster.xlsx', '--by', 'unit', '--layout', 'wide', '--format', 'md']],
  ['summarize-sample-vi.csv', ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'csv', '--csv-locale', 'vi']],
  ['summarize-sample.json', ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'json']],
  ['summarize-sample-en.md', ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'md', '--lang', 'en']],
  ['summarize-official-by-unit.md', ['summarize', 'fixtures/official-form.xlsx', '--by', 'unit', '--format', 'md']],
  ['summarize-sample-where-cadre.csv', ['summarize', 'fixtures/sample-roster.xlsx', '--where', 'category=cán bộ', '--where', 'level=xã', '--format', 'csv']],
  [
    'summarize-sample-by-level.json',
    ['summarize', 'fixtures/sample-roster.xlsx', '--by', 'level', '--format', 'json', '--decimals', '1', '--rounding', 'half-up'],
  ],
  ['summarize-ward-btctw.txt', ['summarize', 'fixtures/ward-report-2024.xlsx', '--age-bands', 'btctw']],
  ['summarize-ward-leaders.csv', ['summarize', 'fixtures/ward-report-2024.xlsx', '--age-bands', 'leaders', '--format', 'csv']],
  ['summarize-ward-congress-en.txt', ['summarize', 'fixtures/ward-report-2024.xlsx', '--age-bands', 'congress', '--lang', 'en', '--young-under', '35']],
  ['summarize-ward-list.csv', ['summarize', 'fixtures/ward-report-2024.xlsx', '--age-bands', '35,45,55', '--as-of', '2025-06-30', '--format', 'csv']],
  ['summarize-units-per-sheet-by-sheet.csv', ['summarize', 'fixtures/units-per-sheet.xlsx', '--by', 'sheet', '--as-of', '2024-12-31', '--format', 'csv']],
  ['compare-2020-2025.txt', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx']],
  ['compare-2020-2025.json', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'json']],
  ['compare-three.csv', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2022.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'csv']],
  [
    'compare-three-keys.csv',
    ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2022.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'csv', '--csv-keys'],
  ],
  ['compare-three.txt', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2022.xlsx', 'fixtures/compare-2025.xlsx']],
  ['compare-three.json', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2022.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'json']],
  [
    'compare-2020-2025-en.md',
    ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'md', '--lang', 'en', '--labels', 'term 1,term 2'],
  ],
  ['summarize-sample.html', ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'html']],
  ['compare-2020-2025.html', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'html', '--lang', 'en']],
  ['summarize-sample-bars.txt', ['summarize', 'fixtures/sample-roster.xlsx', '--bars', '--by', 'level']],
  ['inspect-twin-messy.txt', ['inspect', 'fixtures/twin-messy.xlsx']],
  ['inspect-twin-messy-en.txt', ['inspect', 'fixtures/twin-messy.xlsx', '--lang', 'en']],
  ['inspect-sample.json', ['inspect', 'fixtures/sample-roster.xlsx', '--format', 'json']],
  ['inspect-units-per-sheet.txt', ['inspect', 'fixtures/units-per-sheet.xlsx', '--as-of', '2024-12-31']],
];

describe('golden CLI outputs', { concurrent: true }, () => {
  it.each(cases)('%s', async (name, args) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(0);
    const file = join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, r.stdout);
      if (!process.env.UPDATE_GOLDEN) throw new Error(`golden file ${name} was missing and has been written: review it`);
    }
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
