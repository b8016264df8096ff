import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';

// `summarize` of rosters of different years (the committed 2020 and 2025 fixtures): each roster's people
// are aged at its own date, said in one stderr line and in the JSON; `--as-of` and `compare` say nothing new.
const old = join(FIXTURES, 'compare-2020.xlsx');
const now = join(FIXTURES, 'compare-2025.xlsx');
const DATES = '31/12/2020 (compare-2020.xlsx); 31/12/2025 (compare-2025.xlsx)';
const differs = (stderr: string): string[] => stderr.split('\n').filter((l) => /không cùng thời điểm|different dates/.test(l));

describe('summarize: rosters of different dates', { concurrent: true }, () => {
  it('one stderr line in Vietnamese names the files and their dates; the heading says them too', async () => {
    const r = await runCli(['summarize', old, now]);
    expect(r.code, r.stderr).toBe(0);
    expect(differs(r.stderr)).toEqual([
      `Các danh sách không cùng thời điểm nên tuổi được tính đến ngày của từng danh sách: ${DATES}. ` +
        'Để so sánh các kỳ, dùng cadre-stats compare; để tính tuổi đến cùng một ngày, dùng --as-of',
    ]);
    expect(r.stderr).not.toContain('Tuổi tính đến ngày');
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
      `Tính đến ngày của từng danh sách: ${DATES}`,
    ]);
  });

  it('in English with --lang en, and in the JSON', async () => {
    const r = await runCli(['summarize', old, now, '--lang', 'en', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const line =
      `The rosters are of different dates, so ages are as of each roster's own date: ${DATES}. ` +
      'To compare periods, use cadre-stats compare; to age everyone at one date, use --as-of';
    expect(differs(r.stderr)).toEqual([line]);
    const json = JSON.parse(r.stdout) as { asOf: string; warnings: unknown; sources: Array<{ file: string; asOf?: string; asOfSource?: string }> };
    expect(json.asOf).toBe('2025-12-31');
    // With the other lines stderr says of the reading (3 people with a birth year only).
    expect(json.warnings).toEqual([
      { code: 'as_of_differs', message: line },
      { code: 'year_only_ages', message: '3 people have a birth year only: age by year difference' },
    ]);
    expect([...new Set(json.sources.map((s) => `${s.file} ${s.asOf} ${s.asOfSource}`))]).toEqual([
      `${old} 2020-12-31 title date`,
      `${now} 2025-12-31 title date`,
    ]);
  });

  it('--as-of: everyone at that date, the usual line, no warning', async () => {
    const r = await runCli(['summarize', old, now, '--as-of', '2025-12-31', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(differs(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('Tuổi tính đến ngày 31/12/2025 (theo --as-of)');
    const json = JSON.parse(r.stdout) as { warnings?: Array<{ code: string }>; sources: Array<{ asOf?: string }> };
    expect(json.warnings?.map((w) => w.code)).toEqual(['year_only_ages']);
    expect(json.sources.every((s) => s.asOf === undefined)).toBe(true);
  });

  it('compare: each period at its own date as before, nothing said about differing dates', async () => {
    const r = await runCli(['compare', old, now]);
    expect(r.code, r.stderr).toBe(0);
    expect(differs(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('kỳ 2020: tuổi tính đến ngày 31/12/2020 (ngày ghi ở tiêu đề danh sách)');
    expect(r.stderr).toContain('kỳ 2025: tuổi tính đến ngày 31/12/2025 (ngày ghi ở tiêu đề danh sách)');
  });
});

describe('compare: values not recognised', { concurrent: true }, () => {
  it('are said per period, as summarize says them (compare-2025 has 17; compare-2020 none)', async () => {
    const alone = await runCli(['summarize', now]);
    expect(alone.stderr).toContain('17 giá trị không nhận ra');
    const r = await runCli(['compare', old, now]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('không nhận ra'))).toEqual([`kỳ 2025: 17 giá trị không nhận ra (xem: cadre-stats inspect ${now})`]);
    const en = await runCli(['compare', old, now, '--lang', 'en']);
    expect(en.stderr).toContain(`period 2025: 17 values not recognised (see: cadre-stats inspect ${now})`);
  });
});

describe('compare --as-of', { concurrent: true }, () => {
  it('keeps the periods named by their years and says which roster is told at the option date, not its own', async () => {
    const r = await runCli(['compare', old, now, '--as-of', '2025-12-31', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).periods.map((p: { label: string; asOf: string }) => [p.label, p.asOf])).toEqual([
      ['2020', '2025-12-31'],
      ['2025', '2025-12-31'],
    ]);
    const said = r.stderr.split('\n').filter((l) => l.includes('theo --as-of, không theo ngày'));
    expect(said).toEqual([
      'kỳ 2020: danh sách năm 2020 được tính tuổi và xét cấp đến ngày 31/12/2025 theo --as-of, không theo ngày của chính danh sách; bỏ --as-of để mỗi kỳ tính theo ngày của mình',
    ]);
  });
});

// ward-report-2024: 23 births (scripts/fixtures), 11 after 1/6/1980 (1981-06-08 … 1998-11-15, and the years
// 1986 and 1995 alone; 1980-05-17 is not). Aged at --as-of 1980-06-01 they were -1 to -18 years old: the
// average age read -0,4 and everyone was "dưới 30".
describe('--as-of before some births', { concurrent: true }, () => {
  it('those people have no age (Không rõ), said on stderr and in the JSON', async () => {
    const r = await runCli(['summarize', 'fixtures/ward-report-2024.xlsx', '--as-of', '1980-06-01', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const line = '11 người sinh sau ngày tính tuổi 01/06/1980: tuổi của họ không tính (ghi vào Không rõ); kiểm tra --as-of';
    expect(r.stderr.split('\n')).toContain(line);
    const json = JSON.parse(r.stdout) as {
      warnings: Array<{ code: string; message: string }>;
      dimensions: { age_band: { categories: Array<{ key: string; count: number }> } };
      indicators: Record<string, { value?: number; base: number }>;
    };
    expect(json.warnings.find((w) => w.code === 'born_after_as_of')?.message).toBe(line);
    expect(json.dimensions.age_band.categories.find((c) => c.key === 'unknown')?.count).toBe(11);
    expect(json.indicators['age.average'].base).toBe(12);
    expect(json.indicators['age.average'].value).toBeGreaterThanOrEqual(0);
  });

  it('a roster at its own date says nothing of it', async () => {
    const r = await runCli(['summarize', 'fixtures/ward-report-2024.xlsx', '--format', 'json']);
    expect(r.stderr).not.toContain('sinh sau');
    expect((JSON.parse(r.stdout) as { warnings?: Array<{ code: string }> }).warnings?.map((w) => w.code)).not.toContain('born_after_as_of');
  });
});
