import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

type Out = {
  movements: { matchedBy: string; stayed: number; joined: number; left: number; idsDisagree?: unknown };
  warnings?: Array<{ code: string; message: string }>;
};

// Three invented people in both periods, a fourth new in 2025; the ids written as each office writes them.
describe('compare: ids as two rosters write them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-ids-'));
  const people = [
    ['Nguyễn Văn An', '15/09/1974', 'Nam'],
    ['Trần Thị Bình', '10/03/1975', 'Nữ'],
    ['Lê Văn Cường', '01/03/1961', 'Nam'],
    ['Phạm Thị Dung', '20/11/1988', 'Nữ'],
  ];
  const write = (name: string, ids: string[], n: number): string => {
    const rows = people.slice(0, n).map((p, i) => [ids[i], ...p].join(','));
    writeFileSync(join(dir, name), ['Mã cán bộ,Họ và tên,Ngày sinh,Giới tính', ...rows].join('\n') + '\n');
    return join(dir, name);
  };
  const run = async (older: string, newer: string): Promise<Out> => {
    const r = await runCli(['compare', older, newer, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Out;
  };

  it('"1" and "001", "CB01" and "CB 01" are the same id', async () => {
    const zeros = await run(write('a-2020.csv', ['1', '2', '3'], 3), write('a-2025.csv', ['001', '002', '003', '004'], 4));
    expect(zeros.movements).toMatchObject({ matchedBy: 'id', stayed: 3, joined: 1, left: 0 });
    expect(zeros.warnings?.some((w) => w.code === 'ids_disagree') ?? false).toBe(false);
    const spaced = await run(write('b-2020.csv', ['CB01', 'CB02', 'CB03'], 3), write('b-2025.csv', ['CB 01', 'CB 02', 'CB 03', 'CB 04'], 4));
    expect(spaced.movements).toMatchObject({ matchedBy: 'id', stayed: 3, joined: 1, left: 0 });
  });

  it('ids of another numbering: matched by name and birth, and said', async () => {
    const out = await run(write('c-2020.csv', ['CB1', 'CB2', 'CB3'], 3), write('c-2025.csv', ['NV31', 'NV32', 'NV33', 'NV34'], 4));
    expect(out.movements).toMatchObject({
      matchedBy: 'name+birth',
      stayed: 3,
      joined: 1,
      left: 0,
      idsDisagree: { byId: 0, sameNameBirth: 0, byNameBirth: 3 },
    });
    expect(out.warnings?.filter((w) => w.code === 'ids_disagree').map((w) => w.message)).toEqual([
      'biến động 2020 → 2025: mã ở hai danh sách không chỉ cùng một người (theo mã, 0 người ở lại nhưng chỉ 0 người cùng họ tên và năm sinh ở hai kỳ; theo họ tên và năm sinh, 3 người ở lại), nên đã đối chiếu theo họ tên và năm sinh',
    ]);
  });
});
