import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rosterRows, textCell, writeXlsx } from '../helpers/xlsx-parts.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEETS = ['DS', 'Tổng hợp', 'Hướng dẫn'];
const sheetXml = (rows: string): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
const textRows = (...lines: string[]): string => lines.map((l, i) => `<row r="${i + 1}">${textCell(`A${i + 1}`, l)}</row>`).join('');

// A roster deep in a folder, with a formula never calculated, beside a summary sheet and an instructions sheet.
let folder: string;
let file: string;
beforeAll(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'cadre-notes-')), 'nam-2025', 'phong-noi-vu');
  mkdirSync(folder, { recursive: true });
  file = writeXlsx(
    join(folder, 'hai-sheet.xlsx'),
    rosterRows(6, (r) => (r === 3 ? '<c r="E3"><f>C3+1</f></c>' : '')),
    {
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><sheets>${SHEETS.map(
        (name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
      ).join('')}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${SHEETS.map(
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      ).join('')}</Relationships>`,
      'xl/worksheets/sheet2.xml': sheetXml(textRows('TỔNG HỢP SỐ LIỆU', 'Số liệu đến 31/12/2025', 'Người lập biểu')),
      'xl/worksheets/sheet3.xml': sheetXml(textRows('Nhập mỗi người một dòng', 'Ngày sinh ghi dd/mm/yyyy')),
    },
  );
});

// Every note on stderr names the file as the other notes do: by its name, not the folders it sits in.
describe('the notes on stderr name the file by its name', () => {
  it.each([
    [
      'vi',
      [
        'hai-sheet.xlsx › DS: 1 ô công thức không có kết quả lưu sẵn (E3), được đọc là ô trống: mở tệp bằng Excel và lưu lại',
        "bỏ qua sheet 'Tổng hợp' trong hai-sheet.xlsx: không phải danh sách (không thấy dòng tiêu đề cột ở dòng 1–3)",
        "bỏ qua sheet 'Hướng dẫn' trong hai-sheet.xlsx: tên sheet cho thấy đây là ví dụ, hướng dẫn hoặc danh mục mã, không phải danh sách (muốn đọc: --sheet 'Hướng dẫn')",
      ],
    ],
    [
      'en',
      [
        'hai-sheet.xlsx › DS: 1 formula cell(s) without a saved result (E3), read as empty: open the file in Excel and save it again',
        "skipped sheet 'Tổng hợp' in hai-sheet.xlsx: not a roster (no column header in rows 1–3)",
        "skipped sheet 'Hướng dẫn' in hai-sheet.xlsx: its name says it holds examples, instructions or codes, not the roster (to read it: --sheet 'Hướng dẫn')",
      ],
    ],
  ])('%s', async (lang, expected) => {
    const r = await runCli(['summarize', file, '--sheet', 'all', '--format', 'json', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).population).toBe(6);
    const lines = r.stderr.split('\n');
    for (const line of expected) expect(lines).toContain(line);
    expect(r.stderr).not.toContain(folder);
    expect(r.stderr).not.toContain('phong-noi-vu');
  });
});
