import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS, type FixedDimension } from '../../src/model/dimensions.js';
import { summarizeFiles, type SummarizeSettings } from '../../src/pipeline/summarize-files.js';
import type { RenderContext } from '../../src/render/render-context.js';
import { layoutForm } from '../../src/render/xlsx/form-layout.js';
import { renderSummaryXlsx } from '../../src/render/xlsx/workbook.js';
import { INDICATOR_DEFS } from '../../src/stats/indicator-defs.js';
import { FormDefinitionSchema } from '../../src/vocab/form-schema.js';
import { FORM_IDS, FORMS, formIndicators, isTwoLevelDate, type FormNode } from '../../src/vocab/forms.js';
import { formRun } from '../../src/report/form-scope.js';
import { parseAgeBands } from '../../src/stats/age-bands.js';
import { FIX, settings } from '../helpers/settings.js';

const FORMS_DIR = new URL('../../src/vocab/forms/', import.meta.url);
const ctx = (form: string): RenderContext => ({ lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false, by: FORMS[form].by, form });

async function formSheet(file: string, form: string, over: Partial<SummarizeSettings> = {}): Promise<ExcelJS.Worksheet> {
  const { report } = await summarizeFiles([FIX(file)], settings({ by: FORMS[form].by, extraIndicators: formIndicators(FORMS[form]), ...over }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderSummaryXlsx(report, ctx(form))) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet(FORMS[form].sheetName)!;
}

function leaves(nodes: readonly FormNode[]): FormNode[] {
  return nodes.flatMap((n) => ('children' in n ? leaves(n.children) : [n]));
}

describe('form definitions (src/vocab/forms/*.json)', () => {
  it('one file per form: its name is the --form id', () => {
    const files = readdirSync(FORMS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(FORM_IDS).toEqual(files);
    expect(FORM_IDS).toEqual(expect.arrayContaining(['bm01', 'bm02']));
  });

  it.each(FORM_IDS)('%s names its source and fills each figure from a real category or indicator', (id) => {
    const def = FORMS[id];
    expect(def.source.document.length).toBeGreaterThan(10);
    expect(def.source.layout.length).toBeGreaterThan(10);
    const figures = def.rows === 'groups' ? leaves(def.columns) : def.criteria;
    for (const figure of figures) {
      const count = 'count' in figure ? figure.count : undefined;
      if (!count || count === 'population') continue;
      const where = JSON.stringify(figure.label);
      if ('indicator' in count)
        expect(
          INDICATOR_DEFS.map((d) => d.id),
          where,
        ).toContain(count.indicator);
      else if (count.dim in CATEGORY_KEYS)
        for (const key of 'keys' in count ? count.keys : [count.key]) expect(CATEGORY_KEYS[count.dim as FixedDimension], where).toContain(key);
    }
  });

  it('a definition without its source, or with a column of unknown shape, is refused', () => {
    const bm01 = JSON.parse(readFileSync(new URL('bm01.json', FORMS_DIR), 'utf8')) as Record<string, unknown>;
    expect(FormDefinitionSchema.safeParse(bm01).success).toBe(true);
    const { source: _source, ...unsourced } = bm01;
    expect(FormDefinitionSchema.safeParse(unsourced).success).toBe(false);
    expect(FormDefinitionSchema.safeParse({ ...bm01, columns: [{ label: 'Nữ', count: { dim: 'gender', key: 'female' }, width: 3 }] }).success).toBe(false);
  });

  it('BM01 and BM02 keep their 38 numbered columns under a four-row header', () => {
    for (const id of ['bm01', 'bm02']) expect([id, layoutForm(FORMS[id].columns).width, layoutForm(FORMS[id].columns).depth]).toEqual([id, 38, 4]);
  });
});

describe('what a form covers in the two-level state (rosters dated on or after 1/7/2025)', () => {
  it('the date rule follows policy.json twoLevelSince', () => {
    expect([isTwoLevelDate('2025-06-30'), isTwoLevelDate('2025-07-01'), isTwoLevelDate('2026-12-31')]).toEqual([false, true, true]);
  });

  it('a 2026 roster: BM01 and BM02 print their scope line above the table; a 2024 roster: none', async () => {
    for (const id of ['bm01', 'bm02']) {
      const ws = await formSheet('units-yen-thanh-2026.xlsx', id);
      expect(ws.getCell(6, 1).value).toBe('Tính đến ngày 31/12/2026');
      expect(ws.getCell(7, 1).value).toBe(FORMS[id].twoLevel!.line);
      expect(ws.getCell(7, 1).value).toMatch(/^Từ ngày 01\/7\/2025/);
    }
    const old = await formSheet('sample-roster.xlsx', 'bm01');
    expect(old.getCell(6, 1).value).toBe('Tính đến ngày 31/12/2024');
    expect(old.getCell(7, 1).value).toBeNull();
  });
});

// 8B-BTCTW: the criteria are rows, the levels are columns (Tổng = cấp tỉnh + cấp huyện).
describe('a criteria form: 8B-BTCTW', () => {
  const btctw = (): Partial<SummarizeSettings> => ({ by: 'level', bands: parseAgeBands('btctw') });
  const rowOf = (ws: ExcelJS.Worksheet, label: string): number => {
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === label) return r;
    throw new Error(`no row ${label}`);
  };

  it('fills each criterion per level from the report of the same people, Tổng = cấp tỉnh + cấp huyện', async () => {
    // The form counts people at province and district level (its scope), by level, in the BTCTW age bands.
    const run = formRun('btctw-8b', []);
    expect(run.scope!.filter).toBe('level=người ở cấp tỉnh, cấp huyện (8B-BTCTW)');
    const { report } = await summarizeFiles(
      [FIX('sample-roster.xlsx')],
      settings({ ...btctw(), scope: run.scope!.keep, extraIndicators: run.extraIndicators }),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderSummaryXlsx(report, { ...ctx('btctw-8b'), by: 'level' })) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('8B-BTCTW')!;
    const district = report.groups!.find((g) => g.key === 'district')!;
    const count = (dim: 'gender' | 'party' | 'age_band' | 'professional', key: string): number =>
      district.dimensions[dim]!.categories.find((c) => c.key === key)!.count;
    // Columns: C = 3 Tổng, D = 4 cấp tỉnh, H = 8 cấp huyện.
    const at = (label: string): unknown[] => [3, 4, 8].map((c) => ws.getCell(rowOf(ws, label), c).value);
    expect(report.population).toBe(111);
    expect(at('Tổng số')).toEqual([111, 0, 111]);
    expect(at('Nữ')).toEqual([count('gender', 'female'), 0, count('gender', 'female')]);
    expect(at('Đảng viên')).toEqual([count('party', 'member'), 0, count('party', 'member')]);
    expect(at('Từ 31-35 tuổi')).toEqual([count('age_band', '31-35'), 0, count('age_band', '31-35')]);
    const below = ['intermediate', 'elementary', 'none'].reduce((n, k) => n + count('professional', k), 0);
    expect(at('Dưới cao đẳng')).toEqual([below, 0, below]);
    expect(at('Tuổi bình quân')[0]).toBe((report.indicators['age.average'] as { value: number }).value);
    // The number row as the form prints it; headings and rows the tool cannot fill stay empty.
    expect([1, 2, 3, 4, 5, 8, 11].map((c) => ws.getCell(rowOf(ws, 'Tổng số') - 1, c).value)).toEqual([
      '1',
      '2',
      '3 (=4+8)',
      '4 (=5+6+7)',
      '5',
      '8 (=9+10+11)',
      '11',
    ]);
    expect(at('Cơ cấu')).toEqual([null, null, null]);
    expect(at('Phó giáo sư')).toEqual([null, null, null]);
    expect([5, 6, 7, 9, 10, 11].map((c) => ws.getCell(rowOf(ws, 'Nữ'), c).value)).toEqual([null, null, null, null, null, null]);
    const notes: unknown[] = [];
    for (let r = rowOf(ws, 'Cao cấp, cử nhân') + 1; r <= ws.rowCount; r++) notes.push(ws.getCell(r, 2).value);
    expect(notes).toContain(
      'Cột 5–7, 9–11 để trống: danh sách cán bộ không ghi người thuộc cơ quan Đảng, đơn vị sự nghiệp trực thuộc hay Mặt trận Tổ quốc, đoàn thể.',
    );
    expect(notes).toContain('Các dòng để trống vì danh sách cán bộ không có thông tin: “Chức danh khoa học”.');
  });

  it('counts ngạch for everyone but viên chức and the viên chức by hạng I–V, from the one rank column', async () => {
    // The fixture's own data (its generator's input): the district people by category and rank.
    const people = JSON.parse(readFileSync(new URL('../../fixtures/data/sample-roster.people.json', import.meta.url), 'utf8')) as Array<{
      level: string;
      category: string;
      rank: string;
    }>;
    const district = people.filter((p) => p.level === 'district');
    const among = (vc: boolean, rank: string): number => district.filter((p) => (p.category === 'public_employee') === vc && p.rank === rank).length;
    const ws = await formSheet('sample-roster.xlsx', 'btctw-8b', { ...btctw(), scope: formRun('btctw-8b', []).scope!.keep });
    const at = (label: string): unknown[] => [3, 4, 8].map((c) => ws.getCell(rowOf(ws, label), c).value);
    const ranks = ['senior_expert', 'principal_expert', 'expert', 'officer', 'employee'];
    const ngach = [
      'Chuyên viên cao cấp và tương đương',
      'Chuyên viên chính và tương đương',
      'Chuyên viên và tương đương',
      'Cán sự và tương đương',
      'Nhân viên',
    ];
    const hang = ['I', 'II', 'III', 'IV', 'V'].map((h) => `Chức danh nghề nghiệp viên chức hạng ${h}`);
    ranks.forEach((rank, i) => {
      expect(at(ngach[i])).toEqual([among(false, rank), 0, among(false, rank)]);
      expect(at(hang[i])).toEqual([among(true, rank), 0, among(true, rank)]);
    });
    // Each section adds up to its row of the total (every district person of the fixture has one of these ranks).
    const sum = (labels: string[]): number => labels.reduce((n, l) => n + (at(l)[0] as number), 0);
    expect(sum(hang)).toBe(at('Viên chức')[0]);
    expect(sum(ngach)).toBe(at('Cán bộ, công chức')[0]);
    expect(sum(hang)).toBeGreaterThan(0);
  });

  it('a roster of the two-level state: the district columns stay empty and the form says so', async () => {
    const ws = await formSheet('dai-hoi-tinh-2025.xlsx', 'btctw-8b', btctw());
    expect(ws.getCell(7, 1).value).toBe(FORMS['btctw-8b'].twoLevel!.line);
    const total = rowOf(ws, 'Tổng số');
    expect([3, 4, 8].map((c) => ws.getCell(total, c).value)).toEqual([15, 15, null]);
  });
});
