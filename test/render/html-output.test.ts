import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSION_KEYS } from '../../src/model/dimensions.js';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { chartColour, segmentColours } from '../../src/render/chart-palette.js';
import { renderComparisonHtml, renderSummaryHtml } from '../../src/render/html.js';
import type { RenderContext } from '../../src/render/render-context.js';
import { CHART_WIDTH } from '../../src/render/svg-bars.js';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { ui } from '../../src/vocab/ui.js';
import { runCli } from '../helpers/run-cli.js';
import { FIX, settings } from '../helpers/settings.js';

const ctx = (over: Partial<RenderContext> = {}): RenderContext => ({ lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false, ...over });
const HOSTILE = `<script>alert("x")</script> & 'q'`;
const HOSTILE_ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;';

/** The `<svg …>…</svg>` elements of a page, each with its `data-dimension`. */
function charts(html: string): Array<{ dimension: string; svg: string }> {
  return [...html.matchAll(/<svg [^>]*data-dimension="([^"]+)"[\s\S]*?<\/svg>/g)].map((m) => ({ dimension: m[1], svg: m[0] }));
}

function widths(svg: string, cls: string): number[] {
  return [...svg.matchAll(new RegExp(`<rect class="${cls}"[^>]* width="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

let summary: SummaryReport;
let byLevel: SummaryReport;
let english: SummaryReport;
let comparison: ComparisonReport;
let three: ComparisonReport;

beforeAll(async () => {
  summary = (await summarizeFiles([FIX('sample-roster.xlsx')], settings())).report;
  byLevel = (await summarizeFiles([FIX('sample-roster.xlsx')], settings({ by: 'level' }))).report;
  english = (await summarizeFiles([FIX('sample-roster.xlsx')], settings({ lang: 'en' }))).report;
  comparison = (await compareFiles([{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2025.xlsx')] }], settings())).report;
  three = (
    await compareFiles([{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2022.xlsx')] }, { files: [FIX('compare-2025.xlsx')] }], settings())
  ).report;
});

describe('summary as HTML', () => {
  it('is one self-contained, A4-printable document', () => {
    const html = renderSummaryHtml(summary, ctx());
    expect(html.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('@page { size: A4; margin: 15mm 15mm 18mm;');
    expect(html).toMatch(/\.part \{[^}]*break-inside: avoid/);
    expect(html).toMatch(/body \{[^}]*font: [^;]*"Times New Roman"/);
    expect(html).toContain(`<title>${ui('summaryTitle', 'vi')}</title>`);
    for (const forbidden of ['http://', 'https://', 'src=', 'href=', '@import', '<script', '<link', '<img', '<iframe']) expect(html).not.toContain(forbidden);
    // url() only for the page's own patterns.
    expect(html).not.toMatch(/url\((?!#hatch-)/);
    for (const { svg } of charts(html)) expect(svg).toContain(`width="${CHART_WIDTH}"`);
    expect(CHART_WIDTH).toBeLessThanOrEqual(Math.floor((180 / 25.4) * 96));
  });

  it('has the preamble: reference date, population', () => {
    const html = renderSummaryHtml(summary, ctx());
    expect(html).toContain('<p>Tính đến ngày: 31/12/2024</p>');
    expect(html).toContain('<p>Tổng số: 300 người</p>');
  });

  it('draws one chart per dimension, in table order, each in its own colour', () => {
    const html = renderSummaryHtml(summary, ctx());
    const keys = DIMENSION_KEYS.filter((d) => summary.dimensions[d] && !summary.dimensions[d]!.missing);
    expect(keys.length).toBe(13);
    expect(html.split('<svg').length - 1).toBe(keys.length);
    const found = charts(html);
    expect(found.map((c) => c.dimension)).toEqual(keys);
    for (const { dimension, svg } of found) {
      const fills = new Set([...svg.matchAll(/<rect class="bar"[^>]* fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
      expect([...fills]).toEqual([chartColour(dimension)]);
    }
  });

  it('makes bar length proportional to percent, one bar per category', () => {
    const html = renderSummaryHtml(summary, ctx());
    for (const { dimension, svg } of charts(html)) {
      const cats = summary.dimensions[dimension as keyof SummaryReport['dimensions']]!.categories;
      const tracks = widths(svg, 'track');
      expect(tracks.length).toBe(cats.length);
      const bars = widths(svg, 'bar');
      expect(bars.length).toBe(cats.length);
      for (const [i, c] of cats.entries()) expect(bars[i]).toBeCloseTo((tracks[i] * c.percent) / 100, 2);
    }
  });

  it('writes numbers the Vietnamese way', () => {
    const html = renderSummaryHtml(summary, ctx());
    expect(html).toContain('<td class="r">201</td>');
    expect(html).toContain('<td class="r">67,00</td>');
    expect(html).toContain('>67,00% (201)</text>');
    const big = clone(summary);
    big.population = 27071;
    expect(renderSummaryHtml(big, ctx())).toContain('<p>Tổng số: 27.071 người</p>');
  });

  it('speaks English with --lang en', () => {
    const html = renderSummaryHtml(english, ctx({ lang: 'en' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${ui('summaryTitle', 'en')}</h1>`);
    expect(html).toContain('<h3>Gender</h3>');
    expect(html).toContain('<p>Total: 300 people</p>');
    expect(html).toContain('>67.00% (201)</text>');
    expect(html).not.toContain('Giới tính');
  });

  it('escapes every text from the data: a unit named <script> stays inert', () => {
    const r = clone(byLevel);
    r.filters = [HOSTILE];
    r.groups![0].label = HOSTILE;
    r.dimensions.gender!.label = HOSTILE;
    r.dimensions.gender!.categories[0].label = HOSTILE;
    const html = renderSummaryHtml(r, ctx({ by: HOSTILE }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain(`"x"`);
    expect(html).toContain(`<h3>${HOSTILE_ESCAPED}</h3>`);
    expect(html).toContain(`aria-label="${HOSTILE_ESCAPED}"`);
    expect(html).toContain(`>${HOSTILE_ESCAPED}</text>`);
    expect(html).toContain(`<td>${HOSTILE_ESCAPED}</td>`);
    expect(html).toContain(`Theo ${HOSTILE_ESCAPED}: ${HOSTILE_ESCAPED}`);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('shows a note instead of a chart for a dimension without a roster column', () => {
    const r = clone(summary);
    r.dimensions.rank!.missing = true;
    const html = renderSummaryHtml(r, ctx());
    expect(charts(html).map((c) => c.dimension)).not.toContain('rank');
    expect(html.split('<svg').length - 1).toBe(12);
    expect(html).toContain(`<h3>${r.dimensions.rank!.label}</h3>\n<p class="note">${ui('missing', 'vi')}</p>`);
  });

  it('repeats the charts for each --by group', () => {
    const html = renderSummaryHtml(byLevel, ctx({ by: 'level' }));
    const sections = 1 + byLevel.groups!.length;
    expect(byLevel.groups!.length).toBeGreaterThan(0);
    expect(charts(html).length).toBe(13 * sections);
    expect(html.split('<h2>').length - 1).toBe(sections);
  });

  it('--layout wide: a table per dimension with a row per group and the total, and a stacked bar per group', () => {
    const html = renderSummaryHtml(byLevel, ctx({ by: 'level', layout: 'wide' }));
    const rows = byLevel.groups!.length + 1;
    const found = charts(html);
    expect(found.length).toBe(13);
    for (const { svg } of found) expect(svg.split('<g class="period"').length - 1).toBe(rows);
    expect(html).toContain('<h2>Theo cấp</h2>');
    expect(html).toContain('<tr class="total"><td>Tổng số</td><td class="r">300</td>');
  });

  it('starts each --by group on a new printed page in the long layout', () => {
    const html = renderSummaryHtml(byLevel, ctx({ by: 'level' }));
    expect(html.split('<section class="block new-page">').length - 1).toBe(byLevel.groups!.length);
    expect(html).toMatch(/section\.new-page \{ break-before: page;/);
  });

  it('gives the same bytes for the same report', () => {
    expect(renderSummaryHtml(clone(byLevel), ctx({ by: 'level' }))).toBe(renderSummaryHtml(byLevel, ctx({ by: 'level' })));
  });
});

describe('comparison as HTML', () => {
  it('draws one stacked bar group per period, segments filling the width', () => {
    for (const report of [comparison, three]) {
      const html = renderComparisonHtml(report, ctx());
      const labels = report.periods.map((p) => p.label);
      const found = charts(html);
      expect(found.length).toBe(13);
      for (const { dimension, svg } of found) {
        const groups = [...svg.matchAll(/<g class="period" data-period="([^"]*)">([\s\S]*?)<\/g>/g)];
        expect(groups.map((g) => g[1])).toEqual(labels);
        const table = report.dimensions[dimension as keyof ComparisonReport['dimensions']]!;
        for (const [p, g] of groups.entries()) {
          if (table.missing?.includes(labels[p])) {
            expect(g[2]).not.toContain('<rect');
            expect(g[2]).toContain(`>${ui('missingShort', 'vi')}</text>`);
            continue;
          }
          const total = widths(g[2], 'segment').reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(CHART_WIDTH, 0);
        }
        // A hatched swatch fills with its pattern, whose ground is the segment's shade.
        const patterns = new Map([...svg.matchAll(/<pattern id="([^"]+)"[^>]*><rect width="5" height="5" fill="(#[0-9a-f]{6})"/g)].map((m) => [m[1], m[2]]));
        const legend = [...svg.matchAll(/<rect class="swatch"[^>]* fill="(#[0-9a-f]{6}|url\(#[^)]+\))"/g)].map((m) =>
          m[1].startsWith('url') ? patterns.get(m[1].slice(5, -1)) : m[1],
        );
        expect(legend).toEqual(segmentColours(dimension, table.categories.length));
        const hatched = [...svg.matchAll(/<rect class="swatch"[^>]* fill="url/g)].length;
        expect(hatched).toBe(Math.floor(table.categories.length / 2));
      }
    }
  });

  it('marks the period whose roster lacks a column, and has the change columns', () => {
    const html = renderComparisonHtml(comparison, ctx());
    expect(comparison.dimensions.rank!.missing).toEqual(['2020']);
    expect(html).toContain(`<p class="note">${ui('missingIn', 'vi', { labels: '2020' })}</p>`);
    expect(html).toContain(`<th class="r">${ui('changePointsShort', 'vi')}</th>`);
    expect(html).toContain('<th class="c" colspan="3">2025 so với 2020</th>');
    expect(html).toContain('<p>Tổng số: 2020: 50 người · 2025: 52 người</p>');
    // A period named otherwise than by its year is "kỳ …", not "năm …".
    const named = structuredClone(comparison);
    named.dimensions.rank!.missing = ['ds-cu'];
    expect(renderComparisonHtml(named, ctx())).toContain('<p class="note">không có cột này trong danh sách kỳ ds-cu</p>');
  });

  it('shows a note and no chart when no period has the column', () => {
    const r = clone(comparison);
    r.dimensions.rank!.missing = ['2020', '2025'];
    const html = renderComparisonHtml(r, ctx());
    expect(charts(html).map((c) => c.dimension)).not.toContain('rank');
    expect(html.split('<svg').length - 1).toBe(12);
  });

  it('escapes a hostile period label', () => {
    const r = clone(comparison);
    r.periods[0].label = HOSTILE;
    const html = renderComparisonHtml(r, ctx());
    expect(html).not.toContain('<script');
    expect(html).toContain(`data-period="${HOSTILE_ESCAPED}"`);
  });

  it('speaks English and stays free of external references', () => {
    const html = renderComparisonHtml(comparison, ctx({ lang: 'en' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${ui('compareTitle', 'en')}</h1>`);
    for (const forbidden of ['http://', 'https://', 'src=', '<script']) expect(html).not.toContain(forbidden);
    expect(html).not.toMatch(/url\((?!#hatch-)/);
  });
});

describe('chart palette', () => {
  it('gives every dimension its own non-grey colour, and no two dimensions share a segment shade', () => {
    const owner = new Map<string, string>();
    for (const d of DIMENSION_KEYS) {
      for (let n = 1; n <= 12; n++) {
        for (const c of segmentColours(d, n)) {
          const [r, g, b] = [1, 3, 5].map((at) => parseInt(c.slice(at, at + 2), 16));
          expect(r === g && g === b, `${d} ${c} is grey`).toBe(false);
          expect(owner.get(c) ?? d, `${c} of ${d}`).toBe(d);
          owner.set(c, d);
        }
      }
    }
    expect(new Set(DIMENSION_KEYS.map(chartColour)).size).toBe(DIMENSION_KEYS.length);
  });
});

describe('the built CLI', () => {
  it('writes the HTML page, the same bytes each run', async () => {
    const args = ['summarize', 'fixtures/sample-roster.xlsx', '--format', 'html'];
    const [a, b] = [await runCli(args), await runCli(args)];
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(charts(a.stdout).length).toBe(13);
    expect(b.stdout).toBe(a.stdout);
    const c = await runCli(['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--format', 'html', '--lang', 'en']);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain('<html lang="en">');
    expect(charts(c.stdout).length).toBe(13);
  });
});
