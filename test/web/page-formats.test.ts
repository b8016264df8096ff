import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryReport } from '../../src/report/types.js';
import { writeLegacyCsvTwins } from '../helpers/legacy-csv.js';
import { FIXTURES, HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';
import { CORPUS, noCorpus } from '../helpers/shared.js';
import { afterRun, cliErrorLine, expectShownAsJson, noChromium, openPage, type OpenPage } from '../helpers/web-page.js';

const AS_OF = '2025-12-31';

/**
 * The .xls reader (SheetJS) words a damaged file by the JavaScript error it met, which Node and Chromium
 * phrase differently ("The first argument must be of type string…" / "Cannot set properties of undefined"):
 * in "file.xls: <what> (<engine's words>) (<hint>)" everything but the engine's words must be the same.
 */
const sameEngine = (line: string | null): string | null => line?.replace(/^(cadre-stats: [^:]+\.xls: [^(]*)\(.*\)( \([^()]*\))$/, '$1(…)$2') ?? null;
const REAL = join(CORPUS, 'real-layouts');

// Every format the page reads (issue 16): xlsx, xls, ods, csv, and text typed in the legacy fonts (TCVN3, VNI).
const FORMATS = ['twin-clean.xlsx', 'twin-clean.xls', 'twin-clean.ods', 'twin-clean.csv', 'twin-tcvn3.xlsx', 'twin-vni.xlsx', 'official-form.xlsx'];

describe.skipIf(noChromium('the offline page, reading every format'))('the offline page reads what the CLI reads', () => {
  let opened: OpenPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage();
    page = opened.page;
    await page.fill('#as-of', '31/12/2025');
    await page.locator('#as-of').blur();
  }, HANG_GUARD_MS);

  afterAll(async () => {
    await opened?.close();
  });

  /** Gives the page one file (after clearing the list) and waits for its result or error. */
  async function give(path: string): Promise<void> {
    if (await page.locator('#clear').count()) await page.click('#clear');
    await afterRun(page, () => page.setInputFiles('#files', path));
  }

  /** The page shows what `summarize --format json` gives on the same file, or the CLI's error line. */
  async function expectAsCli(dir: string, file: string, minTables = 4): Promise<'figures' | 'error'> {
    await give(join(dir, file));
    const cli = await runCli(['summarize', file, '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(cli.stderr.includes('internal error'), cli.stderr).toBe(false);
    if (cli.code !== 0) {
      expect(sameEngine(await page.textContent('#error .detail code'))).toBe(sameEngine(cliErrorLine(cli.stderr)));
      return 'error';
    }
    expect(await page.locator('#error').count()).toBe(0);
    await expectShownAsJson(page, JSON.parse(cli.stdout) as SummaryReport, minTables);
    return 'figures';
  }

  it.each(FORMATS)('%s: the figures summarize --format json gives', async (file) => {
    expect(await expectAsCli(FIXTURES, file)).toBe('figures');
  });

  it('text files in the TCVN3 and VNI fonts and in Windows-1258: the figures summarize --format json gives', async () => {
    for (const file of writeLegacyCsvTwins(opened.dir)) expect(await expectAsCli(opened.dir, file)).toBe('figures');
  });

  it.skipIf(noCorpus('the offline page on the real layouts'))(
    'every real layout (../shared/corpus/real-layouts): the CLI figures, or its error line',
    async () => {
      const files = readFileSync(join(REAL, 'truth.json'), 'utf8').match(/[\w-]+\.xlsx?\b/g) ?? [];
      const seen = [...new Set(files)].sort();
      expect(seen.length).toBeGreaterThanOrEqual(8);
      const outcomes: Record<string, string> = {};
      // Some real layouts carry only a few of the dimensions (a college's import file: name, birth date, level).
      for (const f of seen) outcomes[f] = await expectAsCli(REAL, f, 1);
      // The blank party-member forms hold no one: the CLI's one line (exit 1), said by the page too.
      expect(outcomes['dangvien_form_empty.xls']).toBe('error');
      expect(await expectAsCli(REAL, 'dangvien_form_empty.xls')).toBe('error');
      expect(await page.textContent('#error .line')).toBe(
        'không có người nào trong dangvien_form_empty.xls: có bảng danh sách nhưng không có dòng nào là người',
      );
      expect(Object.values(outcomes).filter((o) => o === 'figures').length).toBe(seen.length - 1);
    },
  );

  // Broken files of each kind: one line in Vietnamese naming the file, the CLI's own line under it.
  const BROKEN: Array<[string, () => Buffer]> = [
    ['hong.xls', () => readFileSync(join(FIXTURES, 'twin-clean.xls')).subarray(0, 3000)],
    ['hong.ods', () => readFileSync(join(FIXTURES, 'twin-clean.ods')).subarray(0, 4000)],
    ['hong.xlsx', () => readFileSync(join(FIXTURES, 'twin-clean.xlsx')).subarray(0, 6000)],
    ['khong-phai-danh-sach.csv', () => Buffer.from('Mặt hàng,Số lượng,Đơn giá\nGạo,10,20000\nMuối,2,5000\n')],
    ['rong.xlsx', () => Buffer.alloc(0)],
  ];
  it.each(BROKEN)('%s (broken): one clear line, and the page keeps working', async (name, bytes) => {
    writeFileSync(join(opened.dir, name), bytes());
    expect(await expectAsCli(opened.dir, name)).toBe('error');
    const line = (await page.textContent('#error .line'))!;
    expect(line.startsWith(`${name}: `), line).toBe(true);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/);
    expect(await expectAsCli(FIXTURES, 'twin-clean.xlsx')).toBe('figures');
  });

  it('made no request to any server, and logged no error', () => {
    expect(opened.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });
});
