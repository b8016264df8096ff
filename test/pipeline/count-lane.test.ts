import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawRecord, SheetLayout } from '../../src/ingest/types.js';
import type { RowValues } from '../../src/io/sheet-rows.js';
import { CLASSIFIED_DIMENSIONS, DIMENSION_KEYS } from '../../src/model/dimensions.js';
import type { Official } from '../../src/model/official.js';
import type { Problem } from '../../src/model/problem.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { countRow, scratchOfficial } from '../../src/normalize/count-row.js';
import { toOfficial, type RecordContext } from '../../src/normalize/to-official.js';
import { SharedRows } from '../../src/pipeline/shared-rows.js';
import { DIMENSION_SLOTS } from '../../src/stats/accumulate.js';
import { batchOf } from '../helpers/packed-batch.js';
import { CORPUS, FIXTURES, runCli } from '../helpers/run-cli.js';
import { noCorpus } from '../helpers/shared.js';
import { textCell, writeXlsx } from '../helpers/xlsx-parts.js';

// The counting lane reads a row that is only to be counted into one reused official, answering shared-string
// cells by index. It must count exactly the rows toOfficial reads without a problem, with the same dimensions,
// studying marks, birth date and id; every other row is left to toOfficial.

const counted = (o: Official) => ({
  ...Object.fromEntries(CLASSIFIED_DIMENSIONS.map((f) => [f, o[f]])),
  studying: { ...o.studying },
  birth: o.birth ? { ...o.birth } : undefined,
  id: o.id,
  row: o.row,
});

// Each column's values: mostly ones read without a problem (blanks and cells that are not text among them),
// sometimes one that is a problem to report.
const pick = <T>(good: T[], bad: T[]): fc.Arbitrary<T> =>
  bad.length
    ? fc.oneof({ arbitrary: fc.constantFrom<T>(...good), weight: 12 }, { arbitrary: fc.constantFrom<T>(...bad), weight: 1 })
    : fc.constantFrom<T>(...good);
const cell = {
  gender: pick<unknown>(['Nam', 'Nữ', 'nữ ', '', undefined], ['x', 1]),
  ethnicity: pick<unknown>(['Kinh', 'Tày', 'Mường', undefined], ['Kin h?']),
  professional: pick<unknown>(['Đại học', 'Thạc sĩ', 'Đang học thạc sĩ', 'ĐH Luật', undefined], ['???', 12]),
  political: pick<unknown>(['Trung cấp', 'Cao cấp', 'đang học cao cấp', undefined], ['không rõ lắm']),
  party: pick<unknown>(['x', 'Đảng viên', '', undefined], ['có lẽ']),
  joined: pick<unknown>([undefined, '03/02/2001', new Date(Date.UTC(1999, 1, 3))], []),
  birth: pick<unknown>(['15/03/1980', '1975', undefined, new Date(Date.UTC(1970, 5, 1)), 29000, 1985], ['năm 19', '31/02/1980']),
  hometown: pick<unknown>(['Xã An Hòa, huyện Yên Thành, tỉnh Nghệ An', 'Yên Thành - Nghệ An', 'Hà Nội', '-', '', undefined, 5], []),
  unit: pick<unknown>(['UBND xã An Hòa', 'UBND xã Tân Lập', 'Phòng Nội vụ huyện Yên Thành', 'Sở Nội vụ', '', undefined], []),
  level: pick<unknown>(['Cấp xã', 'Cấp tỉnh', 'Cấp huyện', undefined], ['cấp gì']),
  origin: pick<unknown>(['Người địa phương', 'Không phải người địa phương', '', undefined], ['hmm']),
  employment: pick<unknown>(['Biên chế', 'Hợp đồng', 'Cán bộ không chuyên trách', undefined], ['tạm']),
  term: pick<unknown>(['Tái cử', 'Lần đầu', undefined], ['chắc vậy']),
  id: pick<unknown>(['001080012345', 1080012345, '0010 8001 2345', undefined], []),
};

/** Rows of one table: which columns it has is drawn once; cells row by row. */
const table = fc
  .record({
    split: fc.boolean(),
    withLevel: fc.boolean(),
    withOrigin: fc.boolean(),
    withTerm: fc.boolean(),
    withId: fc.boolean(),
    groupLabel: fc.constantFrom<string | undefined>(undefined, 'II. Hợp đồng Nghị định 68', 'I. Cán bộ không chuyên trách'),
    twoLevel: fc.boolean(),
    rows: fc.array(fc.record(cell), { minLength: 1, maxLength: 40 }),
  })
  .map((t) => {
    const cols: Record<string, number> = {
      name: 0,
      gender: 1,
      ethnicity: 2,
      professional: 3,
      political_theory: 4,
      party: 5,
      party_join_date: 6,
      hometown: 7,
      unit: 8,
      employment: 9,
      ...(t.split ? { birth_date_male: 10, birth_date_female: 11 } : { birth_date: 10 }),
      ...(t.withLevel ? { level: 12 } : {}),
      ...(t.withOrigin ? { origin: 13 } : {}),
      ...(t.withTerm ? { term: 14 } : {}),
      ...(t.withId ? { id: 15 } : {}),
    };
    const rows = t.rows.map((c, i): [number, RowValues] => [
      i + 5,
      [
        `Người ${i}`,
        c.gender,
        c.ethnicity,
        c.professional,
        c.political,
        c.party,
        c.joined,
        c.hometown,
        c.unit,
        c.employment,
        c.birth,
        i % 3 === 0 ? c.birth : undefined,
        c.level,
        c.origin,
        c.term,
        c.id,
      ] as RowValues,
    ]);
    return { ...t, cols, rows };
  });

const THREAD = { CADRE_STATS_SCAN_THREAD_BYTES: '0' };
const layout: SheetLayout = { sheet: 'DS', headerRows: [1], columns: [], assumptions: [] };

describe('the counting lane', () => {
  it('counts exactly the rows toOfficial reads without a problem, and reads them the same', () => {
    let laned = 0;
    let declined = 0;
    fc.assert(
      fc.property(table, (t) => {
        const strings = [...new Set(t.rows.flatMap(([, v]) => v.filter((x): x is string => typeof x === 'string')))];
        const batch = batchOf(t.rows, strings);
        const sharedRows = new SharedRows();
        sharedRows.add(batch);
        const classifier = createClassifier('vi');
        const lane: RecordContext = { file: 'f.xlsx', layout, date1904: false, classifier, twoLevel: t.twoLevel, unitRenames: new Map() };
        const full: RecordContext = { ...lane, plan: undefined };
        const out = scratchOfficial();
        batch.values.forEach((values, i) => {
          const raw: RawRecord = { row: batch.numbers[i], values, cols: t.cols, ...(t.groupLabel ? { groupLabel: t.groupLabel } : {}) };
          const row = sharedRows.find(raw.row, values);
          expect(row).toBeDefined();
          const problems: Problem[] = [];
          const o = toOfficial(raw, full, problems, undefined);
          // Names too every other row (as for compare), with the shared string they came from.
          const withName = i % 2 === 0;
          const took = countRow(raw, lane, row!, out, withName);
          expect(took, `row ${raw.row}: lane ${took}, problems ${problems.map((p) => p.message).join('; ')}`).toBe(problems.length === 0);
          if (took) {
            laned++;
            expect(counted(out)).toEqual(counted(o));
            // The slots Tally.addSlots counts name the same categories.
            for (const f of CLASSIFIED_DIMENSIONS) expect(DIMENSION_SLOTS[DIMENSION_KEYS.indexOf(f)][out.slots[DIMENSION_KEYS.indexOf(f)]], f).toBe(o[f]);
            if (withName) {
              const byIndex = toOfficial(raw, { ...full, plan: undefined }, [], row);
              expect([out.name, out.nameTable(), out.nameIndex()]).toEqual([o.name, byIndex.nameTable?.(), byIndex.nameIndex?.()]);
            }
          } else declined++;
        });
      }),
      { numRuns: 200, seed: 2026 },
    );
    // Both ways were taken (else this test would show nothing).
    expect(laned).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(500);
  });

  it('leaves whole tables to toOfficial when their columns ask for what only it does', () => {
    const strings = ['Nam', 'UBND xã An Hòa', '01.003'];
    const batch = batchOf([[5, ['A', 'Nam', 'UBND xã An Hòa', '01.003']] as [number, RowValues]], strings);
    const sharedRows = new SharedRows();
    sharedRows.add(batch);
    const row = sharedRows.find(5, batch.values[0])!;
    const base = { file: 'f.xlsx', layout, date1904: false, classifier: createClassifier('vi'), unitRenames: new Map<string, string>() };
    const raw = (cols: Record<string, number>): RawRecord => ({ row: 5, values: batch.values[0], cols });
    const plain = { name: 0, gender: 1, unit: 2 };
    expect(countRow(raw(plain), { ...base }, row, scratchOfficial())).toBe(true);
    expect(countRow(raw({ ...plain, rank_code: 3 }), { ...base }, row, scratchOfficial())).toBe(false);
    expect(countRow(raw(plain), { ...base, locality: 'An Hòa' }, row, scratchOfficial())).toBe(false);
    expect(countRow(raw(plain), { ...base, unitRenames: new Map([['ubnd xã an hòa', 'UBND xã Mới']]) }, row, scratchOfficial())).toBe(false);
  });
});

// Rows with a problem go to toOfficial and come in people events, while the lane counts its rows as read: a
// repeated id must still be told at the later row, naming the earlier one, in row order among the problems.
describe('repeated ids across the lane and toOfficial', () => {
  it('are reported as without the lane', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lane-ids-'));
    const strings = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Số CCCD', 'Nam', 'Nữ', 'không rõ', '001080012345', '001080099999'];
    const s = (ref: string, text: string) => `<c r="${ref}" t="s"><v>${strings.indexOf(text)}</v></c>`;
    const people: Array<[string, string, number, string]> = [
      ['Lê Văn An', 'Nam', 1980, '001080012345'],
      ['Trần Thị Bình', 'không rõ', 1981, '001080099999'],
      ['Phạm Thị Cúc', 'Nữ', 1982, '001080099999'],
      ['Hồ Văn Dũng', 'không rõ', 1983, '001080012345'],
      ['Đỗ Văn Em', 'Nam', 1984, '001080012345'],
    ];
    const rows =
      `<row r="1">${s('A1', 'Họ và tên')}${s('B1', 'Giới tính')}${s('C1', 'Năm sinh')}${s('D1', 'Số CCCD')}</row>` +
      people
        .map(
          ([name, g, y, id], i) =>
            `<row r="${i + 2}">${textCell(`A${i + 2}`, name)}${s(`B${i + 2}`, g)}<c r="C${i + 2}"><v>${y}</v></c>${s(`D${i + 2}`, id)}</row>`,
        )
        .join('');
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
    const file = writeXlsx(join(dir, 'ids.xlsx'), rows, { 'xl/sharedStrings.xml': sst });
    const args = ['summarize', file, '--format', 'json'];
    const check = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'check' } });
    const off = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'off' } });
    expect(check.stderr).toContain('count lane: 3 counted, 2 read by toOfficial');
    expect(check.stdout).toBe(off.stdout);
    const problems = (JSON.parse(off.stdout) as { problems: Array<{ cell: string; field: string; message: string }> }).problems;
    expect(problems.map((p) => `${p.cell} ${p.field}`)).toEqual(['B3 gender', 'D4 id', 'B5 gender', 'D5 id', 'D6 id']);
    expect(problems[1].message).toContain('› 3');
    expect(problems[3].message).toContain('› 2');
  });
});

// The built CLI with every sheet scanned on the second thread (so rows come with their shared strings):
// checked both ways row by row (CADRE_STATS_LANE=check throws where they differ), and the same JSON as
// with the lane off, problems and their order included.
describe('summarize with the counting lane', () => {
  // Each has rows the lane counts; sample-roster and compare-2025 rows with problems among them, compare-2025 ids.
  const files = [
    'sample-roster.xlsx',
    'compare-2025.xlsx',
    'twin-messy.xlsx',
    'official-form.xlsx',
    'units-per-sheet.xlsx',
    'layouts/qtl_mau04_tuyendung.xlsx',
    'layouts/mamnon_canbo.xlsx',
    'layouts/hrm_import_hoso.xlsx',
  ];
  it.each(files)('%s: rows checked against toOfficial, the same output as without the lane', async (f) => {
    const args = ['summarize', join(FIXTURES, f), '--format', 'json'];
    const check = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'check' } });
    const off = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'off' } });
    const on = await runCli(args, { env: THREAD });
    expect(check.code, check.stderr).toBe(off.code);
    const m = /count lane: (\d+) counted, (\d+) read by toOfficial/.exec(check.stderr);
    expect(m, check.stderr).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(check.stdout).toBe(off.stdout);
    expect(on.stdout).toBe(off.stdout);
    expect(on.stderr).toBe(off.stderr);
  });
});

// compare hands each person to the matching of periods: through the lane with their name (the shared
// string's index included, which numbers names across periods).
describe('compare with the counting lane', () => {
  it.each([
    ['twin-clean.xlsx', 'twin-messy.xlsx'],
    ['plain-roster.xlsx', 'sample-roster.xlsx'],
  ])('%s and %s: rows checked against toOfficial, names included; the same output as without the lane', async (a, b) => {
    const args = ['compare', join(FIXTURES, a), join(FIXTURES, b), '--format', 'json'];
    const check = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'check' } });
    const off = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'off' } });
    const counts = [...check.stderr.matchAll(/count lane: (\d+) counted/g)].map((m) => Number(m[1]));
    expect(counts.length, check.stderr).toBe(2);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(check.code).toBe(off.code);
    expect(check.stdout).toBe(off.stdout);
  });
});

// Real layouts (anonymised twins in ../shared/corpus/real-layouts) whose rows the lane counts, ids among them.
describe.skipIf(noCorpus('the counting lane on real layouts'))('summarize real layouts with the counting lane', () => {
  it.each(['gsoft_nhanvien.xlsx', 'hqht_qlcb.xlsx', 'ckc_giaovien.xlsx', 'hqht_mau_thongtin.xlsx'])('%s', async (f) => {
    const args = ['summarize', join(CORPUS, 'real-layouts', f), '--format', 'json'];
    const check = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'check' } });
    const off = await runCli(args, { env: { ...THREAD, CADRE_STATS_LANE: 'off' } });
    expect(Number(/count lane: (\d+) counted/.exec(check.stderr)?.[1] ?? 0), check.stderr).toBeGreaterThan(0);
    expect(check.code).toBe(off.code);
    expect(check.stdout).toBe(off.stdout);
  });
});
