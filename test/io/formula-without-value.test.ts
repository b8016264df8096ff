import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/io/sheet-rows.js';
import { openFile } from '../../src/io/node/open-file.js';
import { runCli } from '../helpers/run-cli.js';
import { allRows, rosterRows, writeXlsx } from '../helpers/xlsx-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-formula-'));

// Programs that write xlsx without calculating (report generators, scripts) save `<f>` without `<v>`:
// such a cell has no value to read. It must read as empty AND be told, never evaluated.
const cells: Record<number, string> = {
  2: '<c r="E2"><f>C2+1</f></c>', // never calculated
  3: '<c r="E3"><f>C3+1</f><v>1972</v></c>', // calculated: its saved result is its value
  4: '<c r="E4" t="str"><f>""</f><v></v></c>', // calculated to an empty text: a saved result, not a problem
  5: '<c r="E5"><f t="shared" ref="E5:E6" si="0">C5+1</f></c><c r="F5" s="0"><f>E5*2</f></c>', // two more, one shared
  6: '<c r="E6"><f t="shared" si="0"/></c>', // the shared formula's other cell, self-closing <f/>
};
let file: string;
beforeAll(() => {
  file = writeXlsx(
    join(dir, 'formulas.xlsx'),
    rosterRows(6, (r) => cells[r] ?? ''),
  );
});

describe('formula cells without a saved result', () => {
  it('read as empty, and the reader names each of them', async () => {
    const wb = await openFile(file);
    const { rows, formulas: found } = await allRows(wb, wb.sheets[0]);
    const values = new Map<number, CellValue[]>(rows);
    await wb.close();
    expect(found).toEqual(['2:4', '5:4', '5:5', '6:4']);
    expect(values.get(2)?.[4] ?? null).toBeNull();
    expect(values.get(3)?.[4]).toBe(1972);
    expect(values.get(5)?.[5] ?? null).toBeNull();
  });

  it('inspect shows them per sheet (text and JSON)', async () => {
    const text = await runCli(['inspect', file, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('formulas without a saved result, read as empty: 4 (E2, E5, F5, E6): open the file in Excel and save it again');
    const json = await runCli(['inspect', '--format', 'json', file]);
    expect(JSON.parse(json.stdout).sheets[0].formulasWithoutValue).toEqual({ count: 4, cells: ['E2', 'E5', 'F5', 'E6'] });
    // Big sheets are scanned on a second thread: the cells must reach the report from there too.
    const threaded = await runCli(['inspect', '--format', 'json', file], { env: { CADRE_STATS_SCAN_THREAD_BYTES: '0' } });
    expect(threaded.stdout).toBe(json.stdout);
  });

  it('summarize counts the people and notes the cells on stderr', async () => {
    const r = await runCli(['summarize', '--format', 'json', '--lang', 'en', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).population).toBe(6);
    expect(r.stderr).toContain(
      `formulas.xlsx › DS: 4 formula cells without a saved result (E2, E5, F5, E6), read as empty: open the file in Excel and save it again`,
    );
  });

  it('are told from the second thread when they are all a last row holds, past a full batch', async () => {
    // The second thread sends rows 2,048 at a time: here the header and 2,047 people fill one batch exactly,
    // and the row after them ("Tổng cộng" left as never-calculated sums) has no value at all.
    const total = '<row r="2049"><c r="C2049"><f>SUM(C2:C2048)</f></c><c r="E2049"><f>COUNTA(A2:A2048)</f></c></row>';
    const big = writeXlsx(join(dir, 'batch-edge.xlsx'), rosterRows(2047) + total);
    const one = await runCli(['inspect', '--format', 'json', big], { env: { CADRE_STATS_SCAN_THREAD_BYTES: '999999999999' } });
    expect(JSON.parse(one.stdout).sheets[0].formulasWithoutValue).toEqual({ count: 2, cells: ['C2049', 'E2049'] });
    const threaded = await runCli(['inspect', '--format', 'json', big], { env: { CADRE_STATS_SCAN_THREAD_BYTES: '0' } });
    expect(threaded.stdout).toBe(one.stdout);
  });

  it('a clean roster has no such note or field', async () => {
    const clean = writeXlsx(join(dir, 'clean.xlsx'), rosterRows(6));
    const r = await runCli(['inspect', '--format', 'json', clean]);
    expect(JSON.parse(r.stdout).sheets[0]).not.toHaveProperty('formulasWithoutValue');
    expect((await runCli(['summarize', clean])).stderr).not.toMatch(/formula|công thức/);
  });
});
