import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The columns of a recruitment list (as the education department's in ../shared/corpus/real-layouts,
// sgd_tuyendung.xlsx): a "SỐ CMND/CCCD" column is the person's id; the school's name ("TÊN TRƯỜNG") is no
// given name and a diploma's number ("SỐ HIỆU VĂN BẰNG") no person's id. Invented people.
describe('columns of a recruitment list', () => {
  it('id from SỐ CMND/CCCD; TÊN TRƯỜNG and SỐ HIỆU VĂN BẰNG feed nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-grad-'));
    const file = join(dir, 'ung-vien.csv');
    writeFileSync(
      file,
      [
        'STT,HỌ VÀ TÊN,NGÀY SINH,GIỚI TÍNH,SỐ CMND/CCCD,TỐT NGHIỆP,TÊN TRƯỜNG,SỐ HIỆU VĂN BẰNG',
        '1,Nguyễn Văn An,15/09/1994,Nam,040094000001,Đại học,Trường Đại học Vinh,A 012345',
        '2,Trần Thị Bình,10/03/1995,Nữ,040195000002,Thạc sĩ,Trường Đại học Huế,B 543210',
        '3,Lê Văn Cường,01/03/1993,Nam,040093000003,Đại học,Học viện Hành chính,C 000111',
      ].join('\n') + '\n',
    );
    const r = await runCli(['inspect', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const columns = (JSON.parse(r.stdout) as { sheets: Array<{ columns: Array<{ title: string; field: string | null }> }> }).sheets[0].columns;
    const field = (title: string): string | null | undefined => columns.find((c) => c.title === title)?.field;
    expect(field('SỐ CMND/CCCD')).toBe('id');
    expect(field('TÊN TRƯỜNG') ?? null).toBeNull();
    expect(field('SỐ HIỆU VĂN BẰNG') ?? null).toBeNull();
    expect(columns.some((c) => c.field === 'given_name')).toBe(false);
  });
});
