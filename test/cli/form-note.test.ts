import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

type Json = { population: number; dimensions: Record<string, { categories: Array<{ key: string; count: number }> }> };
const count = (json: Json, dim: string, key: string): number => json.dimensions[dim].categories.find((c) => c.key === key)?.count ?? 0;

async function formTotal(file: string, sheet: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 13; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === 'Tổng số') return ws.getCell(r, 4).value as number;
  throw new Error('no Tổng số row');
}

/** Each row of a form sheet as its column B text (criteria, notes) and column C value (a criteria form's Tổng). */
async function formRows(file: string, sheet: string): Promise<Array<[string, unknown]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: Array<[string, unknown]> = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push([String(row.getCell(2).value ?? ''), row.getCell(3).value]));
  return rows;
}
const formTexts = async (file: string, sheet: string): Promise<string[]> => (await formRows(file, sheet)).map(([text]) => text);

// BM01 counts công chức (BM02 cán bộ and công chức): the others are left out and said, with the --where
// that counts them too. BM01 is for district level up, BM02 for the commune level: people outside the
// level are counted as asked, and a note says how many and how to leave them out.
describe('--form scope notes', { concurrent: true }, () => {
  const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'cadre-form-')), name);

  it('BM01 counts công chức, names who it left out and the --where that counts them too', async () => {
    const all = JSON.parse((await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--format', 'json'])).stdout) as Json;
    const [cadres, employees, servants] = [count(all, 'category', 'cadre'), count(all, 'category', 'public_employee'), count(all, 'category', 'civil_servant')];
    expect(cadres * employees).toBeGreaterThan(0);
    const file = out('bm01.xlsx');
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `Biểu BM01 chỉ tính công chức: để ngoài ${cadres} cán bộ, ${employees} viên chức; để tính cả họ, thêm --where "category!=không rõ"`,
    );
    expect(await formTotal(file, 'BM01-BNV')).toBe(servants);
    // The --where it names counts everyone, and then nothing is said about the scope.
    const everyone = out('bm01-all.xlsx');
    const all2 = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', everyone, '--where', 'category!=không rõ']);
    expect(all2.code, all2.stderr).toBe(0);
    expect(all2.stderr).not.toContain('chỉ tính');
    expect(await formTotal(everyone, 'BM01-BNV')).toBe(all.population);
  });

  it('BM01 names the commune-level công chức it includes, with the --where that leaves them out', async () => {
    const servants = JSON.parse(
      (await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--format', 'json', '--where', 'category=công chức'])).stdout,
    ) as Json;
    const commune = count(servants, 'level', 'commune');
    expect(commune).toBeGreaterThan(0);
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', out('bm01.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `Biểu BM01 gồm cả ${commune} người ở cấp xã, ngoài phạm vi của biểu (công chức từ cấp huyện trở lên); thêm --where level!=commune`,
    );
    const kept = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', out('bm01b.xlsx'), '--where', 'level!=commune']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stderr).not.toContain('cấp xã');
  });

  it('BM02 in English names the people above commune level and the public employees it left out', async () => {
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm02', '--out', out('bm02.xlsx'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /Form BM02 counts cadres and civil servants only: left out Public employee \d+; to count them too, add --where "category!=unknown"/,
    );
    expect(r.stderr).toMatch(
      /Form BM02 includes \d+ people not at commune level, outside the form's scope \(commune-level cadres and civil servants\); add --where level=commune/,
    );
  });
});

describe('--form on a roster of the two-level state', () => {
  it('says on stderr what BM01 and BM02 cover now that there is no district level, in the form and in the note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const bm02 = await runCli(['summarize', 'fixtures/units-yen-thanh-2026.xlsx', '--form', 'bm02', '--out', join(dir, 'bm02.xlsx')]);
    expect(bm02.code, bm02.stderr).toBe(0);
    expect(bm02.stderr).toContain(
      'Biểu BM02: danh sách tính đến ngày 31/12/2026; từ ngày 01/07/2025 không còn cấp huyện, biểu tính cán bộ, công chức ở xã, phường, đặc khu',
    );
    const bm01 = await runCli(['summarize', 'fixtures/units-yen-thanh-2026.xlsx', '--form', 'bm01', '--out', join(dir, 'bm01.xlsx'), '--lang', 'en']);
    expect(bm01.code, bm01.stderr).toBe(0);
    expect(bm01.stderr).toContain('since 01/07/2025 there is no district level, so the form counts civil servants at central and province level');
    // The level note names the scope the form has now, not "from district level up".
    expect(bm01.stderr).toMatch(/outside the form's scope \(civil servants at central and province level\)/);
    const old = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', join(dir, 'old.xlsx')]);
    expect(old.stderr).not.toContain('không còn cấp huyện');
  });
});

describe('--form btctw-8b', () => {
  it('has a column per level: another --by is a usage error (exit 2) that says to leave it out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'btctw-8b', '--by', 'unit', '--out', join(dir, '8b.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--form btctw-8b has a column per level, not per unit');
    const vi = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'btctw-8b', '--by', 'unit', '--out', join(dir, '8b.xlsx')]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('--form btctw-8b đã chia cột theo cấp, không chia theo đơn vị');
    expect(vi.stderr).toContain('biểu này không cần --by: hãy bỏ --by');
    const ok = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'btctw-8b', '--by', 'cấp', '--out', join(dir, '8b.xlsx')]);
    expect(ok.code, ok.stderr).toBe(0);
    // The form counts no level it has no column for, whatever --where says: no "to count them too" advice.
    expect(ok.stderr).toContain('Biểu 8B-BTCTW chỉ tính người ở cấp tỉnh, cấp huyện, những cấp có cột trong biểu: để ngoài 189 người ở cấp xã\n');
  });

  // "3 (=4+8)": Tổng is cấp tỉnh + cấp huyện on every row. A --where on level replaced the form's scope, and
  // sample-roster's 189 commune people were in Tổng (300) and in neither level's column (0 + 111).
  it.each([[[]], [['--where', 'level!=trung ương']], [['--where', 'level!=commune']]])('Tổng = cấp tỉnh + cấp huyện on every row (%j)', async (extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const out = join(dir, '8b.xlsx');
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'btctw-8b', ...extra, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets.find((w) => w.getCell(11, 3).value === '3 (=4+8)')!;
    let rows = 0;
    for (let row = 12; row <= ws.rowCount; row++) {
      const [total, province, district] = [3, 4, 8].map((c) => ws.getCell(row, c).value);
      if (typeof total !== 'number' || ws.getCell(row, 2).value === 'Tuổi bình quân') continue;
      expect(total, `row ${row}`).toBe(Number(province) + Number(district));
      rows++;
    }
    expect(rows).toBeGreaterThan(20);
    expect(ws.getCell(12, 3).value).toBe(111);
  });
});

describe('BM01: people at a level the form is not about', () => {
  // compare-2025 (scripts/fixtures): 20 công chức of UBND xã An Hòa and Tân Lập, at commune level, under a
  // title for "công chức ở trung ương và cấp tỉnh". stderr said so; the printed form did not.
  it('are said on the form itself, as on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const out = join(dir, 'bm01.xlsx');
    const r = await runCli(['summarize', 'fixtures/compare-2025.xlsx', '--form', 'bm01', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Biểu BM01 gồm cả 20 người ở cấp xã, ngoài phạm vi của biểu (công chức ở trung ương và cấp tỉnh)');
    const texts = await formTexts(out, 'BM01-BNV');
    expect(texts).toContain('Số liệu gồm cả 20 người ở cấp xã, ngoài phạm vi của biểu (công chức ở trung ương và cấp tỉnh).');
    const within = join(dir, 'bm01-within.xlsx');
    await runCli(['summarize', 'fixtures/compare-2025.xlsx', '--form', 'bm01', '--where', 'level!=commune', '--out', within]);
    const notes = await formTexts(within, 'BM01-BNV');
    expect(notes.some((t) => t.startsWith('Số liệu gồm cả'))).toBe(false);
  });
});

describe('a form whose scope keeps no one', () => {
  // tv16_thongke_canbo: 20 people of a Quận ủy, no year (today: no district level): 8B keeps none. The scope
  // was told as a --where the user never typed: --where "level=người ở cấp tỉnh, cấp huyện (8B-BTCTW)".
  it("names the form's scope, not a --where", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const r = await runCli([
      'summarize',
      'fixtures/layouts/tv16_thongke_canbo.xlsx',
      '--form',
      'btctw-8b',
      '--out',
      join(dir, '8b.xlsx'),
      '--as-of',
      '2026-12-31',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('không có người nào còn lại sau phạm vi của biểu 8B-BTCTW (người ở cấp tỉnh, cấp huyện) (giữ 0) (20 người trong danh sách)');
    expect(r.stderr).not.toContain('--where "level=');
  });
});

describe('a level of training a form has no column for', () => {
  // BM02's "Quản lý nhà nước" has CVC, CV and "chưa qua đào tạo": official-form's 4 commune Cán sự were in the
  // form's total and in none of the section's columns, with nothing said.
  it('is said under the table, with how many hold it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const out = join(dir, 'bm02.xlsx');
    const r = await runCli(['summarize', 'fixtures/official-form.xlsx', '--form', 'bm02', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const texts = await formTexts(out, 'BM02-BNV');
    expect(texts).toContain('Mục Quản lý nhà nước không có cột cho 4 người “Cán sự”: họ có trong tổng số nhưng không ở cột nào của mục này.');
    // BM01 has a column for every level of its sections but Cán sự in Quản lý nhà nước: no other such note.
    expect(texts.filter((t) => t.startsWith('Mục '))).toHaveLength(1);
  });
});

describe('8B-BTCTW on a roster without a category column', () => {
  // Nobody's category is known: the hạng I–V rows cannot be told and stay empty, the ngạch rows count
  // everyone's rank (the teacher "hạng II" in "Chuyên viên chính và tương đương"), and both are said.
  it('leaves the viên chức rows empty and says the ngạch rows include viên chức', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-form-'));
    const csv = join(dir, 'tinh.csv');
    writeFileSync(
      csv,
      'STT,Họ và tên,Ngày sinh,Giới tính,Cấp,Ngạch\n1,Nguyễn Văn An,01/02/1980,Nam,Tỉnh,Chuyên viên\n2,Trần Thị Bình,03/04/1985,Nữ,Tỉnh,Giáo viên THPT hạng II\n3,Lê Văn Cường,05/06/1990,Nam,Tỉnh,Chuyên viên chính\n',
    );
    const out = join(dir, '8b.xlsx');
    const r = await runCli(['summarize', csv, '--as-of', '2024-12-31', '--form', 'btctw-8b', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = new Map(await formRows(out, '8B-BTCTW'));
    expect(rows.get('Chuyên viên chính và tương đương')).toBe(2);
    expect(rows.get('Chuyên viên và tương đương')).toBe(1);
    expect(rows.get('Chức danh nghề nghiệp viên chức hạng II')).toBeNull();
    expect(rows.has('Dòng “Ngạch công chức” tính mọi người có ngạch tương ứng, kể cả viên chức: danh sách cán bộ không có cột Đối tượng.')).toBe(true);
    expect(rows.has('Dòng “Cán bộ, công chức”, “Viên chức”, “Ngạch viên chức” để trống: danh sách cán bộ không có cột Đối tượng.')).toBe(true);
  });
});
