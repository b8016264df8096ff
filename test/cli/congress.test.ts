import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// fixtures/dai-hoi-tinh-2025.xlsx (scripts/fixtures/state-2025.js): 15 candidates of a provincial Party
// committee; province level, so the reference month is 9/2025 (Chỉ thị 45-CT/TW). Every figure below was
// worked out by hand from the people list in the script:
//
//  #  born     sex  term  retires (Phụ lục I, NĐ 135/2020)         months left from 9/2025   rule   ok
//  1  1970-03  M    tái   62 → 2032-03                             78                        48     yes
//  2  1967-02  M    tái   62 → 2029-02                             41                        48     no
//  3  1968-01  M    tái   62 → 2030-01                             52                        48     yes
//  4  1967-09  M    tái   62 → 2029-09                             48                        48     yes (exactly)
//  5  1967-08  M    tái   62 → 2029-08                             47                        48     no
//  6  1969-10  F    tái   56y8m would be 6/2026 → 2026 age 57 → 2026-10   13                 48     no
//  7  1972-03  F    tái   58 would be 3/2030 → 2030 age 58y4m → 2030-07   58                 48     yes
//  8  1968-09  M    đầu   62 → 2030-09                             60                        60     yes (exactly)
//  9  1968-08  M    đầu   62 → 2030-08                             59                        60     no
// 10  1975-03  F    đầu   59y4m would be 7/2034 → 2034 age 59y8m → 2034-11  110              60     yes
// 11  1971-01  F    đầu   57y4m would be 5/2028 → 2028 age 57y8m → 2028-09   36              60     no
// 12  1972-07  F    đầu   58 would be 7/2030 → 2030 age 58y4m → 2030-11   62                 60     yes
// 13  1990-02  M    đầu   → 2052-02                                far                       60     yes
// 14  1986-08  F    đầu   → 2046-08                                far                       60     yes
// 15  1985-09  M    đầu   → 2047-09                                far                       60     yes
//
// re-election: 4 of 7 (57,14%); first time: 6 of 8 (75%).
// Nữ: #6 7 10 11 12 14 = 6/15 = 40% (target ≥ 15%: met). Trẻ under 40 on 1/9/2025: #13 (35), #14 (39);
// #15 turns 40 that day = 2/15 = 13,33% (target ≥ 10% for province: met). Dân tộc thiểu số: #6 Thái,
// #13 Thổ = 2 (13,33%). Tôn giáo: #10 = 1 (6,67%). Ngoài Đảng: 0. Trên đại học: ThS #1 3 8 10, TS #2 12 =
// 6 (40%). Không là người địa phương (hometown outside Nghệ An): #2 Hà Tĩnh, #8 Thanh Hóa, #12 Hà Nội = 3 (20%).
const FILE = 'fixtures/dai-hoi-tinh-2025.xlsx';

type Ind = { count: number; base: number; percent: number; target?: { percent: number; met: boolean; source: string } };

describe('--preset dai-hoi on a provincial committee', () => {
  it('gives the composition and eligibility figures checked by hand', async () => {
    const r = await runCli(['summarize', FILE, '--preset', 'dai-hoi', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      indicators: Record<string, Ind>;
      congress: { referenceMonths: Record<string, string>; undetermined: number; sources: string[] };
    };
    const got = (id: string): [number, number, number] => [report.indicators[id].count, report.indicators[id].base, report.indicators[id].percent];
    expect(got('gender.female')).toEqual([6, 15, 40]);
    expect(report.indicators['gender.female'].target).toMatchObject({ percent: 15, met: true });
    expect(got('age.young')).toEqual([2, 15, 13.33]);
    // The roster has no general education, political theory or state management column: no figure for them
    // (they were 0 of 15, 0%), while their tables say the column is missing.
    expect(Object.keys(report.indicators).filter((k) => /^(general_education|political_theory|state_management)\./.test(k))).toEqual([]);
    expect(Object.keys(report.indicators)).toContain('professional.postgraduate');
    expect(report.indicators['age.young'].target).toMatchObject({ percent: 10, met: true });
    expect(got('ethnicity.minority')).toEqual([2, 15, 13.33]);
    expect(got('religion.religious')).toEqual([1, 15, 6.67]);
    expect(got('party.non_member')).toEqual([0, 15, 0]);
    expect(got('term.re_elected')).toEqual([7, 15, 46.67]);
    expect(got('term.first_time')).toEqual([8, 15, 53.33]);
    expect(got('professional.postgraduate')).toEqual([6, 15, 40]);
    expect(got('origin.non_local')).toEqual([3, 15, 20]);
    expect(got('eligibility.first_time_ok')).toEqual([6, 8, 75]);
    expect(got('eligibility.re_election_ok')).toEqual([4, 7, 57.14]);
    expect(report.congress.referenceMonths.province).toBe('2025-09');
    expect(report.congress.undetermined).toBe(0);
    expect(report.congress.sources.join(' ')).toMatch(/Chỉ thị 45-CT\/TW/);
    expect(report.congress.sources.join(' ')).toMatch(/Nghị định 135\/2020/);
  });

  it('--congress-date moves the reference: at 1/1/2026 #3 (52 → 48) still passes and #4 (48 → 44) no longer does', async () => {
    const r = await runCli(['summarize', FILE, '--congress-date', '2026-01-15', '--format', 'json']);
    expect(r.code).toBe(0);
    const ind = (JSON.parse(r.stdout) as { indicators: Record<string, Ind> }).indicators;
    // re-election: #1 74, #3 48, #7 54 pass; #4 44 fails → 3 of 7. First time: #8 56 and #12 58 now fail → 4 of 8.
    expect([ind['eligibility.re_election_ok'].count, ind['eligibility.first_time_ok'].count]).toEqual([3, 4]);
  });

  it('compare: the 2020 period is told at its own date, not at the 2025 congress months, and says so', async () => {
    const args = ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'json'];
    const plain = JSON.parse((await runCli(args)).stdout);
    const r = await runCli([...args, '--preset', 'dai-hoi']);
    expect(r.code, r.stderr).toBe(0);
    const young = JSON.parse(r.stdout).indicators['age.young'].values;
    // At 31/12/2020 as without the preset (24 of 50, counted by hand from the fixture's people), not 18.
    expect(young[0]).toEqual(plain.indicators['age.young'].values[0]);
    expect(young[0].count).toBe(24);
    expect(r.stderr).toContain('kỳ 2020: trẻ và điều kiện tuổi tính đến ngày 31/12/2020, ngày của danh sách');
    expect(r.stderr).not.toContain('kỳ 2025: trẻ');
  });

  it('--young-under sets the young bound at every level; the target (of under 40) goes with another bound', async () => {
    const young = async (...extra: string[]): Promise<Ind> => {
      const r = await runCli(['summarize', FILE, '--preset', 'dai-hoi', '--format', 'json', ...extra]);
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { indicators: Record<string, Ind & { label: string }> }).indicators['age.young'];
    };
    // Under 36 on 1/9/2025: #13 (35) alone; #14 is 39. It was ignored: 2 of 15, "dưới 40 tuổi".
    const under36 = (await young('--young-under', '36')) as Ind & { label: string };
    expect([under36.count, under36.base, under36.percent, under36.label]).toEqual([1, 15, 6.67, 'Trẻ dưới 36 tuổi']);
    expect(under36.target).toBeUndefined();
    expect((await young('--young-under', '40')).target).toMatchObject({ percent: 10, met: true });
  });

  it('every format says the date "trẻ" and eligibility are told at: the congress month of the level, or --congress-date', async () => {
    for (const format of ['table', 'md', 'html']) {
      const month = await runCli(['summarize', FILE, '--preset', 'dai-hoi', '--format', format, '--quiet']);
      expect(month.stdout).toContain('Trẻ và điều kiện tuổi tính đến tháng đại hội (Chỉ thị 45-CT/TW): cấp tỉnh 9/2025');
      const date = await runCli(['summarize', FILE, '--congress-date', '2030-10-01', '--format', format, '--quiet']);
      expect(date.stdout).toContain('Trẻ và điều kiện tuổi tính đến ngày đại hội: 01/10/2030');
    }
    const en = await runCli(['summarize', FILE, '--preset', 'dai-hoi', '--lang', 'en', '--quiet']);
    expect(en.stdout).toContain('Young and age eligibility as of the congress month (Chỉ thị 45-CT/TW): Province 9/2025');
    // Without the preset, no such line.
    expect((await runCli(['summarize', FILE, '--quiet'])).stdout).not.toContain('đại hội');
  });

  it('a config target wins over the shipped one and names the user as its source', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cadre-congress-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ policy: { targets: { 'gender.female': { percent: 45 } }, congress: { reElectionMonths: 30 } } }));
    const r = await runCli(['summarize', FILE, '--preset', 'dai-hoi', '--config', config, '--format', 'json']);
    expect(r.code).toBe(0);
    const ind = (JSON.parse(r.stdout) as { indicators: Record<string, Ind> }).indicators;
    expect(ind['gender.female'].target).toMatchObject({ percent: 45, met: false });
    expect(ind['gender.female'].target!.source).toMatch(/--config/);
    // 30 months: #2 (41) and #5 (47) pass too; #6 (13) does not → 6 of 7.
    expect(ind['eligibility.re_election_ok'].count).toBe(6);
  });

  it('inspect --eligibility lists the five who fall short by row, names on stdout only', async () => {
    const r = await runCli(['inspect', FILE, '--eligibility', '--format', 'json']);
    expect(r.code).toBe(0);
    const e = (
      JSON.parse(r.stdout) as { eligibility: { checked: number; shortfalls: Array<{ row: number; monthsLeft: number; needed: number; name: string }> } }
    ).eligibility;
    expect(e.checked).toBe(15);
    expect(e.shortfalls.map((x) => [x.row, x.monthsLeft, x.needed])).toEqual([
      [7, 41, 48],
      [10, 47, 48],
      [11, 13, 48],
      [14, 59, 60],
      [16, 36, 60],
    ]);
    expect(r.stderr).not.toMatch(/Trần Văn Bình|Hoàng Văn Em|Lò Thị Hoa|Võ Văn Khánh|Đỗ Thị Mai/);
  });

  it('never shows a CCCD whole on stderr or in problems', async () => {
    const r = await runCli(['summarize', FILE, '--format', 'json', '--where', 'id=040070001234']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).population).toBe(1);
    expect(r.stderr).not.toMatch(/\d{8}/);
  });
});

describe('--preset dai-hoi on a roster without a tái cử / lần đầu column', () => {
  // sample-roster has no Cấp ủy column: "Tái cử 0 / 300 = 0,00%" and the eligibility rows at 0 were printed as
  // figures, where every other indicator of a missing column is left out ("không có cột này").
  it('leaves the tái cử, lần đầu and eligibility figures out; the composition figures stay', async () => {
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--preset', 'dai-hoi', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const ids = Object.keys((JSON.parse(r.stdout) as { indicators: Record<string, unknown> }).indicators);
    for (const id of ['term.re_elected', 'term.first_time', 'eligibility.first_time_ok', 'eligibility.re_election_ok']) expect(ids).not.toContain(id);
    expect(ids).toContain('gender.female');
    expect(ids).toContain('age.young');
    const withTerm = await runCli(['summarize', FILE, '--preset', 'dai-hoi', '--format', 'json']);
    expect(Object.keys((JSON.parse(withTerm.stdout) as { indicators: Record<string, unknown> }).indicators)).toContain('term.re_elected');
  });
});
