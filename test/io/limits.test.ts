import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { openFile, openFile as openWorkbook } from '../../src/io/node/open-file.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { loadRosters } from '../../src/pipeline/load-roster.js';
import { parseSharedStrings, parseWorkbook } from '../../src/io/xlsx/workbook-parts.js';
import { runCli } from '../helpers/run-cli.js';
import { rosterRows, textCell, writeXlsx } from '../helpers/xlsx-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-limits-'));
let n = 0;
const xlsx = (rows: string, parts: Record<string, string> = {}): string => writeXlsx(join(dir, `w${++n}.xlsx`), rows, parts);

/** Reads every row of every sheet (merges first, as the pipeline does); resolves to the row count or rejects. */
async function readAll(file: string): Promise<number> {
  const wb = await openWorkbook(file);
  let rows = 0;
  try {
    for (const s of wb.sheets) {
      await wb.readMerges(s);
      for await (const batch of wb.rows(s)) rows += batch.numbers.length;
    }
  } finally {
    await wb.close();
  }
  return rows;
}

async function refusal(file: string): Promise<string> {
  const err = await readAll(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CadreError);
  expect((err as CadreError).code).toBe('DAMAGED_FILE');
  return (err as CadreError).message;
}

const SHEET = "damaged workbook: sheet 'DS'";

describe("Excel's last row and column", () => {
  it('row 1,048,576 is read; row 1,048,577 is refused, naming file, sheet and row', async () => {
    expect(await readAll(xlsx(`<row r="1048576">${textCell('A1048576', 'x')}</row>`))).toBe(1);
    const file = xlsx(`<row r="1048577">${textCell('A1048577', 'x')}</row>`);
    expect(await refusal(file)).toBe(`${file}: ${SHEET} row 1048577: past row 1,048,576, Excel's last row`);
  });

  it('column XFD is read; a cell in XFE is refused, naming the cell', async () => {
    expect(await readAll(xlsx(`<row r="2">${textCell('XFD2', 'x')}</row>`))).toBe(1);
    const file = xlsx(`<row r="2">${textCell('XFE2', 'x')}</row>`);
    expect(await refusal(file)).toBe(`${file}: ${SHEET} cell XFE2: past column XFD (16,384), Excel's last column`);
    // The fast path (a plain number cell) is checked as well.
    expect(await refusal(xlsx('<row r="3"><c r="AAAAA3"><v>1</v></c></row>'))).toContain('cell AAAAA3: past column XFD');
  });

  it('a merged range past the last column is refused before the body is filled out to it', async () => {
    const file = xlsx(rosterRows(2), {
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rosterRows(2)}</sheetData><mergeCells count="1"><mergeCell ref="E2:ZZZZZZ3"/></mergeCells></worksheet>`,
    });
    expect(await refusal(file)).toContain(`${SHEET} cell ZZZZZZ3: past column XFD`);
  });

  it('the CLI says it in one line naming the file, and exits 1', async () => {
    const file = xlsx(`<row r="2">${textCell('XFE2', 'x')}</row>`);
    const r = await runCli(['inspect', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`cadre-stats: ${file}: ${SHEET} cell XFE2: past column XFD (16,384), Excel's last column`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^ {2}\S/);
  });
});

describe('text longer than a cell holds (32,767 characters): refused, not truncated', () => {
  it('an inline string', async () => {
    expect(await readAll(xlsx(`<row r="2">${textCell('B2', 'a'.repeat(32_767))}</row>`))).toBe(1);
    const file = xlsx(`<row r="2">${textCell('B2', 'a'.repeat(32_768))}</row>`);
    expect(await refusal(file)).toBe(`${file}: ${SHEET} cell B2: text of 32,768 characters, past Excel's limit of 32,767 per cell`);
  });

  it('a shared string, named by its part and number (when the rows are read: the strings are read with them)', async () => {
    const file = xlsx('<row r="1"><c r="A1" t="s"><v>1</v></c></row>', {
      'xl/sharedStrings.xml': `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>ok</t></si><si><r><t>${'b'.repeat(20_000)}</t></r><r><t>${'c'.repeat(20_000)}</t></r></si></sst>`,
    });
    expect(await refusal(file)).toBe(
      `${file}: damaged workbook: part xl/sharedStrings.xml, string 2: text of 40,000 characters, past Excel's limit of 32,767 per cell`,
    );
  });

  it('a CSV field, and a CSV row wider than a sheet', async () => {
    const csv = join(dir, 'long.csv');
    writeFileSync(csv, `Họ và tên,Ghi chú\nAn,"${'x'.repeat(40_000)}"\n`);
    expect(await refusal(csv)).toBe(`${csv}: damaged workbook: cell B2: text of 40,000 characters, past Excel's limit of 32,767 per cell`);
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, `${'a,'.repeat(16_400)}\n`);
    expect(await refusal(wide)).toContain(`${wide}: damaged workbook: row 1: more than 16,384 fields`);
  });

  it('an .ods cell (read by SheetJS)', async () => {
    const ods = join(dir, 'long.ods');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Họ và tên'], ['y'.repeat(33_000)]]), 'DS');
    writeFileSync(ods, XLSX.write(wb, { bookType: 'ods', type: 'buffer' }) as Buffer);
    expect(await refusal(ods)).toBe(`${ods}: ${SHEET} cell A2: text of 33,000 characters, past Excel's limit of 32,767 per cell`);
  });
});

describe('cells per workbook', () => {
  const load = (file: string, maxCells: number): Promise<unknown> =>
    loadRosters([file], {
      open: (f) => openFile(f, { inThread: true }),
      sheet: 'all',
      config: {},
      lang: 'vi',
      classifier: createClassifier('vi'),
      today: { year: 2026, month: 1, day: 1 },
      onOfficial: () => undefined,
      maxCells,
    });

  it('a workbook with more cells than the limit is FILE_TOO_LARGE, naming sheet and row', async () => {
    const file = xlsx(rosterRows(30)); // 31 rows of 4 cells
    await expect(load(file, 124)).resolves.toBeDefined();
    const err = await load(file, 123).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CadreError);
    expect((err as CadreError).code).toBe('FILE_TOO_LARGE');
    expect((err as CadreError).message).toBe(`${file}: more than 123 cells (at sheet 'DS' row 31)`);
  });
});

describe('small parts', () => {
  it('damaged text (tags and items never closed) is parsed in linear time', () => {
    const started = Date.now();
    expect(parseSharedStrings(`<sst>${'<si><t>x</t>'.repeat(100_000)}`)).toEqual([]);
    expect(parseSharedStrings(`<sst><si><t>a</t></si>${'<si><t>x'.repeat(100_000)}`)).toEqual(['a']);
    expect(parseWorkbook(`<workbook><sheets>${'<sheet name="a" '.repeat(100_000)}`, []).sheets).toEqual([]);
    // Quadratic scans took about a minute here; linear ones a few milliseconds.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a workbook part larger than any real one is refused before it is read', async () => {
    const plain = xlsx(rosterRows(1));
    const big = xlsx(rosterRows(1), {
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      'xl/styles.xml': `<styleSheet>${' '.repeat(65 * 1024 ** 2)}</styleSheet>`,
    });
    expect(await readAll(plain)).toBe(2);
    await expect(openWorkbook(big)).rejects.toThrow(`${big}: damaged workbook: part xl/styles.xml: is refused: 65 MB, past the 64 MB such a part ever needs`);
  });
});
