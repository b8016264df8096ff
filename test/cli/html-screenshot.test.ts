import { existsSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMENSION_KEYS, type DimensionKey } from '../../src/model/dimensions.js';
import { compareFiles } from '../../src/pipeline/compare-files.js';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { chartColour, segmentColours } from '../../src/render/chart-palette.js';
import { renderComparisonHtml, renderSummaryHtml } from '../../src/render/html.js';
import type { RenderContext } from '../../src/render/render-context.js';
import type { ComparisonReport } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';
import { decodePng } from '../helpers/png-decode.js';
import { CHROMIUM, inkedPixels, missingCharts, screenshot, SHOT_WIDTH } from '../helpers/screenshot.js';
import { FIX, settings } from '../helpers/settings.js';

// Without chromium: skip on a developer machine, fail in CI (which installs it).
const RUN = existsSync(CHROMIUM) || Boolean(process.env.CI);
/** Well taller than either fixture page (about 4,100 and 4,900 px here; fonts differ between machines); the test checks the bottom stays blank. */
const WINDOW_HEIGHT = 8000;
/**
 * Pixels a chart must show in its colours. A summary chart's bars add up to 100% of a 560 × 12 px
 * track (6,720 px); a stacked bar is 680 × 18 px per period; a legend alone is 100 px per swatch.
 */
const MIN_PIXELS = 3000;
const ctx: RenderContext = { lang: 'vi', decimals: 2, color: false, csvLocale: 'default', bars: false };

/** The charts a summary should show, each with the colour that only it uses. */
function summaryCharts(report: SummaryReport): Array<{ name: string; colours: string[] }> {
  return DIMENSION_KEYS.filter((d) => report.dimensions[d] && !report.dimensions[d]!.missing).map((d) => ({ name: d, colours: [chartColour(d)] }));
}

/** The charts a comparison should show, each with its segment shades. */
function comparisonCharts(report: ComparisonReport): Array<{ name: string; colours: string[] }> {
  return DIMENSION_KEYS.flatMap((d: DimensionKey) => {
    const t = report.dimensions[d];
    return t && (t.missing?.length ?? 0) < report.periods.length ? [{ name: d, colours: segmentColours(d, t.categories.length) }] : [];
  });
}

// ---- a tiny PNG encoder, to check the decoder on every filter type ----

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]);
}

/** Encodes pixels as a PNG with row `y` filtered by `filters[y % filters.length]`. */
function encodePng(width: number, height: number, channels: 3 | 4, pixels: Uint8Array, filters: number[]): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const f = filters[y % filters.length];
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const at = (dx: number, dy: number): number => (x + dx >= 0 && y + dy >= 0 ? pixels[(y + dy) * stride + x + dx] : 0);
      const [a, b, c] = [at(-channels, 0), at(0, -1), at(-channels, -1)];
      const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][f];
      raw[y * (stride + 1) + 1 + x] = (pixels[y * stride + x] - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 3 ? 2 : 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the test PNG decoder', () => {
  it('undoes filter types 0–4 on RGB and RGBA', () => {
    for (const channels of [3, 4] as const) {
      const [width, height] = [7, 10];
      // Pseudo-random bytes, so every predictor matters and wraps around 255.
      const pixels = Uint8Array.from({ length: width * height * channels }, (_, i) => (i * 97 + ((i * i) % 13) * 31) & 0xff);
      for (const filters of [[0], [1], [2], [3], [4], [0, 1, 2, 3, 4]]) {
        const img = decodePng(encodePng(width, height, channels, pixels, filters));
        expect({ width: img.width, height: img.height, channels: img.channels }).toEqual({ width, height, channels });
        expect(Buffer.from(img.pixels).equals(Buffer.from(pixels)), `filters ${filters} channels ${channels}`).toBe(true);
      }
    }
  });

  it('refuses what it cannot read', () => {
    const png = encodePng(1, 1, 3, new Uint8Array(3), [0]);
    png[24] = 16; // bit depth
    expect(() => decodePng(png)).toThrow(/bit depth 16/);
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});

describe.skipIf(!RUN)('HTML pages in headless Chromium', () => {
  let summary: SummaryReport;
  let comparison: ComparisonReport;

  beforeAll(async () => {
    summary = (await summarizeFiles([FIX('sample-roster.xlsx')], settings())).report;
    comparison = (await compareFiles([{ files: [FIX('compare-2020.xlsx')] }, { files: [FIX('compare-2025.xlsx')] }], settings())).report;
  });

  it('chromium is installed', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing (CI must install it: apt-get install -y chromium)`).toBe(true);
  });

  it('shows every summary chart in its colour, on a page that fits the window', async () => {
    const img = await screenshot(renderSummaryHtml(summary, ctx), WINDOW_HEIGHT, 50_000);
    expect([img.width, img.height]).toEqual([SHOT_WIDTH, WINDOW_HEIGHT]);
    expect(inkedPixels(img) / (img.width * img.height), 'page is blank').toBeGreaterThan(0.01);
    expect(inkedPixels(img, img.height - 100), 'page runs past the window').toBe(0);
    const expected = summaryCharts(summary);
    expect(expected.length).toBe(13);
    expect(missingCharts(img, expected, MIN_PIXELS)).toEqual([]);
  }, 600_000);

  it('notices a removed chart and an empty one', async () => {
    const broken = structuredClone(summary);
    delete broken.dimensions.religion;
    for (const c of broken.dimensions.gender!.categories) c.percent = 0;
    const img = await screenshot(renderSummaryHtml(broken, ctx), WINDOW_HEIGHT, 50_000);
    expect(missingCharts(img, summaryCharts(summary), MIN_PIXELS)).toEqual(['gender', 'religion']);
  }, 600_000);

  it('shows every comparison chart in its shades', async () => {
    const img = await screenshot(renderComparisonHtml(comparison, ctx), WINDOW_HEIGHT, 50_000);
    expect(inkedPixels(img) / (img.width * img.height), 'page is blank').toBeGreaterThan(0.01);
    expect(inkedPixels(img, img.height - 100), 'page runs past the window').toBe(0);
    const expected = comparisonCharts(comparison);
    expect(expected.length).toBe(13);
    expect(missingCharts(img, expected, MIN_PIXELS)).toEqual([]);
  }, 600_000);
});
