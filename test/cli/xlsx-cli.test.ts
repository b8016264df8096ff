import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function book(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return wb;
}

// The built CLI end to end: options → report → workbook written atomically to --out.
describe('cadre-stats --format xlsx', { concurrent: true }, () => {
  it('summarize --form bm01 writes the form sheet (implying --format xlsx and --by unit, counting công chức), nothing on stdout', async () => {
    const out = join(dir, 'bm01.xlsx');
    const [r, json] = await Promise.all([
      runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', out, '--quiet']),
      runCli(['summarize', 'fixtures/sample-roster.xlsx', '--by', 'unit', '--where', 'category=công chức', '--format', 'json', '--quiet']),
    ]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    const report = JSON.parse(json.stdout) as SummaryReport;
    const ws = (await book(out)).getWorksheet('BM01-BNV')!;
    const labels: unknown[] = [];
    for (let row = 13; row <= ws.rowCount; row++) labels.push(ws.getCell(row, 2).value);
    const total = 13 + labels.indexOf('Tổng số');
    expect(labels.slice(0, report.groups!.length)).toEqual(report.groups!.map((g) => g.label));
    expect(ws.getCell(total, 4).value).toBe(report.population);
  });

  it('summarize --format xlsx: the dimension sheets hold the JSON report numbers', async () => {
    const out = join(dir, 'summary.xlsx');
    const [r, json] = await Promise.all([
      runCli(['summarize', 'fixtures/sample-roster.xlsx', '--format', 'xlsx', '--out', out, '--quiet']),
      runCli(['summarize', 'fixtures/sample-roster.xlsx', '--format', 'json', '--quiet']),
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(json.stdout) as SummaryReport;
    const table = report.dimensions.political_theory!;
    const ws = (await book(out)).getWorksheet(table.label)!;
    // Rows 1–3 say what the sheet is, row 5 is the header: the categories follow in table order.
    const body = table.categories.map((_, i) => [ws.getCell(6 + i, 1).value, ws.getCell(6 + i, 2).value, ws.getCell(6 + i, 3).value]);
    expect(body).toEqual(table.categories.map((c) => [c.label, c.count, Number((c.percent / 100).toFixed(4))]));
  });

  it("compare --format xlsx: both periods' counts match the comparison JSON", async () => {
    const out = join(dir, 'compare.xlsx');
    const args = ['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--quiet'];
    const [r, json] = await Promise.all([runCli([...args, '--format', 'xlsx', '--out', out]), runCli([...args, '--format', 'json'])]);
    expect(r.code).toBe(0);
    const report = JSON.parse(json.stdout) as ComparisonReport;
    const wb = await book(out);
    for (const table of Object.values(report.dimensions)) {
      const ws = wb.getWorksheet(table!.label)!;
      // Rows 5–6 are the header (the periods over count | percent); the categories follow in table order.
      const body = table!.categories.map((_, i) => [ws.getCell(7 + i, 1).value, ws.getCell(7 + i, 2).value, ws.getCell(7 + i, 4).value]);
      expect(body).toEqual(table!.categories.map((c) => [c.label, c.values[0].count ?? 'không có', c.values[1].count ?? 'không có']));
    }
  });
});
