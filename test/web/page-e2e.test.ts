import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { formatCount, formatPercent } from '../../src/render/format-number.js';
import { FIXTURES, HANG_GUARD_MS, ROOT, runCli } from '../helpers/run-cli.js';
import { IN_CI } from '../helpers/shared.js';

const CHROMIUM = '/usr/bin/chromium';
// Without chromium: skip on a developer machine (saying why), fail in CI (which installs it).
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !IN_CI) process.stderr.write(`skipped: the offline page's end-to-end test needs Debian's Chromium at ${CHROMIUM}\n`);
const RUN = HAVE_CHROMIUM || IN_CI;

/** Where the test leaves its screenshots for a person to look at (gitignored). */
const SHOTS = join(ROOT, '.tmp', 'web-screenshots');
const AS_OF = '2025-12-31';

/** Every dimension and indicator table the page shows in its report, as text cells (read from the shadow root). */
async function shownTables(page: Page): Promise<Array<{ title: string; rows: string[][] }>> {
  return page.evaluate(() => {
    const root = document.getElementById('report')!.shadowRoot!;
    return Array.from(root.querySelectorAll('h3')).map((h3) => {
      let el = h3.nextElementSibling;
      while (el && el.tagName !== 'TABLE') el = el.nextElementSibling;
      const rows = el ? Array.from(el.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')) : [];
      return { title: h3.textContent ?? '', rows };
    });
  });
}

/** The rows the CLI's JSON says the first (total) tables must show, formatted as the page formats them. */
function expectedTables(report: SummaryReport): Array<{ title: string; rows: string[][] }> {
  return Object.values(report.dimensions)
    .filter((t) => t && !t.missing)
    .map((t) => ({ title: t!.label, rows: t!.categories.map((c) => [c.label, formatCount(c.count, 'vi'), formatPercent(c.percent, 2, 'vi')]) }));
}

/** Does `action` (which starts a run) and waits until the page shows that run's result or error. */
async function afterRun(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => Number(document.body.dataset.runs ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n && document.body.dataset.busy === 'false', before, { timeout: HANG_GUARD_MS });
}

describe.skipIf(!RUN)('the offline page in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

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
    dir = mkdtempSync(join(tmpdir(), 'cadre-web-'));
    mkdirSync(SHOTS, { recursive: true });
    const written = await runCli(['web', '--out', join(dir, 'cadre-stats.html')]);
    expect(written.code, written.stderr).toBe(0);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 }, locale: 'vi-VN' });
    // Every request the page or its worker makes; anything but the page's own file, blob: and data: is refused.
    context.on('request', (r) => requests.push(r.url()));
    await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(pathToFileURL(join(dir, 'cadre-stats.html')).href);
  }, HANG_GUARD_MS);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens empty, in Vietnamese, from file://', async () => {
    await page.waitForSelector('#drop');
    expect(await page.textContent('h1')).toBe('Thống kê chất lượng đội ngũ cán bộ, công chức, viên chức');
    expect(await page.textContent('#drop')).toContain('Kéo thả danh sách');
    await page.screenshot({ path: join(SHOTS, '1-empty.png'), fullPage: true, timeout: HANG_GUARD_MS });
  });

  it('shows the figures summarize --format json gives for the same file and options', async () => {
    await page.fill('#as-of', AS_OF);
    await afterRun(page, () => page.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
    expect(await page.locator('#error').count()).toBe(0);
    const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--format', 'json'])) as SummaryReport;
    const shown = await shownTables(page);
    const expected = expectedTables(json);
    expect(expected.length).toBeGreaterThan(5);
    for (const e of expected) expect(shown).toContainEqual(e);
    // The indicators table: each indicator's count and percent.
    const indicators = shown.find((t) => t.title === 'Các chỉ tiêu')!;
    for (const i of Object.values(json.indicators)) {
      if ('count' in i)
        expect(indicators.rows).toContainEqual([i.label, formatCount(i.count, 'vi'), formatCount(i.base, 'vi'), formatPercent(i.percent, 2, 'vi')]);
    }
    expect(await page.textContent('#report')).toBe(''); // the report lives in the shadow root
    const para = await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--format', 'text']);
    expect(await page.textContent('#paragraph')).toBe(para.trim());
    expect(await page.textContent('#problems')).toContain(`Giá trị không nhận ra (${formatCount(json.problems.length, 'vi')})`);
    await page.screenshot({ path: join(SHOTS, '2-summary.png'), fullPage: true, timeout: HANG_GUARD_MS });
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
    expect((await download('#dl-json')).toString('utf8')).toBe(`${JSON.stringify(json, null, 2)}\n`);
    const text = await page.evaluate(() => document.getElementById('report')!.shadowRoot!.textContent ?? '');
    for (const p of json.periods) {
      expect(text).toContain(p.label);
      expect(text).toContain(formatCount(p.population, 'vi'));
    }
    const para = await cli(['compare', 'compare-2020.xlsx', 'compare-2025.xlsx', '--as-of', AS_OF, '--format', 'text']);
    expect(await page.textContent('#paragraph')).toBe(para.trim());
    await page.screenshot({ path: join(SHOTS, '4-comparison.png'), fullPage: true, timeout: HANG_GUARD_MS });
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
    const cliRun = await runCli(['summarize', 'hong.xlsx', '--lang', 'en'], { cwd: dir });
    expect(cliRun.code).toBe(1);
    expect(await page.textContent('#error .detail code')).toBe(
      cliRun.stderr.split('\n')[0] + (cliRun.stderr.split('\n')[1]?.trim() ? ` (${cliRun.stderr.split('\n')[1].trim()})` : ''),
    );
    await page.screenshot({ path: join(SHOTS, '5-error.png'), fullPage: true, timeout: HANG_GUARD_MS });
    await page.click('#remove-0');
    await afterRun(page, () => page.setInputFiles('#files', join(FIXTURES, 'sample-roster.xlsx')));
    expect(await page.locator('#error').count()).toBe(0);
    expect(await page.locator('#report').count()).toBe(1);
  });

  it('switches to English', async () => {
    await afterRun(page, () => page.click('#lang'));
    expect(await page.textContent('h1')).toBe('Statistics on cadres, civil servants and public employees');
    const json = JSON.parse(await cli(['summarize', 'sample-roster.xlsx', '--as-of', AS_OF, '--lang', 'en', '--format', 'json'])) as SummaryReport;
    expect((await download('#dl-json')).toString('utf8')).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('made no request to any server, and logged no error', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
