import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// What summarize says on stderr of the reading is in the JSON's `warnings` too, each line with its kind: a
// program reading the JSON learns of a sheet left out or ages told from a birth year alone, as a person does.
// fixtures/units-per-sheet.xlsx: a 'Tổng hợp' sheet with no header (skipped) and 36 people with a birth
// year only (scripts/fixtures). The date line is the JSON's `asOf`, not a warning.
describe('summarize --format json: warnings', { concurrent: true }, () => {
  it.each(['vi', 'en'])('the stderr lines, with their kinds (--lang %s)', async (lang) => {
    const r = await runCli(['summarize', 'fixtures/units-per-sheet.xlsx', '--format', 'json', '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    const warnings = (JSON.parse(r.stdout) as { warnings: Array<{ code: string; message: string }> }).warnings;
    expect(warnings.map((w) => w.code)).toEqual(['sheet_skipped', 'year_only_ages']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => !/^(Tuổi tính đến ngày|Ages as of)/.test(l))).toEqual(warnings.map((w) => w.message));
    expect(warnings[0].message).toContain(lang === 'vi' ? "bỏ qua sheet 'Tổng hợp'" : "skipped sheet 'Tổng hợp'");
    expect(warnings[1].message).toMatch(/^36 /);
  });

  it('--quiet keeps them in the JSON', async () => {
    const r = await runCli(['summarize', 'fixtures/units-per-sheet.xlsx', '--format', 'json', '--quiet']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { warnings: unknown[] }).warnings).toHaveLength(2);
  });
});
