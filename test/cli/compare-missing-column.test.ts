import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

type Movements = { stayed: number; changes: Array<{ field: string; from: string; to: string; count: number }> };

// Three people in both periods, matched by id; the 2025 roster adds a Đảng viên column in which A1 and A2 are
// members (A2 joined the Party in 2023: the 2020 roster cannot tell) and A3 is not. A blank party cell reads
// "not a member", so without the column in 2020 every member who stayed was counted as "→ Đảng viên".
describe('compare: a field one period has no column for', () => {
  it('is no change of the people who stayed; with the column in both, the real change is counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-movements-'));
    const people = [
      ['A1', 'Nguyễn Văn An', '01/02/1970', 'Nam', 'Đại học'],
      ['A2', 'Trần Thị Bình', '03/04/1980', 'Nữ', 'Đại học'],
      ['A3', 'Lê Văn Cường', '05/06/1990', 'Nam', 'Cao đẳng'],
    ];
    const write = (name: string, party?: string[]): string => {
      const head = `Mã,Họ và tên,Ngày sinh,Giới tính,Trình độ chuyên môn${party ? ',Đảng viên' : ''}`;
      const rows = people.map((p, i) => [...p, ...(party ? [party[i]] : [])].join(','));
      writeFileSync(join(dir, name), [head, ...rows].join('\n') + '\n');
      return join(dir, name);
    };
    const run = async (older: string, newer: string): Promise<Movements> => {
      const r = await runCli(['compare', older, newer, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { movements: Movements }).movements;
    };
    const without = await run(write('ds-2020.csv'), write('ds-2025.csv', ['x', 'x', '']));
    expect(without.stayed).toBe(3);
    expect(without.changes.filter((c) => c.field === 'party')).toEqual([]);
    const both = await run(write('dv-2020.csv', ['x', '', '']), write('dv-2025.csv', ['x', 'x', '']));
    expect(both.changes.filter((c) => c.field === 'party')).toEqual([{ field: 'party', from: 'non_member', to: 'member', count: 1 }]);
  });

  it('a period whose roster table has nobody in it still has its columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-empty-period-'));
    const head = 'Mã,Họ và tên,Ngày sinh,Giới tính,Trình độ chuyên môn';
    writeFileSync(join(dir, 'ds-2020.csv'), `${head}\n`);
    writeFileSync(join(dir, 'ds-2025.csv'), `${head}\nA1,Nguyễn Văn An,01/02/1970,Nam,Đại học\nA2,Trần Thị Bình,03/04/1980,Nữ,Thạc sĩ\n`);
    const r = await runCli(['compare', join(dir, 'ds-2020.csv'), join(dir, 'ds-2025.csv'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as {
      dimensions: Record<string, { label: string; categories: Array<{ key: string; values: Array<{ count: number | null }> }> }>;
    };
    // Counted 0 (not "no column") in the empty period.
    expect(j.dimensions.gender.categories.map((c) => [c.key, c.values.map((v) => v.count)])).toEqual([
      ['male', [0, 1]],
      ['female', [0, 1]],
    ]);
    expect(j.dimensions.gender.label).toBe('Giới tính');
  });

  it('a column no period has: its title and one line, as summarize gives it, not a table of "không có"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-no-column-'));
    const head = 'Mã,Họ và tên,Ngày sinh,Giới tính';
    writeFileSync(join(dir, 'ds-2020.csv'), `${head}\nA1,Nguyễn Văn An,01/02/1970,Nam\n`);
    writeFileSync(join(dir, 'ds-2025.csv'), `${head}\nA1,Nguyễn Văn An,01/02/1970,Nam\nA2,Trần Thị Bình,03/04/1980,Nữ\n`);
    const r = await runCli(['compare', join(dir, 'ds-2020.csv'), join(dir, 'ds-2025.csv')]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('Dân tộc (không có cột này trong danh sách)');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('');
    expect(r.stdout).not.toMatch(/│ Kinh +│ +không có/);
  });
});
