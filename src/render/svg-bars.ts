import { chartColour, isHatched, segmentColours, stripeOn, textOn } from './chart-palette.js';
import { escapeXml } from './escape-xml.js';

/** Width of every chart in SVG units (CSS px): 180 mm at 96 dpi, the printable width of A4 with 15 mm margins. */
export const CHART_WIDTH = 680;

const TEXT = '#222222';
const MUTED = '#555555';
const TRACK = '#f0f0f0';
/** Room right of the longest bar for its value text. */
const VALUE_ROOM = 120;
/** Narrowest segment of a stacked bar that still gets its percent written inside. */
const SEGMENT_TEXT_MIN = 44;
/** Narrowest segment that still gets its category's number (the legend's) written inside. */
const SEGMENT_NUMBER_MIN = 11;

/** One category of a bar chart: its share draws the bar, `text` is written after it. */
export interface Bar {
  label: string;
  percent: number;
  text: string;
}

/** A horizontal bar chart of one dimension: one bar per category. */
export interface BarChart {
  dimension: string;
  title: string;
  bars: Bar[];
}

/** One period of a stacked chart: a segment per category, or null when its roster lacks the dimension. */
export interface StackedPeriod {
  /** The period's label, carried as `data-period`. */
  key: string;
  /** The caption above its bar. */
  label: string;
  segments: Array<{ percent: number; text: string }> | null;
}

/** A stacked bar chart of one dimension across periods, with a legend of the categories. */
export interface StackedChart {
  dimension: string;
  title: string;
  categories: string[];
  periods: StackedPeriod[];
  /** Written instead of the bar of a period whose roster lacks the dimension. */
  missingText: string;
  /** Makes the chart's pattern ids unique on a page holding several charts of one dimension. */
  id?: string;
}

// Coordinates rounded to 1/100 so the same report always gives the same bytes.
function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

function text(x: number, y: number, content: string, attrs = `fill="${TEXT}"`): string {
  return `<text x="${num(x)}" y="${num(y)}" ${attrs}>${escapeXml(content)}</text>`;
}

function svg(kind: string, dimension: string, title: string, height: number, body: string[]): string {
  const h = num(height);
  return [
    `<svg class="chart ${kind}" data-dimension="${escapeXml(dimension)}" role="img" aria-label="${escapeXml(title)}" width="${CHART_WIDTH}" height="${h}" viewBox="0 0 ${CHART_WIDTH} ${h}" font-size="11">`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A horizontal bar chart as inline SVG: label above each bar, bar length ∝ percent (100% = full track), value after it. */
export function barChartSvg(chart: BarChart): string {
  const ROW = 30;
  const track = CHART_WIDTH - VALUE_ROOM;
  const fill = chartColour(chart.dimension);
  const body = chart.bars.map((bar, i) => {
    const y = i * ROW;
    const width = (track * bar.percent) / 100;
    return [
      `<g class="category">`,
      text(0, y + 11, bar.label),
      `<rect class="track" x="0" y="${y + 14}" width="${track}" height="12" fill="${TRACK}"/>`,
      `<rect class="bar" x="0" y="${y + 14}" width="${num(width)}" height="12" fill="${fill}"/>`,
      text(width + 6, y + 24, bar.text),
      `</g>`,
    ].join('');
  });
  return svg('bars', chart.dimension, chart.title, chart.bars.length * ROW + 4, body);
}

/**
 * One stacked bar per period (or group) as inline SVG. Segments are the categories in even grey steps of
 * the chart colour, every other one hatched, so neighbours differ in grey print; a segment shows its
 * percent when there is room, else its category's number from the legend, which lists every category.
 */
export function stackedBarsSvg(chart: StackedChart): string {
  const ROW = 40;
  const colours = segmentColours(chart.dimension, chart.categories.length);
  const id = escapeXml(`hatch-${chart.id ?? chart.dimension}`);
  const fills = colours.map((c, j) => (isHatched(j) ? `url(#${id}-${j})` : c));
  const defs = colours.flatMap((c, j) =>
    isHatched(j)
      ? [
          `<pattern id="${id}-${j}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="${c}"/><rect width="2" height="5" fill="${stripeOn(c)}" fill-opacity="0.6"/></pattern>`,
        ]
      : [],
  );
  let numbered = false;
  const label = (x: number, y: number, content: string, j: number): string => {
    // On stripes, the letters get a halo of the plain fill so they stay readable.
    const halo = isHatched(j) ? ` stroke="${colours[j]}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"` : '';
    return text(x, y, content, `fill="${textOn(colours[j])}" text-anchor="middle"${halo}`);
  };
  const body = chart.periods.map((period, p) => {
    const y = p * ROW;
    const parts = [`<g class="period" data-period="${escapeXml(period.key)}">`, text(0, y + 11, period.label)];
    if (!period.segments) parts.push(text(0, y + 28, chart.missingText, `fill="${MUTED}" font-style="italic"`));
    let x = 0;
    for (const [j, seg] of (period.segments ?? []).entries()) {
      const width = (CHART_WIDTH * seg.percent) / 100;
      if (width > 0)
        parts.push(
          `<rect class="segment" data-category="${j}" x="${num(x)}" y="${y + 15}" width="${num(width)}" height="18" fill="${fills[j]}" stroke="#ffffff" stroke-width="0.5"/>`,
        );
      if (width >= SEGMENT_TEXT_MIN) parts.push(label(x + width / 2, y + 28, seg.text, j));
      else if (width >= SEGMENT_NUMBER_MIN) {
        parts.push(label(x + width / 2, y + 28, String(j + 1), j));
        numbered = true;
      }
      x += width;
    }
    parts.push('</g>');
    return parts.join('');
  });
  const names = chart.categories.map((c, j) => (numbered ? `${j + 1}. ${c}` : c));
  // Two legend columns unless a label is too long to fit half the width.
  const columns = names.some((c) => c.length > 48) ? 1 : 2;
  const top = chart.periods.length * ROW + 6;
  const legend = names.map((name, j) => {
    const x = (j % columns) * (CHART_WIDTH / columns);
    const y = top + Math.floor(j / columns) * 16;
    return `<g class="legend-item"><rect class="swatch" x="${num(x)}" y="${y}" width="10" height="10" fill="${fills[j]}" stroke="#555555" stroke-width="0.5"/>${text(x + 14, y + 9, name)}</g>`;
  });
  const height = top + Math.ceil(names.length / columns) * 16 + 2;
  return svg('stacked', chart.dimension, chart.title, height, [
    ...(defs.length ? [`<defs>${defs.join('')}</defs>`] : []),
    ...body,
    `<g class="legend">`,
    ...legend,
    `</g>`,
  ]);
}
