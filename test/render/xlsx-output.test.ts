import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DIMENSION_KEYS } from '../../src/model/dimensions.js';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import { summarizeFiles, type SummarizeSettings } from '../../src/pipeline/summarize-files.js';
import type { ComparisonReport, PairMovements } from '../../src/report/comparison-report.js';
import type { CountIndicator, SummaryReport } from '../../src/report/types.js';
import type { RenderContext } from '../../src/render/render-context.js';
import { FORMS, layoutForm, nameColumns, numberRanges } from '../../src/render/xlsx/form-layout.js';
import { formIndicators } from '../../src/vocab/forms.js';
import { SheetNames } from '../../src/render/xlsx/sheet-names.js';
import { renderComparisonXlsx, renderSummaryXlsx } from '../../src/render/xlsx/workbook.js';
import { parseAgeBands } from '../../src/stats/age-bands.js';
import { FIX, settings } from '../helpers/settings.js';

type Value = ExcelJS.CellValue;

function ctx(over: Partial<RenderContext> = {}): RenderContext {
  return { lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false, ...over };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function summary(file: string, over: Partial<SummarizeSettings> = {}): Promise<SummaryReport> {
  return (await summarizeFiles([FIX(file)], settings(over))).report;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet '${name}' in ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

// The row whose first cell is `label`, at or below `from`.
function rowOf(ws: ExcelJS.Worksheet, label: string, from = 1, col = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === label) return r;
  throw new Error(`no row '${label}' in sheet '${ws.name}'`);
}

const value = (ws: ExcelJS.Worksheet, r: number, c: number): Value => ws.getCell(r, c).value;

// Every written cell of every sheet is in Times New Roman.
function expectTimesEverywhere(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe('Times New Roman')));
}

describe('summary workbook (sample roster, no --by)', () => {
  let report: SummaryReport;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    report = await summary('sample-roster.xlsx');
    wb = await load(await renderSummaryXlsx(report, ctx()));
  });

  it('has a cover sheet, one sheet per dimension in table order, then the indicators', () => {
    const dims = DIMENSION_KEYS.filter((d) => report.dimensions[d]).map((d) => report.dimensions[d]!.label);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', ...dims, 'Các chỉ tiêu']);
    const cover = sheet(wb, 'Tổng hợp');
    expect(value(cover, 1, 1)).toBe('THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC');
    expect(value(cover, rowOf(cover, 'Tính đến ngày'), 2)).toBe('31/12/2024');
    expect(value(cover, rowOf(cover, 'Số người'), 2)).toBe(300);
  });

  it('every dimension sheet holds the report counts as integers and its percents as fractions in a percent format', () => {
    for (const dim of DIMENSION_KEYS) {
      const table = report.dimensions[dim];
      if (!table) continue;
      const ws = sheet(wb, table.label);
      // Every sheet says what it is: the report's title, its table, the reference date; then the header.
      expect([value(ws, 1, 1), value(ws, 2, 1), value(ws, 3, 1)]).toEqual([
        'THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
        table.label,
        'Tính đến ngày: 31/12/2024',
      ]);
      expect(value(ws, 5, 1)).toBe('Phân loại');
      for (const c of table.categories) {
        const r = rowOf(ws, c.label, 6);
        expect(value(ws, r, 2), `${dim}.${c.key}`).toBe(c.count);
        expect(ws.getCell(r, 2).numFmt).toBe('#,##0');
        expect(value(ws, r, 3) as number, `${dim}.${c.key} %`).toBeCloseTo(c.percent / 100, 10);
        expect(ws.getCell(r, 3).numFmt).toBe('0.00%');
      }
      const total = rowOf(ws, 'Tổng số', 6);
      expect([value(ws, total, 2), value(ws, total, 3)]).toEqual([300, 1]);
    }
    // A known value, so a report read wrongly cannot agree with itself: 99 of 300 are women.
    const gender = sheet(wb, 'Giới tính');
    expect(value(gender, rowOf(gender, 'Nữ'), 3)).toBe(0.33);
  });

  it('the indicators sheet has count, base and percent; the average age is a number of years', () => {
    const ws = sheet(wb, 'Các chỉ tiêu');
    for (const ind of Object.values(report.indicators)) {
      const r = rowOf(ws, ind.label, 3);
      if ('count' in ind) {
        const i = ind as CountIndicator;
        expect([value(ws, r, 2), value(ws, r, 3)]).toEqual([i.count, i.base]);
        expect(value(ws, r, 4) as number).toBeCloseTo(i.percent / 100, 10);
        expect(ws.getCell(r, 4).numFmt).toBe('0.00%');
      } else {
        expect(value(ws, r, 2)).toBe(ind.value);
        expect(ws.getCell(r, 2).numFmt).toBe('0.0 "tuổi"');
      }
    }
  });

  it('freezes the header of every table sheet and writes every cell in Times New Roman', () => {
    for (const ws of wb.worksheets) {
      if (ws.name !== 'Tổng hợp') {
        expect(ws.views[0]?.state, ws.name).toBe('frozen');
        expect((ws.views[0] as { ySplit?: number }).ySplit, ws.name).toBe(5);
        expect(ws.getCell(5, 1).font?.bold, ws.name).toBe(true);
        // The header row repeats on every printed page.
        expect(ws.pageSetup.printTitlesRow, ws.name).toBe('5:5');
      }
      // Every sheet prints on A4, fitted to the page width, with the page number in the footer.
      expect([ws.pageSetup.paperSize, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight], ws.name).toEqual([9, true, 1, 0]);
      expect(ws.headerFooter.oddFooter, ws.name).toContain('Trang &P/&N');
    }
    expectTimesEverywhere(wb);
  });

  it('honours --decimals in the percent format and --lang in the words', async () => {
    const en = await summary('sample-roster.xlsx', { lang: 'en', decimals: 1 });
    const book = await load(await renderSummaryXlsx(en, ctx({ lang: 'en', decimals: 1 })));
    expect(book.worksheets[0].name).toBe('Summary');
    const ws = sheet(book, en.dimensions.professional!.label);
    const master = en.dimensions.professional!.categories.find((c) => c.key === 'master')!;
    const r = rowOf(ws, master.label, 6);
    expect(ws.getCell(r, 3).numFmt).toBe('0.0%');
    expect(value(ws, r, 3) as number).toBeCloseTo(master.percent / 100, 10);
  });

  it('writes the same bytes whatever the clock says, dated at the reference day', async () => {
    const at = async (iso: string): Promise<Uint8Array> => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(iso));
      try {
        return await renderSummaryXlsx(report, ctx());
      } finally {
        vi.useRealTimers();
      }
    };
    const a = await at('2031-05-06T07:08:09Z');
    const b = await at('2033-01-02T03:04:05Z');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const book = await load(a);
    expect(book.created.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(book.creator).toBe('cadre-stats');
  });
});

describe('summary workbook with --by unit', () => {
  it('--layout long puts the total and then each group side by side, each as count | percent', async () => {
    const report = await summary('sample-roster.xlsx', { by: 'unit' });
    const wb = await load(await renderSummaryXlsx(report, ctx({ by: 'unit', layout: 'long' })));
    const ws = sheet(wb, 'Trình độ chuyên môn');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, xSplit: 1 });
    expect(ws.model.merges).toContain('A5:A6');
    const groups = report.groups!;
    expect(value(ws, 5, 2)).toBe('Toàn bộ');
    groups.forEach((g, i) => {
      const col = 4 + 2 * i;
      expect(value(ws, 5, col)).toBe(g.label);
      expect([value(ws, 6, col), value(ws, 6, col + 1)]).toEqual(['Số lượng', '%']);
      for (const c of g.dimensions.professional!.categories) {
        const r = rowOf(ws, c.label, 7);
        expect(value(ws, r, col), `${g.label} ${c.key}`).toBe(c.count);
        expect(value(ws, r, col + 1) as number).toBeCloseTo(c.percent / 100, 10);
      }
    });
    const cover = sheet(wb, 'Tổng hợp');
    const head = rowOf(cover, 'Theo đơn vị');
    expect(groups.map((g, i) => [value(cover, head + 1 + i, 1), value(cover, head + 1 + i, 2)])).toEqual(groups.map((g) => [g.label, g.population]));
  });

  it('--layout wide (the default for workbooks) has a row per unit and the total, the categories as columns', async () => {
    const report = await summary('sample-roster.xlsx', { by: 'unit' });
    const wb = await load(await renderSummaryXlsx(report, ctx({ by: 'unit', layout: 'wide' })));
    const ws = sheet(wb, 'Trình độ chuyên môn');
    expect([value(ws, 5, 1), value(ws, 5, 2)]).toEqual(['Đơn vị', 'Tổng số']);
    const cats = report.dimensions.professional!.categories;
    cats.forEach((c, i) => expect(value(ws, 5, 3 + 2 * i)).toBe(c.label));
    const rows = [...report.groups!, { label: 'Tổng số', population: report.population, dimensions: report.dimensions }];
    rows.forEach((g, r) => {
      expect([value(ws, 7 + r, 1), value(ws, 7 + r, 2)]).toEqual([g.label, g.population]);
      cats.forEach((c, i) => {
        const found = g.dimensions.professional!.categories.find((x) => x.key === c.key);
        expect(value(ws, 7 + r, 3 + 2 * i), `${g.label} ${c.key}`).toBe(found?.count ?? 0);
      });
    });
    expect(ws.getCell(7 + rows.length - 1, 2).font?.bold).toBe(true);
    // Its aggregate follows the categories: đại học trở lên per unit.
    let col = 3 + 2 * cats.length;
    while (value(ws, 5, col) !== 'Đại học trở lên' && col < 60) col++;
    expect(value(ws, 5, col)).toBe('Đại học trở lên');
    expect(value(ws, 7, col)).toBe((report.groups![0].indicators['professional.university_or_higher'] as CountIndicator).count);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });
});

describe('--form bm01 on the sample roster', () => {
  let report: SummaryReport;
  let ws: ExcelJS.Worksheet;
  const NUMBER_ROW = 12;
  beforeAll(async () => {
    report = await summary('sample-roster.xlsx', { by: 'unit', extraIndicators: formIndicators(FORMS.bm01) });
    const wb = await load(await renderSummaryXlsx(report, ctx({ by: 'unit', form: 'bm01' })));
    expect(wb.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['Tổng hợp', 'BM01-BNV']);
    expectTimesEverywhere(wb);
    ws = sheet(wb, 'BM01-BNV');
  });

  it('has the form code, the title with the year, the reference date and the unit', () => {
    expect(value(ws, 1, 1)).toBe('BM01/BNV');
    expect(value(ws, 5, 1)).toBe('BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÔNG CHỨC TỪ CẤP HUYỆN TRỞ LÊN NĂM 2024');
    expect(value(ws, 6, 1)).toBe('Tính đến ngày 31/12/2024');
    expect(value(ws, 7, 29)).toBe('Đơn vị tính: người');
  });

  it('merges the four-row header like the form', () => {
    const merges = ws.model.merges;
    for (const range of [
      'A5:AN5', // title across the table
      'A8:A11', // STT
      'B8:B11', // Tên đơn vị
      'C8:C11', // 1 Tổng số biên chế được giao
      'E8:H8', // Trong đó: 3–6
      'I8:M8', // Chia theo ngạch công chức: 7–11
      'N8:AG8', // Chia theo trình độ đào tạo: 12–31
      'N9:S9', // Chuyên môn: 12–17
      'Z10:AA10', // Ngoại ngữ › Tiếng Anh: 24–25
      'AH8:AN8', // Chia theo độ tuổi: 32–38
      'AK9:AM9', // Từ 51 đến 60: 35–37
      'AN9:AN11', // Trên tuổi nghỉ hưu: 38
    ])
      expect(merges, range).toContain(range);
    expect(value(ws, 8, 5)).toBe('Trong đó');
    expect(value(ws, 9, 5)).toBe('Nữ');
    expect(value(ws, 10, 20)).toBe('Cử nhân');
    expect(value(ws, 10, 21)).toBe('Cao cấp');
    expect(value(ws, 11, 26)).toBe('Đại học trở lên');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: NUMBER_ROW, xSplit: 2 });
  });

  it('numbers the columns A, B, 1…38', () => {
    const numbers = Array.from({ length: 40 }, (_, i) => value(ws, NUMBER_ROW, i + 1));
    expect(numbers).toEqual(['A', 'B', ...Array.from({ length: 38 }, (_, i) => i + 1)]);
  });

  it('has one row per unit and a total row that is the column-wise sum and equals the population', () => {
    const groups = report.groups!;
    const first = NUMBER_ROW + 1;
    const total = rowOf(ws, 'Tổng số', first, 2);
    expect(total - first).toBe(groups.length);
    groups.forEach((g, i) => expect([value(ws, first + i, 1), value(ws, first + i, 2), value(ws, first + i, 4)]).toEqual([i + 1, g.label, g.population]));
    let filled = 0;
    for (let col = 3; col <= 40; col++) {
      const cells = groups.map((_, i) => value(ws, first + i, col));
      if (cells.every((v) => v === null)) {
        expect(value(ws, total, col), `column ${col - 2}`).toBeNull();
        continue;
      }
      filled++;
      for (const v of cells) expect(typeof v, `column ${col - 2}`).toBe('number');
      expect(value(ws, total, col), `column ${col - 2}`).toBe((cells as number[]).reduce((a, b) => a + b, 0));
    }
    expect(filled).toBeGreaterThanOrEqual(25);
    expect(value(ws, total, 4)).toBe(report.population);
    expect(value(ws, total, 4)).toBe(300);
  });

  it('fills the columns from the category keys and leaves untracked columns empty, with a note', () => {
    const total = rowOf(ws, 'Tổng số', NUMBER_ROW + 1, 2);
    const count = (dim: keyof SummaryReport['dimensions'], key: string): number => report.dimensions[dim]!.categories.find((c) => c.key === key)!.count;
    const col = (n: number): number => n + 2;
    expect(value(ws, total, col(3))).toBe(count('gender', 'female'));
    expect(value(ws, total, col(4))).toBe(count('party', 'member'));
    expect(value(ws, total, col(9))).toBe(count('rank', 'expert'));
    expect(value(ws, total, col(12))).toBe(count('professional', 'doctorate'));
    expect(value(ws, total, col(18))).toBe(count('political_theory', 'advanced'));
    expect(ws.model.merges).toContain(`T${total}:U${total}`);
    expect(value(ws, total, col(30))).toBe(count('state_management', 'principal_expert'));
    expect(value(ws, total, col(32))).toBe(count('age_band', '0-30'));
    expect(value(ws, total, col(38))).toBe(count('age_band', '61+'));
    for (const n of [1, 22, 28]) expect(value(ws, total, col(n)), `column ${n}`).toBeNull();
    const notes = rowOf(ws, 'Ghi chú:', total, 2);
    // The sample roster's 189 commune people are counted (no --where level!=commune): the form says so first.
    expect(value(ws, notes + 1, 2)).toBe('Số liệu gồm cả 189 người ở cấp xã, ngoài phạm vi của biểu (công chức từ cấp huyện trở lên).');
    // BM01's "Quản lý nhà nước" has no column for Cán sự: those people are said, not lost.
    expect(value(ws, notes + 2, 2)).toBe(
      `Mục Quản lý nhà nước không có cột cho ${count('state_management', 'officer')} người “Cán sự”: họ có trong tổng số nhưng không ở cột nào của mục này.`,
    );
    expect(value(ws, notes + 3, 2)).toBe(
      'Để trống vì danh sách cán bộ không có thông tin: cột 1 (Tổng số biên chế được giao); cột 22–23 (Tin học); cột 24–27 (Ngoại ngữ); cột 28 (Chứng chỉ tiếng dân tộc).',
    );
    const sign = rowOf(ws, 'NGƯỜI LẬP BẢNG', notes);
    expect(value(ws, sign, 29)).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    expect(value(ws, sign + 1, 1)).toBe('(Ký, họ tên)');
  });
});

describe('form sheets and missing data', () => {
  it('BM01 leaves the ngạch columns empty (not 0) when the roster has no such column, and says so', async () => {
    const report = await summary('compare-2020.xlsx', { by: 'unit' });
    expect(report.dimensions.rank!.missing).toBe(true);
    const ws = sheet(await load(await renderSummaryXlsx(report, ctx({ by: 'unit', form: 'bm01' }))), 'BM01-BNV');
    const total = rowOf(ws, 'Tổng số', 13, 2);
    for (let r = 13; r <= total; r++) for (let n = 7; n <= 11; n++) expect(value(ws, r, n + 2), `row ${r} column ${n}`).toBeNull();
    expect(value(ws, total, 4)).toBe(50);
    const notes: Value[] = [];
    for (let r = total + 1; r <= ws.rowCount; r++) notes.push(value(ws, r, 2));
    expect(notes).toContain('Cột 7–11 (Ngạch công chức) để trống: danh sách cán bộ không có cột này.');
  });

  it('BM01 fills only the age columns whose band the report has (btctw bands share 0-30 and 61+ with the form)', async () => {
    const report = await summary('sample-roster.xlsx', { by: 'unit', bands: parseAgeBands('btctw') });
    const ws = sheet(await load(await renderSummaryXlsx(report, ctx({ by: 'unit', form: 'bm01' }))), 'BM01-BNV');
    const total = rowOf(ws, 'Tổng số', 13, 2);
    const band = (key: string): number => report.dimensions.age_band!.categories.find((c) => c.key === key)!.count;
    expect(Array.from({ length: 7 }, (_, i) => value(ws, total, 32 + i + 2))).toEqual([band('0-30'), null, null, null, null, null, band('61+')]);
    const notes: Value[] = [];
    for (let r = total + 1; r <= ws.rowCount; r++) notes.push(value(ws, r, 2));
    expect(notes).toContain('Cột 33–35 (Độ tuổi) để trống: số liệu được chia theo nhóm tuổi khác với nhóm tuổi của biểu.');
  });

  it('BM02 has its own title and code and counts cán bộ / công chức from the category keys', async () => {
    const report = await summary('sample-roster.xlsx', { by: 'unit' });
    const wb = await load(await renderSummaryXlsx(report, ctx({ by: 'unit', form: 'bm02' })));
    const ws = sheet(wb, 'BM02-BNV');
    expect(value(ws, 1, 1)).toBe('BM02/BNV');
    expect(value(ws, 5, 1)).toBe('BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2024');
    expect(value(ws, 12, 40)).toBe(38);
    const total = rowOf(ws, 'Tổng số', 13, 2);
    const cat = report.dimensions.category!.categories;
    expect(value(ws, total, 3)).toBe(300);
    expect(value(ws, total, 8)).toBe(cat.find((c) => c.key === 'cadre')!.count);
    expect(value(ws, total, 9)).toBe(cat.find((c) => c.key === 'civil_servant')!.count);
    expect(value(ws, 9, 8)).toBe('Cán bộ cấp xã');
  });

  it('fills Nữ 51–55 and Nam 56–60 (columns 36, 37) from gender and age, counted by hand from the fixture data', async () => {
    type Person = { gender: string; birth?: { year: number }; unit: string };
    const people = JSON.parse(readFileSync(FIX('data/sample-roster.people.json'), 'utf8')) as Person[];
    // Every birth date lies in or before 2024, so the age on 31/12/2024 is 2024 − birth year.
    const inRange = (p: Person, gender: string, lo: number, hi: number): boolean =>
      p.gender === gender && p.birth !== undefined && 2024 - p.birth.year >= lo && 2024 - p.birth.year <= hi;
    const women = people.filter((p) => inRange(p, 'female', 51, 55));
    const men = people.filter((p) => inRange(p, 'male', 56, 60));
    expect(women.length).toBeGreaterThan(0);
    expect(men.length).toBeGreaterThan(0);
    const report = await summary('sample-roster.xlsx', { by: 'unit', extraIndicators: formIndicators(FORMS.bm01) });
    const ws = sheet(await load(await renderSummaryXlsx(report, ctx({ by: 'unit', form: 'bm01' }))), 'BM01-BNV');
    const total = rowOf(ws, 'Tổng số', 13, 2);
    expect([value(ws, total, 36 + 2), value(ws, total, 37 + 2)]).toEqual([women.length, men.length]);
    report.groups!.forEach((g, i) => {
      const unit = (p: Person): boolean => p.unit === g.label;
      expect([value(ws, 13 + i, 38), value(ws, 13 + i, 39)], g.label).toEqual([women.filter(unit).length, men.filter(unit).length]);
    });
  });

  it("names empty columns in the form's words: a group by its label, a column alone by its own, under its group unless that is a top heading", () => {
    const cols = FORMS.bm01.columns;
    expect(nameColumns(cols, new Set([1, 22, 23, 24, 25, 26, 27, 28]))).toEqual([
      { numbers: [1], label: 'Tổng số biên chế được giao' },
      { numbers: [22, 23], label: 'Tin học' },
      { numbers: [24, 25, 26, 27], label: 'Ngoại ngữ' },
      { numbers: [28], label: 'Chứng chỉ tiếng dân tộc' },
    ]);
    expect(nameColumns(cols, new Set([22, 35, 37]))).toEqual([
      { numbers: [22], label: 'Tin học: Trung cấp trở lên' },
      { numbers: [35], label: 'Từ 51 đến 60: Tổng số' },
      { numbers: [37], label: 'Từ 51 đến 60: Nam từ 56 đến 60' },
    ]);
  });

  it('both forms in src/vocab/forms/ (bm01.json, bm02.json) have 38 numbered columns and a known dimension for every count', () => {
    for (const id of ['bm01', 'bm02'] as const) {
      const layout = layoutForm(FORMS[id].columns);
      expect([id, layout.depth, layout.width]).toEqual([id, 4, 38]);
      expect(layout.columns.flatMap((c) => c.numbers)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    }
    expect(numberRanges([36, 1, 22, 23, 24, 37])).toBe('1, 22–24, 36–37');
  });
});

describe('comparison workbook', () => {
  let report: ComparisonReport;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ report } = await compareFiles([{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2025.xlsx')] }], settings()));
    wb = await load(await renderComparisonXlsx(report, ctx()));
  });

  it('puts the counts and percents of both periods and the change side by side, as in the JSON', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Tổng hợp');
    expectTimesEverywhere(wb);
    expect(names.slice(-2)).toEqual(['Các chỉ tiêu', 'Biến động nhân sự']);
    for (const dim of DIMENSION_KEYS) {
      // Dimensions no roster has a column for (position_group, assessment, term) have no sheet.
      const table = report.dimensions[dim];
      if (!table) continue;
      const ws = sheet(wb, table.label);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
      expect([value(ws, 5, 2), value(ws, 5, 4), value(ws, 5, 6)]).toEqual(['2020', '2025', '2025 so với 2020']);
      expect([value(ws, 6, 6), value(ws, 6, 7), value(ws, 6, 8)]).toEqual(['Người', 'Điểm %', 'Chỉ số (%)']);
      for (const c of table.categories) {
        const r = rowOf(ws, c.label, 7);
        // A period whose roster lacks the column says so in words.
        expect([value(ws, r, 2), value(ws, r, 4)], `${dim}.${c.key}`).toEqual(c.values.map((v) => v.count ?? 'không có'));
        c.values.forEach((v, i) => {
          const cell = value(ws, r, 3 + 2 * i);
          if (v.percent === null) expect(cell).toBe('không có');
          else expect(cell as number).toBeCloseTo(v.percent / 100, 10);
        });
        expect([value(ws, r, 6), value(ws, r, 7)]).toEqual([c.change.count, c.change.points]);
        if (c.change.index === null) expect(value(ws, r, 8)).toBeNull();
        else expect(value(ws, r, 8) as number).toBeCloseTo(c.change.index / 100, 10);
      }
    }
    const rank = sheet(wb, 'Ngạch công chức');
    expect(value(rank, rowOf(rank, 'Chuyên viên và tương đương', 7), 2)).toBe('không có');
  });

  it('has a movements sheet with stayed / joined / left', () => {
    const m = report.movements as PairMovements;
    const ws = sheet(wb, 'Biến động nhân sự');
    expect(['Ở lại', 'Tăng (mới có trong danh sách)', 'Giảm (không còn trong danh sách)'].map((l) => value(ws, rowOf(ws, l), 2))).toEqual([
      m.stayed,
      m.joined,
      m.left,
    ]);
  });
});

describe('sheet names', () => {
  it('drops the characters Excel refuses, cuts at 31 and keeps names unique regardless of case', () => {
    const names = new SheetNames();
    expect(names.take('Tỷ lệ [%]: a/b\\c*d?')).toBe('Tỷ lệ -%-- a-b-c-d-');
    const long = 'Văn phòng HĐND và UBND huyện Yên Thành';
    const first = names.take(long);
    expect(first).toBe('Văn phòng HĐND và UBND huyện Yê');
    expect(first.length).toBe(31);
    const second = names.take(long.toUpperCase());
    expect(second).toBe('VĂN PHÒNG HĐND VÀ UBND HUYỆ (2)');
    expect(names.take("'quoted'")).toBe('quoted');
  });
});
