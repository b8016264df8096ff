import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { rosterRows, textCell, writeXlsx } from '../helpers/xlsx-parts.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEETS = ['DS', 'Tổng hợp', 'Hướng dẫn', 'Chấm công'];
const sheetXml = (rows: string): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
const textRows = (...lines: string[]): string => lines.map((l, i) => `<row r="${i + 1}">${textCell(`A${i + 1}`, l)}</row>`).join('');

// A roster deep in a folder, with a formula never calculated, beside a summary sheet, an instructions sheet and
// an empty sheet.
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
      'xl/worksheets/sheet4.xml': sheetXml(''),
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
        "bỏ qua sheet 'Chấm công' trong hai-sheet.xlsx: sheet trống (không có ô nào có dữ liệu)",
        "bỏ qua sheet 'Hướng dẫn' trong hai-sheet.xlsx: tên sheet cho thấy đây là ví dụ, hướng dẫn hoặc danh mục mã, không phải danh sách (muốn đọc: --sheet 'Hướng dẫn')",
      ],
    ],
    [
      'en',
      [
        'hai-sheet.xlsx › DS: 1 formula cell without a saved result (E3), read as empty: open the file in Excel and save it again',
        "skipped sheet 'Tổng hợp' in hai-sheet.xlsx: not a roster (no column header in rows 1–3)",
        "skipped sheet 'Chấm công' in hai-sheet.xlsx: the sheet is empty (no cell holds a value)",
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

// Two rosters of the same name in two folders: a name alone would not tell which one a note is about.
describe('notes name a file by its path when another input file has the same name', () => {
  it('says the path of each of them, and only the name of a file whose name is its own', async () => {
    const base = mkdtempSync(join(tmpdir(), 'cadre-notes-same-'));
    const formula = (r: number): string => (r === 2 ? '<c r="E2"><f>C2+1</f></c>' : '');
    for (const year of ['2020', '2025']) mkdirSync(join(base, year));
    const a = writeXlsx(join(base, '2020', 'xa.xlsx'), rosterRows(4, formula));
    const b = writeXlsx(join(base, '2025', 'xa.xlsx'), rosterRows(5, formula));
    const r = await runCli(['summarize', a, b, file, '--format', 'json', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n');
    for (const f of [a, b])
      expect(lines).toContain(`${f} › DS: 1 formula cell without a saved result (E2), read as empty: open the file in Excel and save it again`);
    expect(lines).toContain('hai-sheet.xlsx › DS: 1 formula cell without a saved result (E3), read as empty: open the file in Excel and save it again');
  });
});

// A --map that names no column is said, not ignored: a title no column has, or the letter of a column with no
// title and nothing under it (a typo, another sheet's letter), which would read as no column at all. The
// field is chosen as without the option. An untitled column with data is taken as asked.
describe('a --map naming no column of the sheet', () => {
  it.each([
    [
      'position=Chức danh',
      'vi',
      'xa.xlsx › DS: --map position=Chức danh: không có cột nào có tiêu đề này, nên chức vụ được chọn theo dữ liệu như khi không có --map; xem tiêu đề các cột bằng cadre-stats inspect, hoặc ghi chữ cái của cột',
    ],
    [
      'position=Chức danh',
      'en',
      "xa.xlsx › DS: --map position=Chức danh: no column has this title, so position was chosen from the data as without --map; see the column titles with cadre-stats inspect, or give the column's letter",
    ],
    [
      'gender=H',
      'vi',
      'xa.xlsx › DS: --map gender=H: cột H không có tiêu đề và không có dữ liệu ở các dòng đầu của bảng, nên giới tính được chọn theo dữ liệu như khi không có --map; xem các cột bằng cadre-stats inspect',
    ],
    [
      'gender=H',
      'en',
      "xa.xlsx › DS: --map gender=H: column H has no title and nothing in the table's first rows, so gender was chosen from the data as without --map; see the columns with cadre-stats inspect",
    ],
  ])('--map %s, %s: one line, and the same figures as without it', async (option, lang, line) => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-notes-map-'));
    const roster = writeXlsx(join(dir, 'xa.xlsx'), rosterRows(4));
    const field = option.split('=')[0];
    const plain = await runCli(['summarize', roster, '--format', 'json', '--lang', lang]);
    const mapped = await runCli(['summarize', roster, '--format', 'json', '--lang', lang, '--map', option]);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(mapped.stderr.split('\n')).toContain(line);
    expect(plain.stderr).not.toContain(`--map ${field}`);
    const dims = JSON.parse(mapped.stdout).dimensions;
    expect(dims).toEqual(JSON.parse(plain.stdout).dimensions);
    expect(dims[field]?.missing ?? false).toBe(false);
  });

  it('an untitled column with data is taken as the option says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-notes-map-col-'));
    const roster = writeXlsx(
      join(dir, 'xa.xlsx'),
      rosterRows(4, (r) => textCell(`F${r}`, 'Nữ')),
    );
    const mapped = await runCli(['summarize', roster, '--format', 'json', '--map', 'gender=F']);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(mapped.stderr).not.toContain('--map gender=F');
    // Everyone "Nữ" from column F, not the two and two of column B.
    const gender = JSON.parse(mapped.stdout).dimensions.gender;
    expect(gender.categories.find((c: { key: string }) => c.key === 'female').count).toBe(4);
  });
});

// English counts its nouns: "1 person has …", "2 people have …" (Vietnamese has one form).
describe('notes with a count say one in the singular in English', () => {
  const roster = (people: number, gender: string): string => {
    const head = `<row r="1">${textCell('A1', 'Họ và tên')}${textCell('B1', 'Giới tính')}${textCell('C1', 'Năm sinh')}${textCell('D1', 'Chức vụ')}</row>`;
    let rows = '';
    for (let i = 0; i < people; i++) {
      const r = i + 2;
      rows += `<row r="${r}">${textCell(`A${r}`, `Trần Thị B${i}`)}${textCell(`B${r}`, gender)}<c r="C${r}"><v>${1980 + i}</v></c>${textCell(`D${r}`, 'Chuyên viên')}</row>`;
    }
    return writeXlsx(join(mkdtempSync(join(tmpdir(), 'cadre-notes-one-')), 'xa.xlsx'), head + rows);
  };

  it.each([
    [1, ['1 person has a birth year only: age by year difference', '1 value not recognised (see: cadre-stats inspect, or --format json)']],
    [2, ['2 people have a birth year only: age by year difference', '2 values not recognised (see: cadre-stats inspect, or --format json)']],
  ])('%i', async (people, lines) => {
    // "Giới tính: abc" is no gender: one value not recognised per person.
    const r = await runCli(['summarize', roster(people, 'abc'), '--lang', 'en', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    for (const line of lines) expect(r.stderr.split('\n')).toContain(line);
    const vi = await runCli(['summarize', roster(people, 'abc'), '--format', 'json']);
    expect(vi.stderr.split('\n')).toContain(`${people} người chỉ có năm sinh: tuổi tính theo hiệu số năm`);
  });
});
