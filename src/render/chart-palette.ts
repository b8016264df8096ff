import { DIMENSION_KEYS } from '../model/dimensions.js';

// One saturated, non-grey colour per dimension (table order). Everything else on the page is grey,
// so a chart's colour on a screenshot can only come from that chart.
const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#17becf',
  '#393b79',
  '#637939',
  '#843c39',
  '#7b4173',
  '#006d2c',
  '#b15928',
  '#6a3d9a',
  '#1b9e77',
  '#3182bd',
  '#e6550d',
  '#31a354',
  '#756bb1',
  '#a55194',
  '#6b6ecf',
  '#b5cf6b',
  '#ce6dbd',
] as const;

/** Grey levels (luma, 0–255) of a stacked bar's darkest and lightest segment: even steps between them. */
const DARKEST_LUMA = 55;
const LIGHTEST_LUMA = 225;

function hex(n: number): string {
  return Math.round(n).toString(16).padStart(2, '0');
}

/**
 * The fixed colour of a dimension's chart, by its place in table order: `gender` → '#1f77b4'. A
 * dimension beyond the palette or not in the list (a later addition) still gets one, by its name.
 */
export function chartColour(dimension: string): string {
  const i = (DIMENSION_KEYS as readonly string[]).indexOf(dimension);
  if (i >= 0 && i < PALETTE.length) return PALETTE[i];
  let h = 0;
  for (const ch of dimension) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** The grey a colour prints as (ITU-R BT.601 luma, 0–255). */
export function luma(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

// A colour mixed towards white by `t` > 0 or towards black by -`t` (0 = unchanged, ±1 = white/black).
function shade(colour: string, t: number): string {
  const channels = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
  return `#${channels.map((c) => hex(t >= 0 ? c + (255 - c) * t : c * (1 + t))).join('')}`;
}

/**
 * The segment colours of a stacked chart with `n` categories: the chart colour mixed towards black or
 * white so that the segments print as evenly spaced greys from dark (first category) to light (last);
 * ordered categories read in order, and in grey print too.
 */
export function segmentColours(dimension: string, n: number): string[] {
  const base = chartColour(dimension);
  if (n === 1) return [base];
  const y0 = luma(base);
  return Array.from({ length: n }, (_, j) => {
    const target = DARKEST_LUMA + ((LIGHTEST_LUMA - DARKEST_LUMA) * j) / (n - 1);
    // Luma is linear in the channels, so mixing by t moves it linearly towards 0 or 255.
    return shade(base, target >= y0 ? (target - y0) / (255 - y0) : target / y0 - 1);
  });
}

/**
 * Whether segment `j` of a stacked chart is hatched: every other one, so that neighbours differ in
 * texture as well as in grey when many categories make the grey steps small.
 */
export function isHatched(j: number): boolean {
  return j % 2 === 1;
}

/** The stripe colour of a hatched segment: white on dark fills, near-black on light ones. */
export function stripeOn(fill: string): string {
  return luma(fill) < 140 ? '#ffffff' : '#222222';
}

/** The text colour readable on a fill: white on dark colours, near-black on light ones. */
export function textOn(fill: string): string {
  return luma(fill) < 150 ? '#ffffff' : '#222222';
}
