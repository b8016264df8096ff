import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';

interface Source {
  file: string;
  sheet: string;
}

/** `summarize --format json` of a fixture, parsed, with where each source came from set aside. */
async function summary(file: string): Promise<{ report: Record<string, unknown>; sources: Source[] }> {
  const r = await runCli(['summarize', '--format', 'json', '--as-of', '2024-12-31', join(FIXTURES, file)], { timeoutMs: HANG_GUARD_MS });
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as Record<string, unknown> & { sources: Source[] };
  return { report: { ...report, sources: report.sources.map((s) => ({ ...s, file: '<file>', sheet: '<sheet>' })) }, sources: report.sources };
}

// The clean twin saved as .xls (BIFF8), .ods and UTF-8 .csv by the fixture script: every reader must give
// the report of the xlsx reader. Only where the people came from may differ: the file name, and for CSV
// the sheet name (a CSV has no sheets; its one sheet is named after the file).
describe('format twins of twin-clean.xlsx', { concurrent: true }, () => {
  let xlsxRun: ReturnType<typeof summary> | undefined;
  const xlsx = (): ReturnType<typeof summary> => (xlsxRun ??= summary('twin-clean.xlsx'));

  it('the xlsx twin itself is a full roster', async () => {
    const { report, sources } = await xlsx();
    expect((report as { population: number }).population).toBe(60);
    expect(sources).toEqual([expect.objectContaining({ file: join(FIXTURES, 'twin-clean.xlsx'), sheet: 'Danh sách', records: 60 })]);
  });

  it.each([
    ['twin-clean.xls', 'Danh sách'],
    ['twin-clean.ods', 'Danh sách'],
    ['twin-clean.csv', 'twin-clean'],
  ])('%s gives the same summary', async (file, sheet) => {
    const twin = await summary(file);
    expect(twin.sources.map((s) => [s.file, s.sheet])).toEqual([[join(FIXTURES, file), sheet]]);
    expect(twin.report).toEqual((await xlsx()).report);
  });
});
