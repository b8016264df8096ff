import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/run-cli.js';

// Issue 14, Build 5: inputs as people hand them over.
const dir = mkdtempSync(join(tmpdir(), 'cadre-inputs-cli-'));
const ds = join(dir, 'ds');
mkdirSync(join(ds, 'cu'), { recursive: true });
copyFileSync(join(FIXTURES, 'compare-2020.xlsx'), join(ds, 'xa-2.xlsx'));
copyFileSync(join(FIXTURES, 'compare-2025.xlsx'), join(ds, 'xa-10.xlsx'));
copyFileSync(join(FIXTURES, 'compare-2022.xlsx'), join(ds, 'cu', 'xa-1.xlsx'));
writeFileSync(join(ds, '~$xa-2.xlsx'), 'lock');
writeFileSync(join(ds, 'ghi-chu.txt'), 'note');
writeFileSync(join(dir, 'no-people.csv'), 'Họ và tên,Ngày sinh,Giới tính,Đơn vị,Chức vụ\nTổng cộng,,,,\n');

const errorLine = (stderr: string): string | undefined => stderr.split('\n').find((l) => l.startsWith('cadre-stats:'));
const json = (stdout: string): { population: number; sources: Array<{ file: string }> } => JSON.parse(stdout);

// A folder holding a report the tool wrote beside the rosters (--out ds2/bao-cao.csv): the next run failed on it.
const ds2 = join(dir, 'ds2');
mkdirSync(ds2);
copyFileSync(join(FIXTURES, 'compare-2025.xlsx'), join(ds2, 'xa.xlsx'));
writeFileSync(join(ds2, 'bao-cao.csv'), 'Tiêu chí,Phân loại,Số lượng\nGiới tính,Nam,30\n');
const ds3 = join(dir, 'ds3');
mkdirSync(ds3);
writeFileSync(join(ds3, 'bao-cao.csv'), 'Tiêu chí,Phân loại,Số lượng\nGiới tính,Nam,30\n');

describe('inputs as people hand them over', { concurrent: true }, () => {
  it('a file of a folder that holds no roster is skipped and said, on stderr and in the JSON; named alone it is an error', async () => {
    const [folder, alone, empty] = await Promise.all([
      runCli(['summarize', ds2, '--format', 'json']),
      runCli(['summarize', join(ds2, 'xa.xlsx'), '--format', 'json']),
      runCli(['summarize', ds3]),
    ]);
    expect(folder.code, folder.stderr).toBe(0);
    const line = "bỏ qua tệp bao-cao.csv trong thư mục: không có danh sách (không thấy dòng tiêu đề có “Họ và tên” và hai cột khác trong 'bao-cao' (dòng 1–2))";
    expect(folder.stderr.split('\n')).toContain(line);
    const report = JSON.parse(folder.stdout) as { population: number; warnings: Array<{ code: string; message: string }> };
    expect(report.warnings[0]).toEqual({ code: 'file_skipped', message: line });
    expect(report.population).toBe(json(alone.stdout).population);
    // A folder with no roster at all: the file's own error, exit 1.
    expect(empty.code).toBe(1);
    expect(errorLine(empty.stderr)).toContain('bao-cao.csv: không tìm thấy danh sách');
    expect((await runCli(['summarize', join(ds2, 'bao-cao.csv')])).code).toBe(1);
  });

  it('a folder is every roster inside it, sorted by name, said on stderr; the same as naming them', async () => {
    const [folder, named] = await Promise.all([
      runCli(['summarize', ds, '--format', 'json']),
      runCli(['summarize', join(ds, 'xa-2.xlsx'), join(ds, 'xa-10.xlsx'), '--format', 'json']),
    ]);
    expect(folder.code, folder.stderr).toBe(0);
    expect(folder.stderr).toContain(`thư mục ${ds}: 2 tệp danh sách (xa-2.xlsx, xa-10.xlsx)`);
    expect(folder.stdout).toBe(named.stdout);
    expect(json(folder.stdout).population).toBe(102);
  });

  it('--recursive reads the folders inside too', async () => {
    const r = await runCli(['summarize', ds, '--recursive', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect([...new Set(json(r.stdout).sources.map((s) => s.file))]).toEqual([join(ds, 'xa-2.xlsx'), join(ds, 'xa-10.xlsx'), join(ds, 'cu', 'xa-1.xlsx')]);
  });

  it('a pattern the shell did not expand is expanded by the tool', async () => {
    const r = await runCli(['summarize', join(ds, 'xa-*.xlsx'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`mẫu ${join(ds, 'xa-*.xlsx')}: 2 tệp (xa-2.xlsx, xa-10.xlsx)`);
    expect(json(r.stdout).population).toBe(102);
  });

  it.each([
    [
      [join(ds, 'xa-2.xlsx'), join(ds, 'xa-2.xlsx')],
      `cadre-stats: ${join(ds, 'xa-2.xlsx')} được đưa vào hai lần: người trong đó sẽ bị đếm hai lần`,
      `cadre-stats: ${join(ds, 'xa-2.xlsx')} is given twice: its people would be counted twice`,
    ],
    [
      [join(ds, 'xa-2.xlsx'), join(FIXTURES, 'compare-2020.xlsx')],
      `cadre-stats: ${join(FIXTURES, 'compare-2020.xlsx')} có nội dung giống hệt ${join(ds, 'xa-2.xlsx')}: cùng một danh sách đưa vào hai lần sẽ bị đếm hai lần`,
      `cadre-stats: ${join(FIXTURES, 'compare-2020.xlsx')} has the same content as ${join(ds, 'xa-2.xlsx')}: the same roster given twice would be counted twice`,
    ],
    [
      [ds, join(ds, 'xa-10.xlsx')],
      `cadre-stats: ${join(ds, 'xa-10.xlsx')} được đưa vào hai lần: người trong đó sẽ bị đếm hai lần`,
      `cadre-stats: ${join(ds, 'xa-10.xlsx')} is given twice: its people would be counted twice`,
    ],
  ])('the same roster twice is a usage error, said in Vietnamese (English with --lang en): %j', async (files, vi, en) => {
    const r = await runCli(['summarize', ...files]);
    expect(r.code, r.stderr).toBe(2);
    expect(errorLine(r.stderr)).toBe(vi);
    expect(r.stderr).toContain('  mỗi danh sách chỉ đưa vào một lần');
    expect(r.stdout).toBe('');
    const e = await runCli(['summarize', ...files, '--lang', 'en']);
    expect(errorLine(e.stderr)).toBe(en);
    expect(e.stderr).toContain('  give each roster once');
    // compare counts no one twice: it says a period would be compared with itself.
    const c = await runCli(['compare', ...files]);
    expect(c.code, c.stderr).toBe(2);
    expect(errorLine(c.stderr)).toMatch(/: một kỳ sẽ bị so sánh với chính nó$|: cùng một danh sách không thể là hai kỳ$/);
    expect(c.stderr).toContain('  mỗi kỳ đưa vào danh sách của kỳ đó, mỗi danh sách một lần');
  });

  it('a folder without rosters, or a pattern matching nothing, is an error naming it (exit 1)', async () => {
    const [a, b] = await Promise.all([
      runCli(['summarize', join(ds, 'cu', 'trong'), '--lang', 'en']),
      runCli(['summarize', join(ds, 'phuong-*.xlsx'), '--lang', 'en']),
    ]);
    mkdirSync(join(dir, 'trong'), { recursive: true });
    const c = await runCli(['summarize', join(dir, 'trong'), '--lang', 'en']);
    expect(a.code).toBe(1);
    expect(errorLine(a.stderr)).toBe(`cadre-stats: ${join(ds, 'cu', 'trong')}: no such file`);
    expect(b.code).toBe(1);
    expect(errorLine(b.stderr)).toBe(`cadre-stats: ${join(ds, 'phuong-*.xlsx')}: no file matches`);
    expect(c.code).toBe(1);
    expect(errorLine(c.stderr)).toBe(`cadre-stats: ${join(dir, 'trong')}: no roster file (.xlsx .xlsm .xls .ods .csv .tsv) in this folder`);
  });
});

describe('compare puts periods in time order', { concurrent: true }, () => {
  const old = join(FIXTURES, 'compare-2020.xlsx');
  const now = join(FIXTURES, 'compare-2025.xlsx');

  it('newest first gives the same comparison as oldest first, and says so', async () => {
    const [swapped, ordered] = await Promise.all([runCli(['compare', now, old, '--format', 'json']), runCli(['compare', old, now, '--format', 'json'])]);
    expect(swapped.code, swapped.stderr).toBe(0);
    expect(swapped.stdout).toBe(ordered.stdout);
    expect(swapped.stderr).toContain(
      'các kỳ được xếp theo thời gian: 2020, 2025 (tệp đưa vào theo thứ tự 2025, 2020); muốn giữ thứ tự đã đưa thì dùng --labels',
    );
    expect(ordered.stderr).not.toContain('các kỳ được xếp');
    // Who joined and who left are not swapped: 2020 → 2025.
    const movements = JSON.parse(swapped.stdout).movements;
    expect([movements.from, movements.to]).toEqual(['2020', '2025']);
  });

  it('--labels keeps the order given', async () => {
    const r = await runCli(['compare', now, old, '--labels', 'sau,truoc', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('các kỳ được xếp');
    expect(JSON.parse(r.stdout).periods.map((p: { label: string }) => p.label)).toEqual(['sau', 'truoc']);
  });
});

describe('an empty population is said', { concurrent: true }, () => {
  it('filters that removed everyone are named on stderr, each with what it alone keeps', async () => {
    const r = await runCli(['summarize', join(FIXTURES, 'compare-2020.xlsx'), '--where', 'name~zzzz', '--where', 'gender=nữ', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('không có người nào còn lại sau --where "name~zzzz" (giữ 0), --where "gender=nữ" (giữ 14) (50 người trong danh sách)');
  });

  it('in English too', async () => {
    const r = await runCli(['summarize', join(FIXTURES, 'compare-2020.xlsx'), '--where', 'name~zzzz', '--lang', 'en', '--format', 'csv']);
    expect(r.stderr).toContain('no one is left after --where "name~zzzz" (keeps 0) (50 people in the rosters)');
  });

  it('summarize exits 1 when no file held anyone, with no report of zeros', async () => {
    const file = join(dir, 'no-people.csv');
    const r = await runCli(['summarize', file, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(1);
    expect(errorLine(r.stderr)).toBe(`cadre-stats: không có người nào trong ${file}: có bảng danh sách nhưng không có dòng nào là người`);
    expect(r.stdout).toBe('');
  });

  it('compare says which period is empty', async () => {
    const r = await runCli(['compare', join(FIXTURES, 'compare-2020.xlsx'), join(FIXTURES, 'compare-2025.xlsx'), '--where', 'name~zzzz', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('kỳ 2020: không có người nào còn lại sau --where "name~zzzz" (giữ 0) (50 người trong danh sách)');
    expect(r.stderr).toContain('kỳ 2025: không có người nào còn lại sau --where "name~zzzz" (giữ 0) (52 người trong danh sách)');
  });
});
