import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The date a roster names decides its ages: a day in its title or file name, a term's first year, else today
// (and a comparison says when a period was aged today). Three invented people; one born 15/09/1994 is 30 at
// 30/06/2025 and 31 at 31/12/2025, so the 30-or-under band tells which date was used.
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ'];
const PEOPLE = [
  ['1', 'Nguyễn Văn An', '15/09/1994', 'Nam', 'Công chức Tư pháp - Hộ tịch'],
  ['2', 'Trần Thị Bình', '10/03/1975', 'Nữ', 'Chủ tịch UBND'],
  ['3', 'Lê Văn Cường', '01/03/1961', 'Nam', 'Công chức Văn phòng - Thống kê'],
];
const dir = mkdtempSync(join(tmpdir(), 'cadre-as-of-named-'));
function roster(name: string, title?: string, people = PEOPLE): string {
  const cell = (v: string): string => `"${v.replace(/"/g, '""')}"`;
  const rows = [...(title ? [[title], []] : []), HEADER, ...people];
  writeFileSync(join(dir, name), `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`);
  return join(dir, name);
}
type Json = {
  asOf: string;
  sources: Array<{ asOfSource?: string }>;
  dimensions: { age_band: { categories: Array<{ key: string; count: number }> } };
};
async function summary(file: string): Promise<{ json: Json; stderr: string }> {
  const r = await runCli(['summarize', file, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}
const MORE = [...PEOPLE, ['4', 'Phạm Thị Dung', '20/11/1988', 'Nữ', 'Công chức Địa chính - Xây dựng']];
const young = (j: Json): number => j.dimensions.age_band.categories.find((c) => c.key === '0-30')?.count ?? 0;

describe('the date a roster names', { concurrent: true }, () => {
  it("a day in the title: ages at that day, said as the title's date", async () => {
    const { json, stderr } = await summary(roster('xa-a.csv', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC (Tính đến ngày 30/6/2025)'));
    expect(json.asOf).toBe('2025-06-30');
    expect(young(json)).toBe(1);
    expect(stderr).toContain('Tuổi tính đến ngày 30/06/2025 (ngày ghi ở tiêu đề danh sách)');
    // The year alone ages at 31/12: the same person is 31.
    const year = await summary(roster('xa-b.csv', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025'));
    expect(year.json.asOf).toBe('2025-12-31');
    expect(young(year.json)).toBe(0);
  });

  it('a day in the file name', async () => {
    const { json, stderr } = await summary(roster('ds_20250630.csv'));
    expect(json.asOf).toBe('2025-06-30');
    expect(young(json)).toBe(1);
    expect(stderr).toContain('(ngày ghi ở tên tệp)');
  });

  it('a term: 31/12 of its first year, said so with the way to the congress date', async () => {
    const { json, stderr } = await summary(roster('bch.csv', 'BAN CHẤP HÀNH ĐẢNG BỘ XÃ AN HÒA NHIỆM KỲ 2020 - 2025'));
    expect(json.asOf).toBe('2020-12-31');
    expect(stderr).toContain('Tuổi tính đến ngày 31/12/2020 (năm đầu của nhiệm kỳ ghi ở tiêu đề danh sách; nếu cần tính đến ngày đại hội, dùng --as-of)');
    const named = await summary(roster('BCH NK2015-2020.csv'));
    expect(named.json.asOf).toBe('2015-12-31');
  });

  it('compare of two terms: in time order, named as terms, each aged at its own term', async () => {
    const older = roster('bch-a.csv', 'BAN CHẤP HÀNH NHIỆM KỲ 2015 - 2020');
    const newer = roster('bch-b.csv', 'BAN CHẤP HÀNH NHIỆM KỲ 2020 - 2025');
    const r = await runCli(['compare', newer, older, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { periods: Array<{ label: string; asOf: string }>; indicators: Record<string, { values: Array<{ value: number }> }> };
    expect(j.periods.map((p) => [p.label, p.asOf])).toEqual([
      ['2015–2020', '2015-12-31'],
      ['2020–2025', '2020-12-31'],
    ]);
    // The same people, five years older.
    const [a, b] = j.indicators['age.average'].values.map((v) => v.value);
    expect(b - a).toBeCloseTo(5, 0);
    const text = await runCli(['compare', older, newer, '--format', 'text']);
    expect(text.stdout).toContain('Nhiệm kỳ 2020–2025, tổng số');
    expect(text.stdout).toContain('so với nhiệm kỳ 2015–2020');
    // Aged at --as-of instead, each term is said as a term.
    const at = await runCli(['compare', older, newer, '--as-of', '2025-12-31']);
    expect(at.stderr).toContain('kỳ 2015–2020: danh sách nhiệm kỳ 2015–2020 được tính tuổi và xét cấp đến ngày 31/12/2025 theo --as-of');
  });

  it('compare of two days of one year: in the order of their days, labelled by them', async () => {
    const june = roster('ds_20250630.csv');
    const december = roster('ds_20251231.csv', undefined, MORE);
    const r = await runCli(['compare', december, june, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { periods: Array<{ label: string; asOf: string; population: number }> };
    expect(j.periods.map((p) => [p.label, p.asOf, p.population])).toEqual([
      ['30/06/2025', '2025-06-30', 3],
      ['31/12/2025', '2025-12-31', 4],
    ]);
    const text = await runCli(['compare', june, december, '--format', 'text']);
    expect(text.stdout).toMatch(/^Ngày 31\/12\/2025, tổng số .* là 4 người, tăng 1 người so với ngày 30\/06\/2025\./);
  });

  it('compare says which period names no date and is aged today', async () => {
    const r = await runCli(['compare', roster('xa-cu.csv'), roster('xa-2025.csv', undefined, MORE), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { warnings?: Array<{ code: string; message: string }> };
    const w = j.warnings?.filter((x) => x.code === 'period_at_today') ?? [];
    expect(w.map((x) => x.message)).toEqual([
      expect.stringMatching(/^kỳ xa-cu: danh sách không ghi ngày hay năm .* tuổi được tính đến hôm nay \d\d\/\d\d\/\d{4}/),
    ]);
    expect(r.stderr).toContain('kỳ xa-cu: danh sách không ghi ngày hay năm');
    // With --as-of every period is aged at one date: nothing to say.
    const at = await runCli(['compare', roster('xa-cu.csv'), roster('xa-2025.csv', undefined, MORE), '--as-of', '2025-12-31', '--format', 'json']);
    expect((JSON.parse(at.stdout) as { warnings?: Array<{ code: string }> }).warnings?.some((x) => x.code === 'period_at_today') ?? false).toBe(false);
  });
});
