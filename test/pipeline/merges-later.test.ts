import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../../src/io/node/open-file.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { RosterReader } from '../../src/pipeline/load-roster.js';
import { type LoadOptions, type RosterEvent } from '../../src/pipeline/roster-events.js';
import { MergesMatter, withMergesFirstOnRetry } from '../../src/pipeline/merges-retry.js';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import { HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';
import { settings } from '../helpers/settings.js';

// xlsx writes a sheet's merged cells after its rows, so a sheet is read as if it had none and the merges,
// which come with the last batch of rows, are checked at the end: when they would have changed the
// reading, the rosters are read again with the merges first. These rosters (invented people) have merges
// that cannot change anything (a title), and merges that do (a unit merged down its people; a header of
// two rows whose top cells are merged over the bottom ones).

const TITLE = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024';
const PEOPLE: Array<[string, string, number, string]> = [
  ['Trần Văn An', 'Nam', 1980, 'Đại học'],
  ['Lê Thị Bình', 'Nữ', 1985, 'Thạc sĩ'],
  ['Phạm Văn Cường', 'Nam', 1979, 'Đại học'],
  ['Hoàng Thị Dung', 'Nữ', 1990, 'Cao đẳng'],
  ['Vũ Văn Em', 'Nam', 1975, 'Đại học'],
  ['Đỗ Thị Giang', 'Nữ', 1988, 'Thạc sĩ'],
  ['Ngô Văn Hải', 'Nam', 1982, 'Tiến sĩ'],
];
/** The unit of each person: the first four in one, the other three in another. */
const UNIT = (i: number): string => (i < 4 ? 'Phòng Nội vụ' : 'Phòng Tài chính');

const dir = mkdtempSync(join(tmpdir(), 'cadre-merges-later-'));
const FILES = {
  /** Title merged across the table; every cell of the body written. */
  title: join(dir, 'title-merged.xlsx'),
  /** The unit written once per unit and merged down over its people. */
  unitDown: join(dir, 'unit-merged-down.xlsx'),
  /** The same with one person more (a later period). */
  unitDownLater: join(dir, 'unit-merged-down-2025.xlsx'),
  /** "Năm sinh" over "Nam" | "Nữ", and the other titles merged down the two header rows. */
  twoRowHeader: join(dir, 'two-row-header.xlsx'),
};

async function write(path: string, shape: 'title' | 'unitDown' | 'twoRowHeader', people = PEOPLE): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow([TITLE]);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  if (shape === 'twoRowHeader') {
    ws.addRow(['STT', 'Họ và tên', 'Năm sinh', '', 'Trình độ chuyên môn', 'Đơn vị']);
    ws.addRow(['', '', 'Nam', 'Nữ', '', '']);
    for (const c of ['A', 'B', 'E', 'F']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('C3:D3');
    people.forEach(([name, gender, year, degree], i) => ws.addRow([i + 1, name, gender === 'Nam' ? year : '', gender === 'Nữ' ? year : '', degree, UNIT(i)]));
    return void (await wb.xlsx.writeFile(path));
  }
  ws.addRow(['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Trình độ chuyên môn', 'Đơn vị']);
  people.forEach(([name, gender, year, degree], i) => {
    const first = i === 0 || UNIT(i) !== UNIT(i - 1);
    ws.addRow([i + 1, name, gender, year, degree, shape === 'unitDown' && !first ? '' : UNIT(i)]);
  });
  if (shape === 'unitDown') {
    const top = 4;
    const last = top + people.length - 1;
    ws.mergeCells(`F${top}:F${top + 3}`);
    ws.mergeCells(`F${top + 4}:F${last}`);
  }
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  await write(FILES.title, 'title');
  await write(FILES.unitDown, 'unitDown');
  await write(FILES.unitDownLater, 'unitDown', [...PEOPLE, ['Bùi Thị Hoa', 'Nữ', 1993, 'Đại học']]);
  await write(FILES.twoRowHeader, 'twoRowHeader');
});

const options = (mergesFirst: boolean): LoadOptions => ({
  open: (f) => openFile(f, { inThread: true }),
  sheet: 'all',
  config: {},
  lang: 'en',
  classifier: createClassifier('en'),
  today: { year: 2026, month: 12, day: 2 },
  mergesFirst,
});

/** Every event of a reading, as plain data (people by name, unit, gender, birth year and degree). */
async function read(file: string, mergesFirst: boolean): Promise<unknown[]> {
  const out: unknown[] = [];
  const strip = (e: RosterEvent): unknown =>
    e.kind === 'layout'
      ? { kind: e.kind, columns: e.layout.columns, headerRows: e.layout.headerRows }
      : e.people.map((o) => [o.name, o.unit, o.gender, o.birth?.year, o.professional]);
  for await (const e of new RosterReader([file], options(mergesFirst))) out.push(strip(e));
  return out;
}

describe('merged cells read after the rows', () => {
  it.each([
    ['a merged title', 'title'],
    // The second row's "Nam" | "Nữ" are read as sub-titles of "Năm sinh" with or without the merges.
    ['"Năm sinh" merged over "Nam" | "Nữ"', 'twoRowHeader'],
  ] as const)('%s changes nothing: the reading stands, the same as with the merges first', async (_what, key) => {
    const first = await read(FILES[key], true);
    expect(await read(FILES[key], false)).toEqual(first);
    expect(JSON.stringify(first)).toContain('Phòng Tài chính');
  });

  it('a unit merged down over its people: the first reading is thrown back (MergesMatter)', async () => {
    await expect(read(FILES.unitDown, false)).rejects.toBeInstanceOf(MergesMatter);
    // With the merges, each of the three people of the second unit has it (unmerged, only the first).
    expect(JSON.stringify(await read(FILES.unitDown, true)).match(/Phòng Tài chính/g)).toHaveLength(3);
  });

  it.each(['unitDown', 'twoRowHeader', 'title'] as const)('%s: summarize counts every person of each unit and gender, as read with the merges', async (key) => {
    const restarts: number[] = [];
    let seen = 0;
    const r = await summarizeFiles([FILES[key]], {
      ...settings({ by: 'unit' }),
      onPerson: () => seen++,
      onRestart: () => {
        restarts.push(seen);
        seen = 0;
      },
    });
    expect(r.report.population).toBe(PEOPLE.length);
    // Each counted person is told once, even when the rosters were read twice.
    expect(seen).toBe(PEOPLE.length);
    expect(restarts.length).toBe(key === 'unitDown' ? 1 : 0);
    const units = Object.fromEntries((r.report.groups ?? []).map((g) => [g.label, g.population]));
    expect(units).toEqual({ 'Phòng Nội vụ': 4, 'Phòng Tài chính': 3 });
    const gender = r.report.dimensions.gender!;
    const count = (key: string): number | undefined => gender.categories.find((row) => row.key === key)?.count;
    expect([count('male'), count('female')]).toEqual([4, 3]);
  });

  it('a --where column a header read without its merges lacks: read again with them, then the usage error', async () => {
    let restarts = 0;
    const run = summarizeFiles([FILES.title], { ...settings({ whereExprs: ['Ghi chú=x'] }), onRestart: () => restarts++ });
    await expect(run).rejects.toMatchObject({ code: 'BAD_USAGE', message: expect.stringContaining('no column titled that') });
    expect(restarts).toBe(1);
  });

  it('any other error of the first reading is not read again', async () => {
    const calls: boolean[] = [];
    const failing = (mergesFirst: boolean): Promise<never> => {
      calls.push(mergesFirst);
      return Promise.reject(new CadreError('DAMAGED_FILE', 'x.xlsx: damaged'));
    };
    await expect(withMergesFirstOnRetry(failing)).rejects.toBeInstanceOf(CadreError);
    expect(calls).toEqual([false]);
  });

  it('compare matches each person once when a period is read twice', async () => {
    const { report } = await compareFiles([{ files: [FILES.unitDown] }, { files: [FILES.unitDownLater] }], settings());
    const json = JSON.stringify(report);
    expect(report.periods.map((p) => p.population)).toEqual([7, 8]);
    expect(json).toMatch(/"joined":1\b/);
    expect(json).toMatch(/"left":0\b/);
  });

  it('the scanning thread brings the merges too: the same counts by unit', { timeout: 60_000 }, async () => {
    const args = ['summarize', FILES.unitDown, '--format', 'json', '--by', 'unit', '--as-of', '2024-12-31'];
    const [threaded, single] = await Promise.all([
      runCli(args, { env: { CADRE_STATS_SCAN_THREAD_BYTES: '0' }, timeoutMs: HANG_GUARD_MS }),
      runCli(args, { env: { CADRE_STATS_SCAN_THREAD_BYTES: '999999999999' }, timeoutMs: HANG_GUARD_MS }),
    ]);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stdout).toBe(single.stdout);
    const groups = (JSON.parse(threaded.stdout) as { groups: Array<{ label: string; population: number }> }).groups;
    expect(Object.fromEntries(groups.map((g) => [g.label, g.population]))).toEqual({ 'Phòng Nội vụ': 4, 'Phòng Tài chính': 3 });
  });
});
