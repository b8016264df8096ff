import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRoster } from '../../bench/generate-roster.js';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { formatCount, formatPercent } from '../../src/render/format-number.js';
import { FIXTURES, HANG_GUARD_MS, runCli } from '../helpers/run-cli.js';
import { afterRun, cliErrorLine, expectShownAsJson, marks, noChromium, openPage, SHOTS, type OpenPage } from '../helpers/web-page.js';

const AS_OF = '2025-12-31';
/**
 * People in the big roster: enough for the reading to take a second or more, so a run can be superseded mid-way.
 * At 40,000 the page read it in ~0.3 s on a quiet machine: the run ended before the tick that should cancel it
 * (1 failure in 4 runs), or before its rows/s was ever shown (the wait for it then ran to its guard).
 */
const BIG_ROWS = 150_000;

/** Screenshots a person can read: the top of the page (controls, notes, paragraph), then the report's first tables. */
async function shoot(page: Page, top: string, report: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, top), timeout: HANG_GUARD_MS });
  await page.evaluate(() => document.getElementById('report')!.scrollIntoView());
  await page.screenshot({ path: join(SHOTS, report), timeout: HANG_GUARD_MS });
  await page.evaluate(() => window.scrollTo(0, 0));
}

describe.skipIf(noChromium("the offline page's end-to-end test"))('the offline page in headless Chromium', () => {
  let opened: OpenPage;
  let page: Page;
  let dir: string;

  async function download(id: string): Promise<Buffer> {
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: HANG_GUARD_MS }), page.click(id)]);
    const path = join(dir, `dl-${Date.now()}-${dl.suggestedFilename()}`);
    await dl.saveAs(path);
    return readFileSync(path);
  }

  async function cli(args: string[]): Promise<string> {
    const r = await runCli(args, { cwd: FIXTURES });
    expect(r.stderr.includes('internal error'), r.stderr).toBe(false);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  }

  beforeAll(async () => {
    opened = await openPage();
    ({ page, dir } = opened);
    mkdirSync(SHOTS, { recursive: true });
  }, HANG_GUARD_MS);

  afterAll(async () => {
    await opened?.close();
  });

  it('opens empty, in Vietnamese, from file://', async () => {
    expect(await page.textContent('h1')).toBe('Thống kê chất lượng đội ngũ cán bộ, công chức, viên chức');
    expect(await page.textContent('#drop')).toContain('Kéo thả danh sách');
    await page.screenshot({ path: join(SHOTS, '1-empty.png'), fullPage: true, timeout: HANG_GUARD_MS });
  });

  it('shows the figures summarize --format json gives for the same file and options', async () => {
    // The date is typed and shown day first, as the CLI's notes say it.
    await page.fill('#as-of', '31/12/2025');
    await page.locator('#as-of').blur();
    expect(await page.inputValue('#as-of')).toBe('31/12/2025');
    await afterRun(page, () => page.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
    expect(await page.locator('#error').count()).toBe(0);
    expect(await page.textContent('#notes')).toContain('Tuổi tính đến ngày 31/12/2025');
    const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--format', 'json'])) as SummaryReport;
    await expectShownAsJson(page, json);
    expect(await page.textContent('#report')).toBe(''); // the report lives in the shadow root
    const para = await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--format', 'text']);
    expect(await page.textContent('#paragraph')).toBe(para.trim());
    expect(await page.textContent('#problems')).toContain(`Giá trị không nhận ra (${formatCount(json.problems.length, 'vi')})`);
    await shoot(page, '2-summary.png', '2b-summary-tables.png');
  });

  it('downloads the same bytes the CLI writes (workbook with BM01, CSV, HTML, JSON)', async () => {
    const args = ['summarize', 'sample-roster.xlsx', '--as-of', AS_OF];
    expect((await download('#dl-json')).toString('utf8')).toBe(await cli([...args, '--format', 'json']));
    expect((await download('#dl-csv')).toString('utf8')).toBe(await cli([...args, '--format', 'csv']));
    expect((await download('#dl-csv-vi')).toString('utf8')).toBe(await cli([...args, '--format', 'csv', '--csv-locale', 'vi']));
    expect((await download('#dl-html')).toString('utf8')).toBe(await cli([...args, '--format', 'html']));
    const plain = await download('#dl-xlsx');
    await cli([...args, '--format', 'xlsx', '--out', join(dir, 'cli.xlsx')]);
    expect(plain.equals(readFileSync(join(dir, 'cli.xlsx')))).toBe(true);
    await page.selectOption('#dl-form', 'bm01');
    const form = await download('#dl-xlsx');
    await cli([...args, '--format', 'xlsx', '--form', 'bm01', '--out', join(dir, 'cli-bm01.xlsx')]);
    expect(form.equals(readFileSync(join(dir, 'cli-bm01.xlsx')))).toBe(true);
    // A form of another kind: 8B-BTCTW counts by level in its own age bands (a row per criterion).
    await page.selectOption('#dl-form', 'btctw-8b');
    const criteria = await download('#dl-xlsx');
    await cli([...args, '--format', 'xlsx', '--form', 'btctw-8b', '--out', join(dir, 'cli-8b.xlsx')]);
    expect(criteria.equals(readFileSync(join(dir, 'cli-8b.xlsx')))).toBe(true);
    // Other age bands chosen on the page: a form keeps its own, as the CLI does (it refuses other --age-bands
    // with a form); the form's age columns were left empty.
    await afterRun(page, () => page.selectOption('#age-bands', 'leaders'));
    await page.selectOption('#dl-form', 'btctw-8b');
    expect((await download('#dl-xlsx')).equals(criteria)).toBe(true);
    await page.selectOption('#dl-form', 'bm01');
    expect((await download('#dl-xlsx')).equals(form)).toBe(true);
    await afterRun(page, () => page.selectOption('#age-bands', 'bnv'));
    // Read back with exceljs's full reader: the form sheet is there and the cover counts the population.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.some((n) => /BM01/i.test(n))).toBe(true);
    const json = JSON.parse(await cli([...args, '--format', 'json'])) as SummaryReport;
    const cover = wb.worksheets[0];
    const numbers: number[] = [];
    cover.eachRow((row) => row.eachCell((c) => typeof c.value === 'number' && numbers.push(c.value)));
    expect(numbers).toContain(json.population);
  });

  it('shows the units side by side with the same figures as --by unit', async () => {
    await afterRun(page, () => page.check('#by-unit'));
    const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--by', 'unit', '--format', 'json'])) as SummaryReport;
    // The HTML report (as --by unit --format html) has a row per unit and the total, the categories side by side.
    const gender = await page.evaluate(() => {
      const root = document.getElementById('report')!.shadowRoot!;
      const h3 = Array.from(root.querySelectorAll('h3')).find((h) => h.textContent === 'Giới tính')!;
      let el = h3.nextElementSibling;
      while (el && el.tagName !== 'TABLE') el = el.nextElementSibling;
      return Array.from(el!.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((td) => td.textContent));
    });
    const row = (label: string, population: number, table: NonNullable<SummaryReport['dimensions']['gender']>) => [
      label,
      formatCount(population, 'vi'),
      ...table.categories.flatMap((c) => [formatCount(c.count, 'vi'), formatPercent(c.percent, 2, 'vi')]),
    ];
    expect(gender).toEqual([
      ...json.groups!.map((g) => row(g.label, g.population, g.dimensions.gender!)),
      row('Tổng số', json.population, json.dimensions.gender!),
    ]);
    expect(json.groups!.length).toBeGreaterThan(3);
    await page.evaluate(() => document.getElementById('report')!.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, '3-units-side-by-side.png'), timeout: HANG_GUARD_MS });
    await afterRun(page, () => page.uncheck('#by-unit'));
  });

  it('compares two periods as compare --format json does', async () => {
    await page.click('#clear');
    await page.check('#mode-compare');
    await afterRun(page, () => page.setInputFiles('#files', [join(FIXTURES, 'compare-2020.xlsx'), join(FIXTURES, 'compare-2025.xlsx')]));
    expect(await page.locator('#error').count()).toBe(0);
    const json = JSON.parse(await cli(['compare', 'compare-2020.xlsx', 'compare-2025.xlsx', '--as-of', AS_OF, '--format', 'json'])) as ComparisonReport;
    const got = JSON.parse((await download('#dl-json')).toString('utf8')) as ComparisonReport;
    // The same, but for the comparison's warnings, which say the same things in the page's words: its date
    // field, not --as-of.
    expect(got.warnings?.map((w) => w.code)).toEqual(['period_at_as_of', 'period_problems', 'period_problems']);
    expect(got.warnings?.map((w) => w.code)).toEqual(json.warnings?.map((w) => w.code));
    expect(got.warnings?.[0].message).toContain('đến ngày 31/12/2025 đã nhập');
    expect(JSON.stringify({ ...got, warnings: json.warnings }, null, 2)).toBe(JSON.stringify(json, null, 2));
    const text = await page.evaluate(() => document.getElementById('report')!.shadowRoot!.textContent ?? '');
    for (const p of json.periods) {
      expect(text).toContain(p.label);
      expect(text).toContain(formatCount(p.population, 'vi'));
    }
    const para = await cli(['compare', 'compare-2020.xlsx', 'compare-2025.xlsx', '--as-of', AS_OF, '--format', 'text']);
    expect(await page.textContent('#paragraph')).toBe(para.trim());
    await shoot(page, '4-comparison.png', '4b-comparison-tables.png');
  });

  it('says one clear line for a broken file, and keeps working', async () => {
    await page.click('#clear');
    await page.check('#mode-summary');
    const broken = join(dir, 'hong.xlsx');
    writeFileSync(broken, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 0x41)]));
    await afterRun(page, () => page.setInputFiles('#files', broken));
    const line = await page.textContent('#error .line');
    expect(line).toMatch(/^hong\.xlsx: tệp bị hỏng/);
    expect(line!.split('\n')).toHaveLength(1);
    const cliRun = await runCli(['summarize', 'hong.xlsx'], { cwd: dir });
    expect(cliRun.code).toBe(1);
    expect(await page.textContent('#error .detail code')).toBe(cliErrorLine(cliRun.stderr));
    await page.screenshot({ path: join(SHOTS, '5-error.png'), fullPage: true, timeout: HANG_GUARD_MS });
    await page.click('#remove-0');
    // An empty file is listed as one (its size was rounded up to "1 KB").
    const empty = join(dir, 'trong.xlsx');
    writeFileSync(empty, '');
    await afterRun(page, () => page.setInputFiles('#files', empty));
    expect(await page.textContent('#file-list li .size')).toBe('tệp trống');
    await page.click('#remove-0');
    await afterRun(page, () => page.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
    expect(await page.locator('#error').count()).toBe(0);
    expect(await page.locator('#report').count()).toBe(1);
    // The same name again is refused (messages name files by name), said until files are given again.
    await afterRun(page, () => page.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
    expect(await page.textContent('#notice')).toBe('sample-roster.xlsx: đã có một tệp cùng tên trong danh sách');
    expect(await page.locator('#file-list li').count()).toBe(1);
    expect(await page.locator('#report').count()).toBe(1);
  });

  it("reads a date typed day first whatever the browser's locale, and refuses one that is not a date", async () => {
    // An English-US browser shows <input type="date"> as mm/dd/yyyy; the page's field is day first everywhere.
    const us = await openPage('en-US');
    try {
      const p = us.page;
      await p.fill('#as-of', '1/7/2025');
      await p.locator('#as-of').blur();
      expect(await p.inputValue('#as-of')).toBe('01/07/2025');
      await afterRun(p, () => p.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
      expect(await p.textContent('#notes')).toContain('Tuổi tính đến ngày 01/07/2025');
      const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', '2025-07-01', '--format', 'json'])) as SummaryReport;
      await expectShownAsJson(p, json);
      // 31/02 is no day: said under the field, nothing runs, the last result stays.
      const before = await marks(p);
      await p.fill('#as-of', '31/02/2025');
      await p.locator('#as-of').blur();
      expect(await p.textContent('#as-of-error')).toBe('“31/02/2025” không phải là ngày: gõ ngày/tháng/năm, ví dụ 31/12/2025');
      expect(await p.getAttribute('#as-of', 'aria-invalid')).toBe('true');
      expect(await p.inputValue('#as-of')).toBe('31/02/2025');
      expect(await marks(p)).toEqual(before);
      expect(await p.locator('#report').count()).toBe(1);
      // The result left is said to be the last run's, dimmed, and cannot be downloaded; another option changed
      // meanwhile runs nothing either.
      expect(await p.textContent('#stale')).toContain('Kết quả dưới đây là của lần tính trước');
      expect(await p.evaluate(() => (document.querySelector('main.results') as HTMLElement).inert)).toBe(true);
      await p.selectOption('#age-bands', 'btctw');
      expect(await marks(p)).toEqual(before);
      expect(await p.locator('#stale').count()).toBe(1);
      // Corrected, it runs again with the new date.
      await afterRun(p, async () => {
        await p.fill('#as-of', '31/12/2025');
        await p.locator('#as-of').blur();
      });
      expect(await p.locator('#as-of-error').count()).toBe(0);
      expect(await p.locator('#stale').count()).toBe(0);
      expect(await p.textContent('#notes')).toContain('Tuổi tính đến ngày 31/12/2025');
      expect(us.consoleErrors).toEqual([]);
    } finally {
      await us.close();
    }
  });

  it('takes a date typed and not yet left when the file is dropped: one run, with that date', async () => {
    const fresh = await openPage();
    try {
      const p = fresh.page;
      // Typed, the caret still in the field (no Enter, no click elsewhere), then the file given.
      await p.fill('#as-of', '30/06/2025');
      await afterRun(p, () => p.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
      // The run used the typed date from the start: none was begun with the old date and cancelled.
      expect(await marks(p)).toEqual({ runs: 1, shown: 1, started: 1, cancelled: 0, busy: false, threads: 0 });
      expect(await p.textContent('#notes')).toContain('Tuổi tính đến ngày 30/06/2025');
      expect(await p.inputValue('#as-of')).toBe('30/06/2025');
      const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', '2025-06-30', '--format', 'json'])) as SummaryReport;
      await expectShownAsJson(p, json);
      // Leaving the field now changes nothing: the date was taken already.
      await p.locator('#as-of').focus();
      await p.locator('#as-of').blur();
      expect((await marks(p)).started).toBe(1);
      expect(fresh.consoleErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('shows rows/s while reading a big roster, and a newer run cancels the one still reading', async () => {
    await generateRoster(join(dir, 'lon.xlsx'), BIG_ROWS);
    await page.click('#clear');
    const before = await marks(page);
    await page.setInputFiles('#files', join(dir, 'lon.xlsx'));
    // The progress bar with rows and rows/s, as the file is read.
    const rate = /^Đang đọc lon\.xlsx › .+: [1-9][\d.]* dòng, [1-9][\d.]* dòng\/giây$/;
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#progress span')?.textContent ?? ''), rate.source, {
      timeout: HANG_GUARD_MS,
    });
    const first = await marks(page);
    expect(first.busy).toBe(true);
    expect(await page.locator('#progress progress').count()).toBe(1);
    // The person ticks "units side by side" while the file is still being read: that run is cancelled, not raced.
    // At once: a screenshot first took long enough on a loaded machine for the read to end before the tick.
    await afterRun(page, async () => {
      await page.check('#by-unit');
      // The newer run reading the same file, as the person sees it (its rows/s once told; it may end first).
      await page.waitForFunction(
        (re) => new RegExp(re).test(document.querySelector('#progress span')?.textContent ?? '') || document.body.dataset.busy === 'false',
        rate.source,
        { timeout: HANG_GUARD_MS },
      );
      await page.screenshot({ path: join(SHOTS, '6-progress.png'), timeout: HANG_GUARD_MS });
    });
    const after = await marks(page);
    expect(after.cancelled).toBe(first.cancelled + 1);
    expect(after.started).toBeGreaterThan(first.started);
    expect(after.shown).toBe(after.started);
    // Only the newer run ever ended in the view: the older one's result was never shown.
    expect(after.runs).toBe(before.runs + 1);
    const cliRun = await runCli(['summarize', 'lon.xlsx', '--as-of', AS_OF, '--by', 'unit', '--format', 'json'], { cwd: dir });
    expect(cliRun.code, cliRun.stderr).toBe(0);
    expect((await download('#dl-json')).toString('utf8')).toBe(cliRun.stdout);
    expect(await page.textContent('#done')).toMatch(/^Xong: [\d.]+ dòng trong [\d,]+ giây$/);
    await page.click('#clear');
    await page.uncheck('#by-unit');
    await afterRun(page, () => page.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
  });

  it('reads sheets on a second worker with the same figures and errors as the CLI (#scan-thread-bytes=0)', async () => {
    // Below 64 MiB of XML a sheet is read on one thread; the address lowers that to 0: every sheet on two.
    const two = await openPage('vi-VN', '#scan-thread-bytes=0');
    try {
      const p = two.page;
      // The CLI on two threads too, telling each sheet read on the second (a sheet with merged title rows is read twice).
      const json = async (args: string[], cwd = FIXTURES): Promise<{ out: string; threads: number }> => {
        const r = await runCli([...args, '--as-of', AS_OF, '--format', 'json'], {
          cwd,
          env: { CADRE_STATS_SCAN_THREAD_BYTES: '0', CADRE_STATS_THREAD_REPORT: '1' },
        });
        expect(r.code, r.stderr).toBe(0);
        return { out: r.stdout, threads: r.stderr.split('\n').filter((l) => l.startsWith('__THREADS__')).length };
      };
      const shownJson = async (): Promise<string> => {
        const [dl] = await Promise.all([p.waitForEvent('download', { timeout: HANG_GUARD_MS }), p.click('#dl-json')]);
        return readFileSync((await dl.path())!, 'utf8');
      };
      await p.fill('#as-of', '31/12/2025');
      await p.locator('#as-of').blur();
      await afterRun(p, () => p.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
      const sample = await json(['summarize', 'sample-roster.xlsx']);
      expect(sample.threads).toBeGreaterThan(0);
      expect((await marks(p)).threads).toBe(sample.threads);
      expect(await shownJson()).toBe(sample.out);
      // A big roster (its batches wait for the reading worker), and one after it: each takes a worker.
      await generateRoster(join(two.dir, 'lon.xlsx'), BIG_ROWS);
      await p.click('#clear');
      await afterRun(p, () => p.setInputFiles('#files', join(two.dir, 'lon.xlsx')));
      const big = await json(['summarize', 'lon.xlsx'], two.dir);
      expect(big.threads).toBeGreaterThan(0);
      expect((await marks(p)).threads).toBe(big.threads);
      expect(await shownJson()).toBe(big.out);
      // A sheet whose compressed data is damaged: the same one line as the CLI's, read on its second thread.
      const bytes = readFileSync(join(FIXTURES, 'sample-roster.xlsx'));
      const name = Buffer.from('xl/worksheets/sheet1.xml');
      const header = bytes.indexOf(name) - 30;
      expect(bytes.readUInt32LE(header)).toBe(0x04034b50);
      const data = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
      const damaged = Buffer.from(bytes);
      damaged[data + (bytes.readUInt32LE(header + 18) >> 1)] ^= 0xff;
      writeFileSync(join(two.dir, 'hong-sheet.xlsx'), damaged);
      await p.click('#clear');
      await afterRun(p, () => p.setInputFiles('#files', join(two.dir, 'hong-sheet.xlsx')));
      const cliRun = await runCli(['summarize', 'hong-sheet.xlsx'], { cwd: two.dir, env: { CADRE_STATS_SCAN_THREAD_BYTES: '0' } });
      expect(cliRun.code).toBe(1);
      expect(await p.textContent('#error .detail code')).toBe(cliErrorLine(cliRun.stderr));
      expect(two.consoleErrors).toEqual([]);
    } finally {
      await two.close();
    }
  });

  it('switches to English', async () => {
    await afterRun(page, () => page.click('#lang'));
    expect(await page.textContent('h1')).toBe('Statistics on cadres, civil servants and public employees');
    expect(await page.title()).toBe('cadre-stats — Statistics on cadres, civil servants and public employees');
    const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--lang', 'en', '--format', 'json'])) as SummaryReport;
    expect((await download('#dl-json')).toString('utf8')).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('made no request to any server, and logged no error', () => {
    expect(opened.requests.length).toBeGreaterThan(0);
    expect(opened.requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });
});
