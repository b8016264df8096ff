import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { maskId, personId } from '../../src/normalize/person-id.js';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { settings } from '../helpers/settings.js';

describe('personId', () => {
  it.each([
    ['040070001234', '040070001234'],
    // A căn cước number typed as a number lost its leading zeros: 12 digits again.
    [40070001234, '040070001234'],
    [1170012345, '001170012345'],
    // An old 9-digit CMND typed as a number.
    [12345678, '012345678'],
    ['001 170 012 345', '001170012345'],
    ['CB001', 'CB001'],
    [null, ''],
  ] as const)('%o → %s', (cell, want) => {
    expect(personId(cell)).toBe(want);
  });

  it('masks all but the last four characters', () => {
    expect(maskId('040070001234')).toBe('********1234');
    expect(maskId('123')).toBe('***');
  });
});

describe('two people with the same id in one period', () => {
  it('are both counted and reported once, with the id masked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-id-'));
    const file = join(dir, 'ds-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Số định danh cá nhân', 'Giới tính', 'Năm sinh']);
    ws.addRow([1, 'Người Thứ Nhất', '040070001234', 'Nam', 1970]);
    ws.addRow([2, 'Người Thứ Hai', '040070001234', 'Nữ', 1980]);
    ws.addRow([3, 'Người Thứ Ba', '040070009999', 'Nữ', 1985]);
    await wb.xlsx.writeFile(file);
    const { report, problemCount } = await summarizeFiles([file], settings());
    expect(report.population).toBe(3);
    const dup = report.problems.filter((p) => p.field === 'id');
    expect(dup).toHaveLength(1);
    // The cell of the id column (C), row 3.
    expect(dup[0]).toMatchObject({ cell: 'C3', value: '********1234' });
    expect(dup[0].message).toContain('DS › 2');
    expect(JSON.stringify(report.problems)).not.toContain('040070001234');
    expect(problemCount).toBeGreaterThanOrEqual(1);
  });

  it('names where the id was first seen when the second is in another file and sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-id-'));
    const write = async (file: string, sheets: Array<[string, Array<[string, string]>]>): Promise<void> => {
      const wb = new ExcelJS.Workbook();
      for (const [name, people] of sheets) {
        const ws = wb.addWorksheet(name);
        ws.addRow(['STT', 'Họ và tên', 'Số định danh cá nhân', 'Giới tính', 'Năm sinh']);
        people.forEach(([who, id], k) => ws.addRow([k + 1, who, id, 'Nam', 1970 + k]));
      }
      await wb.xlsx.writeFile(file);
    };
    const first = join(dir, 'don-vi-a.xlsx');
    const second = join(dir, 'don-vi-b.xlsx');
    await write(first, [
      ['Khối A', [['Người Một', '040070001111']]],
      [
        'Khối B',
        [
          ['Người Hai', '040070002222'],
          ['Người Ba', '040070003333'],
        ],
      ],
    ]);
    await write(second, [
      [
        'DS',
        [
          ['Người Bốn', '040070004444'],
          ['Người Năm', '040070003333'],
          ['Người Sáu', '040070001111'],
        ],
      ],
    ]);
    const { report } = await summarizeFiles([first, second], settings());
    expect(report.population).toBe(6);
    const dup = report.problems.filter((p) => p.field === 'id');
    expect(dup.map((p) => [p.sheet, p.cell, p.value])).toEqual([
      ['DS', 'C3', '********3333'],
      ['DS', 'C4', '********1111'],
    ]);
    expect(dup[0].message).toContain(`${first} › Khối B › 3)`);
    expect(dup[1].message).toContain(`${first} › Khối A › 2)`);
  });
});
