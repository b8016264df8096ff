import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SummaryReport } from '../../src/report/types.js';
import { formatCount, formatPercent } from '../../src/render/format-number.js';
import { HANG_GUARD_MS, ROOT, runCli } from './run-cli.js';
import { IN_CI } from './shared.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';

export { CHROMIUM };
/** Without chromium: skip on a developer machine (saying why), fail in CI (which installs it). */
export function noChromium(what: string): boolean {
  if (existsSync(CHROMIUM) || IN_CI) return false;
  process.stderr.write(`skipped: ${what} needs Debian's Chromium at ${CHROMIUM}\n`);
  return true;
}

/** Where the tests leave their screenshots for a person to look at (gitignored). */
export const SHOTS = join(ROOT, '.tmp', 'web-screenshots');

export interface OpenPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** A fresh temporary folder holding the page (`cadre-stats.html`), for files the test writes. */
  dir: string;
  /** Every request the page or its worker made. */
  requests: string[];
  /** Errors the page logged or threw. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * Writes the page with the CLI (`cadre-stats web`), opens it from file:// in headless Chromium, no network;
 * `hash` is put after the page's address (`#scan-thread-bytes=0`).
 */
export async function openPage(locale = 'vi-VN', hash = ''): Promise<OpenPage> {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-web-'));
  const written = await runCli(['web', '--out', join(dir, 'cadre-stats.html')]);
  expect(written.code, written.stderr).toBe(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS],
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 }, locale });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  // Every request the page or its worker makes; anything but the page's own file, blob: and data: is refused.
  context.on('request', (r) => requests.push(r.url()));
  await context.route(/^(?!file:|blob:|data:)/, (route) => route.abort());
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(pathToFileURL(join(dir, 'cadre-stats.html')).href + hash);
  await page.waitForSelector('#drop');
  return {
    browser,
    context,
    page,
    dir,
    requests,
    consoleErrors,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The page's marks for tests (document.body.dataset): runs ended, the run shown, the last run started, runs cancelled. */
export async function marks(page: Page): Promise<{ runs: number; shown: number; started: number; cancelled: number; busy: boolean; threads: number }> {
  return page.evaluate(() => {
    const d = document.body.dataset;
    return {
      runs: Number(d.runs ?? 0),
      shown: Number(d.shown ?? 0),
      started: Number(d.started ?? 0),
      cancelled: Number(d.cancelled ?? 0),
      busy: d.busy === 'true',
      threads: Number(d.threads ?? 0),
    };
  });
}

/** Does `action` (which starts a run) and waits until the page shows that run's result or error. */
export async function afterRun(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = (await marks(page)).runs;
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n && document.body.dataset.busy === 'false', before, { timeout: HANG_GUARD_MS });
}

/** Every dimension and indicator table the page shows in its report, as text cells (read from the shadow root). */
export async function shownTables(page: Page): Promise<Array<{ title: string; rows: string[][] }>> {
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
export function expectedTables(report: SummaryReport): Array<{ title: string; rows: string[][] }> {
  return Object.values(report.dimensions)
    .filter((t) => t && !t.missing)
    .map((t) => ({ title: t!.label, rows: t!.categories.map((c) => [c.label, formatCount(c.count, 'vi'), formatPercent(c.percent, 2, 'vi')]) }));
}

/** Asserts the page shows every dimension table and every counted indicator of the CLI's JSON, figure for figure. */
export async function expectShownAsJson(page: Page, json: SummaryReport, minTables = 4): Promise<void> {
  const shown = await shownTables(page);
  const expected = expectedTables(json);
  expect(expected.length).toBeGreaterThanOrEqual(minTables);
  for (const e of expected) expect(shown).toContainEqual(e);
  const indicators = shown.find((t) => t.title === 'Các chỉ tiêu')!;
  for (const i of Object.values(json.indicators)) {
    if ('count' in i)
      expect(indicators.rows).toContainEqual([i.label, formatCount(i.count, 'vi'), formatCount(i.base, 'vi'), formatPercent(i.percent, 2, 'vi')]);
  }
}

/** The CLI's error as the page shows it under its own line: stderr's first line, its hint in brackets. */
export function cliErrorLine(stderr: string): string {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.startsWith('cadre-stats: '));
  const hint = /^\s+\S/.test(lines[at + 1] ?? '') ? lines[at + 1].trim() : '';
  return lines[at] + (hint ? ` (${hint})` : '');
}
