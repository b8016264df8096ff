const FULL = '█';
// Left-aligned partial blocks for 1/8 … 7/8 of a cell.
const PARTS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** Width of a 100% bar, in terminal cells. */
export const BAR_WIDTH = 20;

/** A bar padded to the full width, so every table's bar column is as wide and bars compare across tables. */
export function paddedBar(percent: number, width: number = BAR_WIDTH): string {
  return percentBar(percent, width).padEnd(width);
}

/**
 * A unicode bar whose length is proportional to `percent` (100% = `width` cells), to the nearest
 * eighth of a cell: 50 → 10 full blocks, 3.33 → "▋". Out-of-range percents are clamped to 0–100.
 */
export function percentBar(percent: number, width: number = BAR_WIDTH): string {
  const eighths = Math.round((Math.min(Math.max(percent, 0), 100) / 100) * width * 8);
  return FULL.repeat(Math.floor(eighths / 8)) + PARTS[eighths % 8];
}
