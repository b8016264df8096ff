import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { noCorpus } from '../helpers/shared.js';

// Bad usage and bad input: one line naming the problem (and a hint), the right exit code, no stack trace.
describe('errors', { concurrent: true }, () => {
  it.each([
    [['summarize', 'fixtures/sample-roster.xlsx', '--where', 'category'], 2, 'cadre-stats: --where "category": no operator'],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--where', 'foo=bar'],
      2,
      'cadre-stats: --where "foo=bar": no field named that, and no column titled that in fixtures/sample-roster.xlsx › Danh sách',
    ],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--where', 'category=giám đốc'],
      2,
      'cadre-stats: --where "category=giám đốc": "giám đốc" is not a value of category',
    ],
    [['summarize', 'fixtures/sample-roster.xlsx', '--age-bands', 'abc'], 2, 'cadre-stats: --age-bands abc: not a preset nor a list of increasing upper bounds'],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--decimals', '-1'],
      2,
      "error: option '--decimals <n>' argument '-1' is invalid. --decimals takes a whole number from 0 to 6.",
    ],
    [['summarize', 'fixtures/sample-roster.xlsx', '--as-of', '2024-02-30'], 2, 'cadre-stats: --as-of 2024-02-30: not a date'],
    // Month 13 or 00 is no month (Date.UTC would roll it into another year).
    [['summarize', 'fixtures/sample-roster.xlsx', '--as-of', '2025-13-01'], 2, 'cadre-stats: --as-of 2025-13-01: not a date'],
    [['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--as-of', '2025-00-10'], 2, 'cadre-stats: --as-of 2025-00-10: not a date'],
    [['summarize', 'fixtures/sample-roster.xlsx', '--units-as-of', '2025-13-01'], 2, 'cadre-stats: --units-as-of 2025-13-01: not a date'],
    [['summarize', 'fixtures/sample-roster.xlsx', '--nope'], 2, "error: unknown option '--nope'"],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--by', 'unit', '--format', 'pdf'],
      2,
      "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are table, csv, json, md, xlsx, text, html.",
    ],
    [['summarize', 'fixtures/sample-roster.xlsx', '--format', 'xlsx'], 2, 'cadre-stats: --format xlsx writes a workbook and needs --out'],
    // --layout lays out --by's groups: without --by, and in compare (whose tables it never changed), refused.
    [['summarize', 'fixtures/sample-roster.xlsx', '--layout', 'wide'], 2, 'cadre-stats: --layout wide lays out the groups of --by, and no --by is given'],
    [['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--by', 'unit', '--layout', 'wide'], 2, "error: unknown option '--layout'"],
    // An output switch of another format than the one written changed nothing: refused.
    [['summarize', 'fixtures/sample-roster.xlsx', '--csv-keys'], 2, 'cadre-stats: --csv-keys goes with --format csv, not --format table'],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--csv-locale', 'vi', '--out', 'x.json'],
      2,
      'cadre-stats: --csv-locale vi goes with --format csv, not --format json',
    ],
    [
      ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--bars', '--format', 'md'],
      2,
      'cadre-stats: --bars goes with --format table, not --format md',
    ],
    // A form's age columns are its own bands: others left them empty on the form.
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--age-bands', 'btctw', '--out', 'x.xlsx'],
      2,
      'cadre-stats: --age-bands btctw: form bm01 has age columns of its own (bnv)',
    ],
    [
      ['inspect', 'fixtures/dai-hoi-tinh-2025.xlsx', '--congress-date', '2026-01-01'],
      2,
      'cadre-stats: --congress-date 2026-01-01 goes with --eligibility in inspect',
    ],
    // --province: a name the 2025 list does not know matched units in every province; without --units-as-of it did nothing.
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--province', 'Nghệ An'],
      2,
      'cadre-stats: --province Nghệ An names the province for --units-as-of, and no --units-as-of is given',
    ],
    [
      ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--province', 'nghe an'],
      2,
      'cadre-stats: --province nghe an: no province of that name',
    ],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--format', 'csv'],
      2,
      'cadre-stats: --form bm01 goes with --format xlsx, not --format csv',
    ],
    [['summarize', 'no-such-file.xlsx'], 1, 'cadre-stats: no-such-file.xlsx: no such file'],
    [['summarize', 'fixtures/sample-roster.xlsx', '--sheet', 'Sheet9'], 1, "cadre-stats: fixtures/sample-roster.xlsx: no sheet named 'Sheet9'"],
    [['summarize', 'fixtures/sample-roster.xlsx', '--strict'], 1, 'cadre-stats: 2 values could not be classified (--strict)'],
    [
      // An option that names an input as the output is bad usage (exit 2), as the spec's exit codes say.
      ['summarize', 'fixtures/sample-roster.xlsx', '--out', 'fixtures/sample-roster.xlsx'],
      2,
      'cadre-stats: --out fixtures/sample-roster.xlsx: refusing to write over the input file fixtures/sample-roster.xlsx',
    ],
    [['summarize', 'fixtures/sample-roster.xlsx', '--out', 'no-folder/x.csv'], 1, 'cadre-stats: --out no-folder/x.csv: folder'],
    // A kind of file no format is: refused, not filled with a text table.
    [['summarize', 'fixtures/sample-roster.xlsx', '--out', 'bao-cao.xls'], 2, 'cadre-stats: --out bao-cao.xls: cadre-stats does not write .xls files'],
    [
      ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--out', 'so-sanh.PDF'],
      2,
      'cadre-stats: --out so-sanh.PDF: cadre-stats does not write .pdf files',
    ],
    [['compare', 'fixtures/compare-2020.xlsx'], 2, 'cadre-stats: compare needs at least two rosters (oldest first)'],
    [['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--labels', 'a'], 2, 'cadre-stats: --labels a: 1 labels for 2 rosters'],
    [['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--labels', ','], 2, 'cadre-stats: --labels ,: a label is empty'],
  ])('%j → exit %i (--lang en)', async (args, code, first) => {
    const r = await runCli([...args, '--lang', 'en']);
    expect(r.code).toBe(code);
    // Notes (the reference date) may come first; the error is one line starting with the program name.
    const line = r.stderr.split('\n').find((l) => l.startsWith('cadre-stats:') || l.startsWith('error:'));
    expect(line).toContain(first);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // Vietnamese by default: the message, its hint and commander's usage errors.
  it.each([
    [['summarize', 'no-such-file.xlsx'], 1, 'cadre-stats: no-such-file.xlsx: không có tệp này\n  kiểm tra lại đường dẫn'],
    [['summarize', 'fixtures/sample-roster.xlsx', '--where', 'category'], 2, 'cadre-stats: --where "category": thiếu phép so sánh\n  viết trường=giá trị'],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--sheet', 'Sheet9'],
      1,
      "cadre-stats: fixtures/sample-roster.xlsx: không có sheet tên 'Sheet9'\n  các sheet: 'Danh sách', hoặc all (tất cả)",
    ],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--decimals', '-1'],
      2,
      "lỗi: tuỳ chọn '--decimals <n>': giá trị '-1' không hợp lệ. --decimals nhận một số nguyên từ 0 đến 6.",
    ],
    [
      ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'pdf'],
      2,
      "lỗi: tuỳ chọn '--format <format>': giá trị 'pdf' không hợp lệ. Chỉ được chọn: table, csv, json, md, xlsx, text, html.",
    ],
    [['summarize', 'fixtures/sample-roster.xlsx', '--nope'], 2, "lỗi: không có tuỳ chọn '--nope'\n(xem cách dùng: cadre-stats summarize --help)"],
    [['summarize', 'fixtures/sample-roster.xlsx', '-o', 'x.html'], 2, "lỗi: không có tuỳ chọn '-o'\n(xem cách dùng: cadre-stats summarize --help)"],
    [['summarize'], 2, "lỗi: thiếu tham số bắt buộc 'roster'\n(xem cách dùng: cadre-stats summarize --help)"],
    [['frobnicate'], 2, "lỗi: không có lệnh 'frobnicate'\n(xem cách dùng: cadre-stats --help)"],
    [['summarize', 'fixtures/sample-roster.xlsx', '--strict'], 1, 'cadre-stats: 2 giá trị không phân loại được (--strict)'],
    [['compare', 'fixtures/compare-2020.xlsx'], 2, 'cadre-stats: compare cần ít nhất hai danh sách (kỳ cũ trước)\n  ví dụ cadre-stats compare'],
  ])('%j → exit %i, in Vietnamese', async (args, code, text) => {
    const r = await runCli(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(text);
  });

  it("a usage error names the help to read, the command's own for a command's error, once", async () => {
    const sub = await runCli(['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--nope', '--lang', 'en']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toBe("error: unknown option '--nope'\n(run cadre-stats compare --help for usage)\n");
    const root = await runCli(['--nope', '--lang', 'en']);
    expect(root.stderr).toBe("error: unknown option '--nope'\n(run cadre-stats --help for usage)\n");
  });

  it('an English LANG gives English errors; --lang vi wins over it', async () => {
    const en = await runCli(['summarize', 'no-such-file.xlsx'], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toContain('cadre-stats: no-such-file.xlsx: no such file\n  check the path');
    const vi = await runCli(['summarize', 'no-such-file.xlsx', '--lang', 'vi'], { env: { LANG: 'en_US.UTF-8' } });
    expect(vi.stderr).toContain('không có tệp này');
  });

  it.skipIf(noCorpus('errors: a spreadsheet with no roster (calamine/date.xlsx)'))(
    'a spreadsheet with no roster says which rows it scanned and suggests --config',
    async () => {
      const r = await runCli(['summarize', '../shared/corpus/calamine/date.xlsx', '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^cadre-stats: \.\.\/shared\/corpus\/calamine\/date\.xlsx: no roster found: .*'Sheet1' \(rows 1–\d+\)\n {2}.*--config/);
    },
  );

  it('a file with no roster says the rows it scanned in Vietnamese too', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cadre-noroster-')), 'bang-luong.csv');
    writeFileSync(file, 'Mã,Lương\n1,4500000\n');
    const r = await runCli(['summarize', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `cadre-stats: ${file}: không tìm thấy danh sách: không có dòng tiêu đề gồm "Họ và tên" và hai cột quen thuộc khác trong 'bang-luong' (dòng 1–2)\n`,
    );
    expect(r.stderr).not.toMatch(/\brows\b/);
  });

  it('--help lists the commands and exits 0, in Vietnamese by default and in English with --lang en', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/summarize[\s\S]*compare[\s\S]*inspect/);
    expect(r.stdout).toMatch(/^Cách dùng: cadre-stats/);
    expect(r.stdout).toContain('Lệnh:');
    const sub = await runCli(['summarize', '--help']);
    expect(sub.stdout).toContain('Tuỳ chọn:');
    expect(sub.stdout).toMatch(/--decimals <n> +số chữ số thập phân của tỷ lệ phần trăm \(mặc\s+định: 2\)/);
    const en = await runCli(['summarize', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: cadre-stats summarize/);
    expect(en.stdout).toContain('decimals in percentages (default: 2)');
  });
});
