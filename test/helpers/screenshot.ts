import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodePng, type DecodedPng } from './png-decode.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.js';

export { CHROMIUM };

/** Window width of every screenshot; the page itself is at most 180 mm (680 px) plus padding. */
export const SHOT_WIDTH = 1200;

/**
 * Renders `html` with headless Chromium (fresh profile, no network services) in a window
 * SHOT_WIDTH × `height` and returns the decoded screenshot. Rejects after `timeoutMs`.
 */
export async function screenshot(html: string, height: number, timeoutMs = 300_000): Promise<DecodedPng> {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-shot-'));
  try {
    const page = join(dir, 'page.html');
    const out = join(dir, 'shot.png');
    writeFileSync(page, html);
    const args = [
      '--headless',
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${join(dir, 'profile')}`,
      '--hide-scrollbars',
      '--force-color-profile=srgb',
      `--window-size=${SHOT_WIDTH},${height}`,
      `--screenshot=${out}`,
      pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', (e) => (clearTimeout(timer), reject(e)));
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`chromium exited with ${signal ?? code}:\n${stderr}`));
      });
    });
    return decodePng(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rgb(colour: string): number {
  return parseInt(colour.slice(1), 16);
}

/** How many pixels of the image have exactly each of `colours` ('#rrggbb'). */
export function countColours(img: DecodedPng, colours: readonly string[]): Map<string, number> {
  const wanted = new Map(colours.map((c) => [rgb(c), 0]));
  const p = img.pixels;
  for (let i = 0; i < p.length; i += img.channels) {
    const key = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
    const n = wanted.get(key);
    if (n !== undefined) wanted.set(key, n + 1);
  }
  return new Map(colours.map((c) => [c, wanted.get(rgb(c)) ?? 0]));
}

/** The charts (by name) whose colours together cover fewer than `minPixels` pixels of the screenshot. */
export function missingCharts(img: DecodedPng, charts: ReadonlyArray<{ name: string; colours: readonly string[] }>, minPixels: number): string[] {
  const counts = countColours(img, [...new Set(charts.flatMap((c) => c.colours))]);
  return charts.filter((c) => c.colours.reduce((n, colour) => n + (counts.get(colour) ?? 0), 0) < minPixels).map((c) => c.name);
}

/** Pixels that are not the white page background. */
export function inkedPixels(img: DecodedPng, fromRow = 0): number {
  let n = 0;
  for (let i = fromRow * img.width * img.channels; i < img.pixels.length; i += img.channels) {
    if (img.pixels[i] !== 255 || img.pixels[i + 1] !== 255 || img.pixels[i + 2] !== 255) n++;
  }
  return n;
}
