import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparedGrids } from '../../src/render/compare-text.js';
import type { Grid } from '../../src/render/grid.js';
import { fitLines, gridWidth, stackGrid, textWidth, wrapText } from '../../src/render/stack-grid.js';
import { drawGrid } from '../../src/render/table.js';
import { compareSections } from '../../src/report/comparison-report.js';
import type { CategoryRow, SummaryReport } from '../../src/report/types.js';

type Section = Pick<SummaryReport, 'population' | 'dimensions' | 'indicators'>;

function row(key: string, label: string, count: number, population: number): CategoryRow {
  return { key, label, count, percent: Math.round((count * 10000) / population) / 100 };
}

function section(population: number, female: number): Section {
  return {
    population,
    dimensions: { gender: { label: 'Giới tính', categories: [row('male', 'Nam', population - female, population), row('female', 'Nữ', female, population)] } },
    indicators: { 'age.average': { label: 'Tuổi bình quân', value: 40, base: population } },
  };
}

const widest = (text: string): number => Math.max(...text.split('\n').map(textWidth));

describe('stackGrid', () => {
  it('measures a grid as cli-table3 draws it', () => {
    const three = compareSections([section(50, 14), section(51, 15), section(52, 16)], ['2020', '2022', '2025'], 2);
    const grid = comparedGrids(three, ['2020', '2022', '2025'], { lang: 'vi', decimals: 2 })[0];
    expect(gridWidth(grid)).toBe(widest(drawGrid(grid, false)));
  });

  it('leaves a grid that fits, or an unlimited width, alone', () => {
    const grid: Grid = { title: 'T', head: ['a', 'b'], rows: [['x', 'y']], align: ['l', 'r'] };
    expect(stackGrid(grid, 80, '(tiếp)')).toEqual([grid]);
    expect(stackGrid(grid, undefined, '(tiếp)')).toEqual([grid]);
  });

  it('cuts a three-period comparison for a narrow terminal into parts that fit, never splitting a period or a change', () => {
    const labels = ['2020', '2022', '2025'];
    const grid = comparedGrids(compareSections([section(50, 14), section(51, 15), section(52, 16)], labels, 2), labels, { lang: 'vi', decimals: 2 })[0];
    expect(gridWidth(grid)).toBeGreaterThan(100);
    const parts = stackGrid(grid, 100, '(tiếp)');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(widest(drawGrid(part, false))).toBeLessThanOrEqual(100);
      // Each part keeps the category column and whole groups.
      expect(part.head[0]).toBe('Phân loại');
      expect(part.rows.map((r) => r[0])).toEqual(['Nam', 'Nữ']);
      expect(part.groups!.reduce((n, g) => n + g.span, 0)).toBe(part.head.length);
    }
    expect(parts[1].title).toBe('Giới tính (tiếp)');
    // Together the parts hold every column once, besides the repeated category column.
    expect(parts.reduce((n, p) => n + p.head.length - 1, 1)).toBe(grid.head.length);
    expect(parts.flatMap((p) => p.groups!.map((g) => g.label)).filter(Boolean)).toEqual(['2020', '2022', '2025', '2025 so với 2022', '2025 so với 2020']);
  });

  it('a comparison of two periods fits 120 columns', () => {
    const labels = ['2020', '2025'];
    const grids = comparedGrids(compareSections([section(50, 14), section(52, 16)], labels, 2), labels, { lang: 'vi', decimals: 2 });
    for (const g of grids) expect(widest(drawGrid(g, false)), g.title).toBeLessThanOrEqual(120);
  });

  it("the fixtures' two-period comparison, every table of it, fits 120 columns (golden compare-2020-2025.txt)", () => {
    expect(widest(readFileSync('test/golden/compare-2020-2025.txt', 'utf8'))).toBeLessThanOrEqual(120);
  });

  it('a group label wider than its columns goes on several lines when a part is still too wide', () => {
    const units = ['UBND xã An Hòa', 'Văn phòng HĐND và UBND huyện Yên Thành'];
    const grid: Grid = {
      title: 'Ngạch công chức',
      groups: [
        { label: '', span: 2 },
        { label: 'Chuyên viên cao cấp và tương đương', span: 2 },
        { label: 'Chuyên viên chính và tương đương', span: 2 },
      ],
      head: ['Đơn vị', 'Tổng số', 'Số lượng', '%', 'Số lượng', '%'],
      rows: units.map((u) => [u, '38', '0', '0,00', '6', '15,79']),
      align: ['l', 'r', 'r', 'r', 'r', 'r'],
      keys: 2,
    };
    const parts = stackGrid(grid, 80, '(tiếp)');
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      const drawn = drawGrid(part, false);
      expect(widest(drawn)).toBeLessThanOrEqual(80);
      expect(gridWidth(part)).toBe(widest(drawn));
    }
    expect(parts[0].groups![1].label).toBe('Chuyên viên cao\ncấp và tương\nđương');
    // Wide enough, nothing is wrapped.
    expect(stackGrid(grid, 200, '(tiếp)')).toEqual([grid]);
  });

  it('prose lines wider than the terminal wrap at spaces; table lines and an unlimited width are left alone', () => {
    expect(wrapText('Các kỳ: 2020 (tính đến ngày 31/12/2020), 2025 (tính đến ngày 31/12/2025)', 40)).toBe(
      'Các kỳ: 2020 (tính đến ngày 31/12/2020),\n2025 (tính đến ngày 31/12/2025)',
    );
    const table = `┌${'─'.repeat(60)}┐`;
    expect(fitLines(['a b c d e f', table], 5)).toEqual(['a b c', 'd e f', table]);
    expect(fitLines(['a b c d e f'], undefined)).toEqual(['a b c d e f']);
  });
});
