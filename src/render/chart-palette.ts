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
] as const;

/** The shade range of a stacked bar's segments: darkest mixed this far towards black, lightest towards white. */
const DARKEST = 0.4;
const LIGHTEST = 0.8;

function hex(n: number): string {
  return Math.round(n).toString(16).padStart(2, '0');
}

/** The fixed colour of a dimension's chart, by its place in table order: `gender` → '#1f77b4'. */
export function chartColour(dimension: string): string {
  const i = (DIMENSION_KEYS as readonly string[]).indexOf(dimension);
  if (i < 0 || i >= PALETTE.length) throw new Error(`no chart colour for dimension '${dimension}'`);
  return PALETTE[i];
}

// A colour mixed towards white by `t` > 0 or towards black by -`t` (0 = unchanged, ±1 = white/black).
function shade(colour: string, t: number): string {
  const channels = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
  return `#${channels.map((c) => hex(t >= 0 ? c + (255 - c) * t : c * (1 + t))).join('')}`;
}

/**
 * The segment colours of a stacked chart with `n` categories: shades of the chart colour from dark
 * (first category) to light (last), so ordered categories read in order, in print too.
 */
export function segmentColours(dimension: string, n: number): string[] {
  const base = chartColour(dimension);
  if (n === 1) return [base];
  return Array.from({ length: n }, (_, j) => shade(base, -DARKEST + ((DARKEST + LIGHTEST) * j) / (n - 1)));
}

/** The text colour readable on a fill: white on dark colours, near-black on light ones. */
export function textOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(fill.slice(at, at + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 150 ? '#ffffff' : '#222222';
}
