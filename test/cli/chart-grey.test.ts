import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { renderComparisonHtml, renderSummaryHtml } from '../../src/render/html.js';
import type { RenderContext } from '../../src/render/render-context.js';
import type { DecodedPng } from '../helpers/png-decode.js';
import { CHROMIUM, screenshot } from '../helpers/screenshot.js';
import { FIX, settings } from '../helpers/settings.js';

// Printed on a black-and-white printer, a stacked bar must still tell its segments apart. The charts of a
// three-period comparison and of a --by unit page are drawn by headless Chromium, turned to grey (BT.601
// luma, as a grey printer mixes) and every pair of neighbouring segments is compared: they must differ in
// their grey level or in their texture (the hatching of every other segment).
const RUN = existsSync(CHROMIUM) || Boolean(process.env.CI);
const ctx: RenderContext = { lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false };
/**
 * Smallest difference of mean grey, or of its spread, taken as visible in print. The single-hue shades
 * used before (no hatching) came down to 13 between neighbours on these fixtures and fail; the even grey
 * steps with every other segment hatched keep at least about 25.
 */
const MIN_DIFFERENCE = 20;

interface Segment {
  chart: number;
  period: number;
  category: number;
  x: number;
  y: number;
  width: number;
}

/** The stacked charts of a page, each with its segments' boxes (SVG units = CSS px at the top left of a bare page). */
function stackedCharts(html: string): Array<{ svg: string; height: number; segments: Segment[] }> {
  return [...html.matchAll(/<svg class="chart stacked"[\s\S]*?<\/svg>/g)].map((m, chart) => {
    const svg = m[0];
    const height = Number(/ height="([\d.]+)"/.exec(svg)![1]);
    const segments: Segment[] = [];
    [...svg.matchAll(/<g class="period"[\s\S]*?<\/g>/g)].forEach((g, period) => {
      for (const r of g[0].matchAll(/<rect class="segment" data-category="(\d+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)) {
        segments.push({ chart, period, category: Number(r[1]), x: Number(r[2]), y: Number(r[3]), width: Number(r[4]) });
      }
    });
    return { svg, height, segments };
  });
}

/** Mean and spread of the grey level over a box of the screenshot. */
function greyStats(img: DecodedPng, x0: number, y0: number, x1: number, y1: number): { mean: number; sd: number } {
  const values: number[] = [];
  for (let y = Math.ceil(y0); y < Math.floor(y1); y++) {
    for (let x = Math.ceil(x0); x < Math.floor(x1); x++) {
      const i = (y * img.width + x) * img.channels;
      values.push(0.299 * img.pixels[i] + 0.587 * img.pixels[i + 1] + 0.114 * img.pixels[i + 2]);
    }
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  return { mean, sd };
}

describe.skipIf(!RUN)('stacked charts in grey print', () => {
  let pages: string[];
  beforeAll(async () => {
    const three = (
      await compareFiles([{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2022.xlsx')] }, { files: [FIX('compare-2025.xlsx')] }], settings())
    ).report;
    const byUnit = (await summarizeFiles([FIX('sample-roster.xlsx')], settings({ by: 'unit' }))).report;
    pages = [renderComparisonHtml(three, ctx), renderSummaryHtml(byUnit, { ...ctx, by: 'unit', layout: 'wide' })];
  });

  it('tells every pair of neighbouring segments apart, in every chart', async () => {
    const charts = pages.flatMap(stackedCharts);
    expect(charts.length).toBe(26);
    // One bare page: the charts one under the other at their own size, so a segment's box is known in pixels.
    const tops: number[] = [];
    let top = 0;
    for (const c of charts) {
      tops.push(top);
      top += c.height;
    }
    const page = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}svg{display:block}</style></head><body>${charts.map((c) => c.svg).join('')}</body></html>`;
    const img = await screenshot(page, Math.ceil(top) + 20, 50_000);
    let pairs = 0;
    const failures: string[] = [];
    charts.forEach((c, ci) => {
      const byPeriod = new Map<number, Segment[]>();
      for (const s of c.segments) byPeriod.set(s.period, [...(byPeriod.get(s.period) ?? []), s]);
      for (const segs of byPeriod.values()) {
        // The band above the text inside the bar: rows 1–4 of the 18 px segment, 1 px in from each side.
        const stats = segs.map((s) => ({
          s,
          ...(s.width >= 6 ? greyStats(img, s.x + 1.5, tops[ci] + s.y + 1, s.x + s.width - 1.5, tops[ci] + s.y + 5) : { mean: NaN, sd: NaN }),
        }));
        for (let i = 1; i < stats.length; i++) {
          const [a, b] = [stats[i - 1], stats[i]];
          if (Number.isNaN(a.mean) || Number.isNaN(b.mean)) continue;
          pairs++;
          if (Math.abs(a.mean - b.mean) < MIN_DIFFERENCE && Math.abs(a.sd - b.sd) < MIN_DIFFERENCE) {
            failures.push(
              `chart ${ci} period ${a.s.period}: categories ${a.s.category} and ${b.s.category} grey ${a.mean.toFixed(0)}±${a.sd.toFixed(0)} vs ${b.mean.toFixed(0)}±${b.sd.toFixed(0)}`,
            );
          }
        }
      }
    });
    expect(pairs).toBeGreaterThan(150);
    expect(failures).toEqual([]);
  }, 60_000);

  it('lists every category of a chart in its legend, with a number where a segment is too narrow for its percent', () => {
    for (const c of pages.flatMap(stackedCharts)) {
      const legend = [...c.svg.matchAll(/<g class="legend-item">/g)].length;
      const categories = Math.max(...c.segments.map((s) => s.category)) + 1;
      expect(legend).toBeGreaterThanOrEqual(categories);
      const numbered = /text-anchor="middle"[^>]*>\d+<\/text>/.test(c.svg);
      if (numbered) expect(c.svg).toMatch(/>1\. /);
    }
  });
});
