import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { CountIndicator, SummaryReport } from '../../src/report/types.js';
import { formatCount, formatPercent } from '../../src/render/format-number.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// The built CLI (npm run build first): --format text and --bars on the fixtures. Expectations are taken
// from the --format json report of the same run, so the test checks the wording, not the statistics.
const GOLDEN = join(ROOT, 'test', 'golden');
const SAMPLE = ['summarize', 'fixtures/sample-roster.xlsx'];
const COMPARE = ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx'];

async function stdout(args: string[]): Promise<string> {
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const pct = (p: number, lang: 'vi' | 'en' = 'vi'): string => `${formatPercent(p, 2, lang)}%`;

describe('summarize --format text', { concurrent: true }, () => {
  it('states the total and the women exactly as the JSON report counts them', async () => {
    const [text, json] = await Promise.all([stdout([...SAMPLE, '--format', 'text']), stdout([...SAMPLE, '--format', 'json'])]);
    const report = JSON.parse(json) as SummaryReport;
    const female = report.indicators['gender.female'] as CountIndicator;
    expect(
      text.startsWith(
        `Tổng số cán bộ, công chức, viên chức: ${formatCount(report.population, 'vi')} người, trong đó nữ ${formatCount(female.count, 'vi')} người (${pct(female.percent)})`,
      ),
    ).toBe(true);
    const higher = report.indicators['professional.university_or_higher'] as CountIndicator;
    expect(text).toContain(`; từ đại học trở lên ${formatCount(higher.count, 'vi')} người (${pct(higher.percent)}).`);
    expect(text.endsWith('.\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('names every non-empty category of the sections and no empty one', async () => {
    const [text, json] = await Promise.all([stdout([...SAMPLE, '--format', 'text']), stdout([...SAMPLE, '--format', 'json'])]);
    const report = JSON.parse(json) as SummaryReport;
    const sentence = (heading: string): string => text.split('. ').find((s) => s.startsWith(heading)) ?? '';
    const professional = sentence('Về trình độ chuyên môn: ');
    for (const c of report.dimensions.professional!.categories) {
      const label = c.label.toLowerCase();
      const phrase = `${label} ${formatCount(c.count, 'vi')} người (${pct(c.percent)})`;
      if (c.count > 0) expect(professional).toContain(phrase);
      else expect(professional).not.toContain(`${label} `);
    }
    // The sample has nobody over 60 and no Chuyên viên cao cấp.
    expect(report.dimensions.age_band!.categories.find((c) => c.key === '61+')!.count).toBe(0);
    expect(sentence('Về độ tuổi: ')).not.toContain('trên 60');
    expect(sentence('Về trình độ quản lý nhà nước: ')).not.toContain('cao cấp');
    expect(sentence('Về trình độ quản lý nhà nước: ')).toContain('chuyên viên chính');
    // Every dimension with a roster column has its sentence, ngạch and người địa phương included.
    for (const heading of [
      'Về trình độ lý luận chính trị: ',
      'Về ngạch công chức: ',
      'Về trình độ giáo dục phổ thông: ',
      'Về đối tượng: ',
      'Về người địa phương: ',
    ])
      expect(sentence(heading), heading).not.toBe('');
  });

  it('writes English with --lang en', async () => {
    const [text, json] = await Promise.all([stdout([...SAMPLE, '--format', 'text', '--lang', 'en']), stdout([...SAMPLE, '--format', 'json'])]);
    const report = JSON.parse(json) as SummaryReport;
    const female = report.indicators['gender.female'] as CountIndicator;
    expect(
      text.startsWith(
        `Cadres, civil servants and public employees in total: ${formatCount(report.population, 'en')}, of whom women ${female.count} (${pct(female.percent, 'en')})`,
      ),
    ).toBe(true);
    expect(text).not.toMatch(/người|trong đó|Về /);
  });

  it('writes one paragraph per --by group after the total, each starting with its label', async () => {
    const [text, json] = await Promise.all([
      stdout(['summarize', 'fixtures/official-form.xlsx', '--by', 'unit', '--format', 'text']),
      stdout(['summarize', 'fixtures/official-form.xlsx', '--by', 'unit', '--format', 'json']),
    ]);
    const report = JSON.parse(json) as SummaryReport;
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + report.groups!.length);
    // This roster holds cán bộ and công chức only: the subject says so.
    expect(lines[0].startsWith(`Tổng số cán bộ, công chức: ${formatCount(report.population, 'vi')} người`)).toBe(true);
    report.groups!.forEach((g, i) =>
      expect(lines[i + 1].startsWith(`${g.label}: Tổng số cán bộ, công chức: ${formatCount(g.population, 'vi')} người`)).toBe(true),
    );
  });
});

describe('compare --format text', { concurrent: true }, () => {
  it('says the count change and, apart, the share change in điểm phần trăm, for every figure it quotes, with the base once per sentence', async () => {
    const [text, json] = await Promise.all([stdout([...COMPARE, '--format', 'text']), stdout([...COMPARE, '--format', 'json'])]);
    const report = JSON.parse(json) as ComparisonReport;
    const people = (n: number): string => (n > 0 ? `tăng ${n} người` : n < 0 ? `giảm ${-n} người` : 'không thay đổi về số lượng');
    const share = (p: number): string =>
      p > 0
        ? `tỷ lệ tăng ${formatPercent(p, 2, 'vi')} điểm phần trăm`
        : p < 0
          ? `tỷ lệ giảm ${formatPercent(-p, 2, 'vi')} điểm phần trăm`
          : 'tỷ lệ không thay đổi';
    const change = (c: { count: number; points: number }): string =>
      c.count === 0 && c.points === 0 ? 'không thay đổi' : `${people(c.count)}, ${share(c.points)}`;
    const last = report.periods.length - 1;
    const pop = report.population.change;
    expect(
      text.startsWith(
        `Năm ${report.periods[last].label}, tổng số cán bộ, công chức, viên chức là ${report.population.values[last]} người, ${pop === 0 ? 'không thay đổi' : people(pop)} so với năm ${report.periods[0].label}. `,
      ),
    ).toBe(true);
    const female = report.indicators['gender.female'];
    const now = female.values[last] as { count: number; percent: number };
    expect(text).toContain(
      `Trong đó, so với năm 2020: nữ ${now.count} người (${pct(now.percent)}), ${change(female.change as { count: number; points: number })}`,
    );
    let checked = 0;
    for (const dim of ['professional', 'rank', 'category'] as const) {
      for (const c of report.dimensions[dim]!.categories) {
        const v = c.values[last];
        if (v.count === null || (v.count === 0 && !c.values[0].count)) continue;
        const quoted = `${c.label.toLowerCase()} ${v.count} người (${pct(v.percent!)})`;
        expect(text).toContain(c.change.count === null ? quoted : `${quoted}, ${change(c.change as { count: number; points: number })}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
    for (const sentence of text.trim().split('. ')) expect(sentence.split('so với năm 2020').length - 1, sentence).toBeLessThanOrEqual(1);
    expect(text).not.toContain('điểm %');
  });

  it('says up / down … percentage points with --lang en', async () => {
    const [text, json] = await Promise.all([stdout([...COMPARE, '--format', 'text', '--lang', 'en']), stdout([...COMPARE, '--format', 'json'])]);
    const report = JSON.parse(json) as ComparisonReport;
    const female = report.indicators['gender.female'];
    const points = (female.change as { points: number }).points;
    const way = points > 0 ? 'up' : 'down';
    expect(text).toContain(
      `women ${(female.values[1] as { count: number }).count} (${pct((female.values[1] as { percent: number }).percent, 'en')}), up 2, share ${way} ${formatPercent(Math.abs(points), 2, 'en')} percentage points`,
    );
  });
});

describe('paragraph golden files', { concurrent: true }, () => {
  // Reviewed by reading them; regenerate with UPDATE_GOLDEN=1 and read the diff before committing.
  const cases: Array<[string, string[]]> = [
    ['paragraph-summarize-sample.txt', [...SAMPLE, '--format', 'text']],
    ['paragraph-summarize-sample-en.txt', [...SAMPLE, '--format', 'text', '--lang', 'en']],
    ['paragraph-official-by-unit.txt', ['summarize', 'fixtures/official-form.xlsx', '--by', 'unit', '--format', 'text']],
    ['paragraph-ward-btctw.txt', ['summarize', 'fixtures/ward-report-2024.xlsx', '--age-bands', 'btctw', '--format', 'text']],
    ['paragraph-compare-2020-2025.txt', [...COMPARE, '--format', 'text']],
    ['paragraph-compare-2020-2025-en.txt', [...COMPARE, '--format', 'text', '--lang', 'en']],
    ['paragraph-compare-three.txt', ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2022.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'text']],
    [
      'paragraph-compare-three-en.txt',
      [
        'compare',
        'fixtures/compare-2020.xlsx',
        'fixtures/compare-2022.xlsx',
        'fixtures/compare-2025.xlsx',
        '--format',
        'text',
        '--lang',
        'en',
        '--labels',
        'term 1,term 2,term 3',
      ],
    ],
  ];
  it.each(cases)('%s', async (name, args) => {
    const out = await stdout(args);
    const file = join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      writeFileSync(file, out);
      if (!process.env.UPDATE_GOLDEN) throw new Error(`golden file ${name} was missing and has been written: review it`);
    }
    expect(out).toBe(readFileSync(file, 'utf8'));
  });
});

describe('--bars', { concurrent: true }, () => {
  it('without --bars the table is exactly the existing golden output', async () => {
    expect(await stdout(SAMPLE)).toBe(readFileSync(join(GOLDEN, 'summarize-sample.txt'), 'utf8'));
  });

  it('adds to each category row a bar proportional to its percent (20 cells = 100%)', async () => {
    const [table, json] = await Promise.all([stdout([...SAMPLE, '--bars']), stdout([...SAMPLE, '--format', 'json'])]);
    const report = JSON.parse(json) as SummaryReport;
    const cells = (bar: string): number => [...bar].reduce((n, ch) => n + (ch === '█' ? 8 : ' ▏▎▍▌▋▊▉'.indexOf(ch)), 0) / 8;
    for (const c of report.dimensions.gender!.categories) {
      const line = table.split('\n').find((l) => l.startsWith(`│ ${c.label} `))!;
      const bar = line.split('│')[4].trim();
      expect(Math.abs(cells(bar) - (c.percent / 100) * 20)).toBeLessThanOrEqual(1 / 16);
    }
  });

  it('adds a bar of the last period to compare tables and leaves the other columns as they were', async () => {
    const [plain, barred] = await Promise.all([stdout(COMPARE), stdout([...COMPARE, '--bars'])]);
    const row = (out: string): string => out.split('\n').find((l) => l.startsWith('│ Nữ '))!;
    const cols = row(barred).split('│');
    expect(cols.slice(0, -2).map((c) => c.trim())).toEqual(
      row(plain)
        .split('│')
        .slice(0, -1)
        .map((c) => c.trim()),
    );
    expect(cols[cols.length - 2].trim()).toMatch(/^█+[▏▎▍▌▋▊▉]?$/);
  });
});
