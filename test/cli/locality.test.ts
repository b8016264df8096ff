import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// --locality: the home towns of ward-report-2024 name Hà Tĩnh for 9 of its 23 people. A name no home town
// gives (typed without diacritics, or a typo) would count everyone non-local: said on stderr and in the JSON.
const FILE = 'fixtures/ward-report-2024.xlsx';
const local = (stdout: string): number =>
  (JSON.parse(stdout) as { dimensions: { origin: { categories: Array<{ key: string; count: number }> } } }).dimensions.origin.categories.find(
    (c) => c.key === 'local',
  )!.count;

const warningCodes = (stdout: string): string[] => ((JSON.parse(stdout) as { warnings?: Array<{ code: string }> }).warnings ?? []).map((w) => w.code);

describe('--locality', { concurrent: true }, () => {
  it('a place the home towns name: counted, nothing said', async () => {
    const r = await runCli(['summarize', FILE, '--locality', 'Hà Tĩnh', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(local(r.stdout)).toBe(9);
    expect(r.stderr).not.toContain('--locality');
    expect(warningCodes(r.stdout)).not.toContain('locality_no_match');
  });

  it.each(['ha tinh', 'xyz'])('%j, which no home town names, is said (everyone came out non-local)', async (place) => {
    const r = await runCli(['summarize', FILE, '--locality', place, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(local(r.stdout)).toBe(0);
    expect(r.stderr).toContain(`--locality ${place}: không quê quán nào ghi địa phương này, nên cả 23 người đều được tính là không là người địa phương`);
    // The JSON says it too (a weak result is said on stderr and in the JSON), the same line.
    const warning = (JSON.parse(r.stdout) as { warnings: Array<{ code: string; message: string }> }).warnings.find((w) => w.code === 'locality_no_match');
    expect(r.stderr.split('\n')).toContain(warning?.message);
    const en = await runCli(['summarize', FILE, '--locality', place, '--lang', 'en']);
    expect(en.stderr).toContain(`--locality ${place}: no home town names this place, so everyone is counted non-local (23 people)`);
  });

  it("compare: said per period, in that period's JSON warnings", async () => {
    const r = await runCli(['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--locality', 'ha noi', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const periods = (JSON.parse(r.stdout) as { periods: Array<{ population: number; warnings?: Array<{ code: string; message: string }> }> }).periods;
    const lines = r.stderr.split('\n');
    for (const p of periods) {
      const w = p.warnings?.find((x) => x.code === 'locality_no_match');
      expect(w?.message).toContain(`nên cả ${p.population} người đều được tính là không là người địa phương`);
      expect(lines).toContain(w?.message);
    }
  });
});
