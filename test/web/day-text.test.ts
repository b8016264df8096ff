import { describe, expect, it } from 'vitest';
import { formatDayText, parseDayText } from '../../src/web/day-text.js';

describe('the page reads and shows dates as dd/mm/yyyy', () => {
  it.each([
    ['31/12/2025', '2025-12-31'],
    ['1/7/2025', '2025-07-01'],
    [' 01-07-2025 ', '2025-07-01'],
    ['29.02.2024', '2024-02-29'],
    ['2025-12-31', '2025-12-31'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (text, iso) => {
    expect(parseDayText(text)).toBe(iso);
  });

  it.each(['31/02/2025', '29/02/2025', '12/31/2025', '0/1/2025', '31/12/25', '2025', 'hôm nay', '31/12/2025x', '1/1/1800'])('%j is not a date', (text) => {
    expect(parseDayText(text)).toBeUndefined();
  });

  it('shows YYYY-MM-DD day first, and reads back what it shows', () => {
    expect(formatDayText('2025-07-01')).toBe('01/07/2025');
    expect(formatDayText('')).toBe('');
    for (const iso of ['2024-02-29', '2025-12-31', '2026-01-01']) expect(parseDayText(formatDayText(iso))).toBe(iso);
  });
});
