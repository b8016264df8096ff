import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../../src/io/node/open-file.js';
import type { Config } from '../../src/model/config.js';
import { inspectFile } from '../../src/pipeline/inspect-file.js';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { runCli } from '../helpers/run-cli.js';
import { settings } from '../helpers/settings.js';
import { CORPUS, noCorpus } from '../helpers/shared.js';

// Two roster sheets of one workbook (invented people): in both, "Trình độ chuyên môn" (E) says Đại học and
// "Ghi chú" (F) holds another level, so a map that moves professional to F changes the counts. In 'Phòng A'
// only two of six "Giới tính" cells read as a gender: a low-confidence column, with a hint.
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Trình độ chuyên môn', 'Ghi chú'];
const SHEETS: Record<string, Array<[string, string, string, string]>> = {
  'Phòng A': [
    ['Trần Văn An', '12/03/1980', 'Nam', 'Thạc sĩ'],
    ['Lê Thị Bình', '05/07/1985', 'Nữ', 'Thạc sĩ'],
    ['Phạm Văn Cường', '21/01/1979', 'chưa khai', 'Thạc sĩ'],
    ['Hoàng Thị Dung', '30/09/1990', 'chưa khai', 'Thạc sĩ'],
    ['Vũ Văn Em', '14/11/1975', 'chưa khai', 'Thạc sĩ'],
    ['Đỗ Thị Giang', '02/02/1988', 'chưa khai', 'Thạc sĩ'],
  ],
  'Phòng B': [
    ['Ngô Văn Hải', '03/04/1982', 'Nam', 'Tiến sĩ'],
    ['Bùi Thị Hoa', '17/08/1986', 'Nữ', 'Tiến sĩ'],
    ['Đặng Văn Khoa', '09/12/1977', 'Nam', 'Tiến sĩ'],
    ['Dương Thị Lan', '25/05/1991', 'Nữ', 'Tiến sĩ'],
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'cadre-sheet-map-'));
const TWO = join(dir, 'hai-phong.xlsx');
const ONLY_B = join(dir, 'phong-b.xlsx');

async function write(path: string, names: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const name of names) {
    const ws = wb.addWorksheet(name);
    ws.addRow(HEADER);
    SHEETS[name].forEach(([person, born, gender, note], i) => ws.addRow([i + 1, person, born, gender, 'Đại học', note]));
  }
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  await write(TWO, ['Phòng A', 'Phòng B']);
  await write(ONLY_B, ['Phòng B']);
});

const inspect = async (file: string, map: Config['map']) =>
  (await inspectFile(file, { open: (f) => openFile(f), sheet: 'all', config: { map }, lang: 'en', today: { year: 2026, month: 12, day: 2 } })).inspection;

/** The column letter each sheet reads `field` from. */
async function columnOf(file: string, field: string, map: Config['map']): Promise<Record<string, string | undefined>> {
  return Object.fromEntries((await inspect(file, map)).sheets.map((s) => [s.sheet, s.columns.find((c) => c.field === field)?.letter]));
}

/** Professional counts per sheet (summarize --by sheet). */
async function levels(files: string[], map: Config['map']): Promise<Record<string, Record<string, number>>> {
  const r = await summarizeFiles(files, settings({ config: { map }, by: 'sheet' }));
  return Object.fromEntries(
    r.report.groups!.map((g) => [g.key, Object.fromEntries(g.dimensions.professional!.categories.filter((c) => c.count > 0).map((c) => [c.key, c.count]))]),
  );
}

describe('--map SHEET!field=COLUMN', () => {
  it('moves the column of the sheet it names only; a plain map moves every sheet', async () => {
    expect(await columnOf(TWO, 'professional', undefined)).toEqual({ 'Phòng A': 'E', 'Phòng B': 'E' });
    expect(await columnOf(TWO, 'professional', { "'Phòng A'!professional": 'F' })).toEqual({ 'Phòng A': 'F', 'Phòng B': 'E' });
    expect(await columnOf(TWO, 'professional', { 'phòng b!professional': 'Ghi chú' })).toEqual({ 'Phòng A': 'E', 'Phòng B': 'F' });
    expect(await columnOf(TWO, 'professional', { professional: 'F' })).toEqual({ 'Phòng A': 'F', 'Phòng B': 'F' });
    // The sheet's own map wins over a plain one.
    expect(await columnOf(TWO, 'professional', { professional: 'F', "'Phòng B'!professional": 'E' })).toEqual({ 'Phòng A': 'F', 'Phòng B': 'E' });
  });

  it('changes the counts of that sheet only', async () => {
    expect(await levels([TWO], { "'Phòng A'!professional": 'F' })).toEqual({ 'Phòng A': { master: 6 }, 'Phòng B': { university: 4 } });
    expect(await levels([TWO], { professional: 'F' })).toEqual({ 'Phòng A': { master: 6 }, 'Phòng B': { doctorate: 4 } });
  });

  it('applies to the sheet of that name in every file given', async () => {
    expect(await levels([TWO, ONLY_B], { 'Phòng B!professional': 'F' })).toEqual({ 'Phòng A': { university: 6 }, 'Phòng B': { doctorate: 8 } });
  });

  it('a sheet no file has is a usage error naming the sheets; one file having it is enough', async () => {
    const err = await summarizeFiles([TWO, ONLY_B], settings({ config: { map: { "'Phòng C'!professional": 'F' } } })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CadreError);
    expect((err as CadreError).exitCode).toBe(2);
    expect((err as CadreError).message).toBe(`--map 'Phòng C'!professional: no sheet named 'Phòng C' among the sheets read in ${TWO}, ${ONLY_B}`);
    expect((err as CadreError).hint).toBe(`sheets: ${TWO} 'Phòng A', 'Phòng B'; ${ONLY_B} 'Phòng B'`);
    // A sheet of the file that --sheet does not read is not read either.
    const unread = await summarizeFiles([TWO], settings({ sheet: 'Phòng B', config: { map: { "'Phòng A'!professional": 'F' } } })).catch((e: unknown) => e);
    expect([(unread as CadreError).message, (unread as CadreError).hint]).toEqual([
      `--map 'Phòng A'!professional: no sheet named 'Phòng A' among the sheets read in ${TWO}`,
      "sheets: 'Phòng B'",
    ]);
    // compare: a sheet of any period will do (here the first one's), none is an error.
    const periods = [{ files: [TWO] }, { files: [ONLY_B] }];
    const ok = await compareFiles(periods, settings({ config: { map: { "'Phòng A'!professional": 'F' } } }));
    expect(ok.results[0].report.dimensions.professional!.categories.find((c) => c.key === 'master')?.count).toBe(6);
    const none = await compareFiles(periods, settings({ config: { map: { 'Tổng hợp!professional': 'F' } } })).catch((e: unknown) => e);
    expect((none as CadreError).message).toBe(`--map 'Tổng hợp'!professional: no sheet named 'Tổng hợp' among the sheets read in ${TWO}, ${ONLY_B}`);
  });
});

describe('the CLI', { concurrent: true }, () => {
  it('the low-confidence hint names the sheet when the workbook has more than one roster sheet', async () => {
    const r = await runCli(['summarize', TWO, '--lang', 'en', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `hai-phong.xlsx › Phòng A: column D "Giới tính" is read as Gender, but only 33% of its cells look like one; see cadre-stats inspect, or choose the column with --map 'Phòng A!gender=COLUMN'`,
    );
    const vi = await runCli(['summarize', TWO, '--format', 'json']);
    expect(vi.stderr).toContain("hoặc chỉ định cột bằng --map 'Phòng A!gender=CỘT'");
    // One roster sheet read: the plain form.
    const one = await runCli(['summarize', TWO, '--sheet', 'Phòng A', '--lang', 'en', '--format', 'json']);
    expect(one.stderr).toContain('or choose the column with --map gender=COLUMN');
  });

  it('following the hint: the sheet-qualified option, quoted or not, moves that sheet only', async () => {
    for (const map of ['Phòng A!professional=F', "'Phòng A'!professional=Ghi chú"]) {
      const r = await runCli(['summarize', TWO, '--map', map, '--by', 'sheet', '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const groups = (
        JSON.parse(r.stdout) as { groups: Array<{ key: string; dimensions: { professional: { categories: Array<{ key: string; count: number }> } } }> }
      ).groups;
      const count = (sheet: string, key: string): number | undefined =>
        groups.find((g) => g.key === sheet)?.dimensions.professional.categories.find((c) => c.key === key)?.count;
      expect([count('Phòng A', 'master'), count('Phòng B', 'university')]).toEqual([6, 4]);
    }
  });

  it('an unknown sheet exits 2 naming the sheets there are; a bad value too', async () => {
    const r = await runCli(['inspect', TWO, '--map', 'Phong C!gender=D', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`cadre-stats: --map 'Phong C'!gender: no sheet named 'Phong C' among the sheets read in ${TWO}\n  sheets: 'Phòng A', 'Phòng B'`);
    const vi = await runCli(['summarize', TWO, '--map', 'Phong C!gender=D']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(
      `cadre-stats: --map 'Phong C'!gender: không có sheet tên 'Phong C' trong các sheet được đọc của ${TWO}\n  các sheet: 'Phòng A', 'Phòng B'`,
    );
    const bad = await runCli(['summarize', TWO, '--map', 'Phòng A!giới tính=D', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cadre-stats: --map "Phòng A!giới tính=D": expected field=COLUMN or SHEET!field=COLUMN');
  });
});

// The real workbook that asked for it: 'XUAT du lieu' (8 people) and 'NHẬP du lieu' (an input form, 1 person)
// have different column layouts, so a plain --map for one moves a column of the other.
describe.skipIf(noCorpus('--map on one sheet of hqht_qlcb.xlsx'))('hqht_qlcb.xlsx', () => {
  const FILE = join(CORPUS, 'real-layouts', 'hqht_qlcb.xlsx');
  const fields = (i: Awaited<ReturnType<typeof inspect>>, sheet: string): string[] =>
    i.sheets.find((s) => s.sheet === sheet)!.columns.flatMap((c) => (c.field ? [`${c.letter}:${c.field}`] : []));

  it("mapping one sheet leaves the other sheet's columns unchanged", async () => {
    const before = await inspect(FILE, undefined);
    expect(fields(before, 'XUAT du lieu')).toContain('O:professional');
    expect(fields(before, 'NHẬP du lieu')).toContain('P:professional');
    const one = await inspect(FILE, { "'XUAT du lieu'!professional": 'M' });
    expect(fields(one, 'XUAT du lieu')).toContain('M:professional');
    expect(fields(one, 'NHẬP du lieu')).toEqual(fields(before, 'NHẬP du lieu'));
    // What the plain form does: NHẬP's professional moves to its column M ("Quy hoạch") too.
    const all = await inspect(FILE, { professional: 'M' });
    expect(fields(all, 'NHẬP du lieu')).toContain('M:professional');
  });

  it("the hints name their sheet: inspect's close call and summarize's low-confidence column", async () => {
    expect((await inspect(FILE, undefined)).sheets.find((s) => s.sheet === 'XUAT du lieu')!.suggestions).toEqual(["--map 'XUAT du lieu!rank=J'"]);
    const r = await runCli(['summarize', FILE, '--lang', 'en', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("choose the column with --map 'NHẬP du lieu!gender=COLUMN'");
    expect(r.stderr).not.toMatch(/--map gender=/);
  });
});
