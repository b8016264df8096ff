import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Credits, scanBlob } from '../../src/io/browser/blob-scan.js';
import { blobSource } from '../../src/io/browser/blob-source.js';
import { browserPlatform } from '../../src/io/browser/browser-platform.js';
import type { ScanMessage } from '../../src/io/scan-thread-rows.js';
import { unpackRows } from '../../src/io/xlsx/packed-rows.js';
import { openXlsx } from '../../src/io/xlsx/xlsx-reader.js';
import { ZipArchive } from '../../src/io/zip/zip-archive.js';
import { allRows, writeXlsx } from '../helpers/xlsx-parts.js';

// The offline page's second thread (src/web/scan-threads.ts) runs scanBlob in a Web Worker; here it runs
// in Node, which has the same Blob, DecompressionStream and TextDecoder.
const STRINGS = ['Nguyễn Văn An', 'Nữ', 'Nam', 'Chuyên viên', 'Trần Thị Bình'];
const PEOPLE = 3000;

function roster(dir: string): string {
  let rows = '';
  for (let r = 1; r <= PEOPLE; r++) {
    const s = (col: string, k: number): string => `<c r="${col}${r}" t="s"><v>${k}</v></c>`;
    rows += `<row r="${r}">${s('A', r % 5 === 0 ? 4 : 0)}${s('B', 1 + (r % 2))}<c r="C${r}"><v>${1960 + (r % 40)}</v></c>${s('D', 3)}<c r="E${r}"><v>${r / 8}</v></c></row>`;
  }
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${STRINGS.length}">${STRINGS.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  return writeXlsx(join(dir, 'w.xlsx'), rows, { 'xl/sharedStrings.xml': sst });
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("the page's scanning worker", () => {
  it('sends the rows a one-thread read gives, and holds back while its window is not consumed', async () => {
    const file = roster(mkdtempSync(join(tmpdir(), 'cadre-blob-scan-')));
    const blob = new Blob([readFileSync(file)]);
    const messages: ScanMessage[] = [];
    const credits = new Credits();
    let posted = 0;
    const scanning = scanBlob(
      { type: 'scan', blob, name: 'w.xlsx', sheetIndex: 0, batchRows: 64, window: 2 },
      (m) => {
        messages.push(m);
        if (m.kind === 'rows') posted++;
      },
      credits,
    );
    // Nothing consumed: past its window (and the rest of the inflated piece it was scanning) it waits.
    await tick(150);
    const held = posted;
    expect(held).toBeGreaterThanOrEqual(2);
    expect(held).toBeLessThan(PEOPLE / 64);
    await tick(100);
    expect(posted).toBe(held);
    expect(messages.some((m) => m.kind !== 'rows')).toBe(false);
    // Consumed one by one, it reads to the end.
    while (!messages.some((m) => m.kind !== 'rows')) {
      credits.add();
      await tick();
    }
    await scanning;
    const end = messages.at(-1)!;
    expect(end.kind, JSON.stringify(end)).toBe('done');
    const rows = messages.flatMap((m) => {
      if (m.kind !== 'rows') return [];
      const b = unpackRows(m.batch, STRINGS);
      return b.numbers.map((n, i) => [n, [...b.values[i]]]);
    });
    const wb = await openXlsx(await ZipArchive.open(blobSource('w.xlsx', blob), browserPlatform), browserPlatform);
    const expected = await allRows(wb, wb.sheets[0]);
    expect(rows).toHaveLength(PEOPLE);
    expect(rows).toEqual(expected.rows.map(([n, v]) => [n, [...v]]));
  });

  it("says a damaged sheet as the file's error, naming the file", async () => {
    const bytes = readFileSync(roster(mkdtempSync(join(tmpdir(), 'cadre-blob-scan-'))));
    const header = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 30;
    const data = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    const damaged = Buffer.from(bytes);
    damaged[data + (bytes.readUInt32LE(header + 18) >> 1)] ^= 0xff;
    const messages: ScanMessage[] = [];
    const credits = new Credits();
    const post = (m: ScanMessage): void => {
      messages.push(m);
      credits.add();
    };
    await scanBlob({ type: 'scan', blob: new Blob([damaged]), name: 'hỏng.xlsx', sheetIndex: 0, batchRows: 64, window: 2 }, post, credits);
    const end = messages.at(-1)!;
    expect(end.kind).toBe('error');
    expect(end.kind === 'error' && end.message).toMatch(/^hỏng\.xlsx: .*xl\/worksheets\/sheet1\.xml/);
  });
});
