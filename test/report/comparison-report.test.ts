import { describe, expect, it } from 'vitest';
import { compareSections } from '../../src/report/comparison-report.js';
import type { SummaryReport } from '../../src/report/types.js';

type Section = Pick<SummaryReport, 'population' | 'dimensions' | 'indicators'>;

function section(population: number, female: number, percent: number, missingRank = false): Section {
  return {
    population,
    dimensions: {
      gender: {
        label: 'Giới tính',
        categories: [
          { key: 'male', label: 'Nam', count: population - female, percent: 100 - percent },
          { key: 'female', label: 'Nữ', count: female, percent },
        ],
      },
      rank: {
        label: 'Ngạch',
        ...(missingRank ? { missing: true } : {}),
        categories: [{ key: 'expert', label: 'CV', count: missingRank ? 0 : population, percent: missingRank ? 0 : 100 }],
      },
    },
    indicators: { 'gender.female': { label: 'Nữ', count: female, base: population, percent } },
  };
}

describe('compareSections', () => {
  it('points are the difference of the printed percents, not of the exact shares', () => {
    // 1/3 prints 33.33 and 2/3 prints 66.67: the exact difference 33.333… would round to 33.33,
    // but a reader subtracting the printed figures gets 33.34.
    const c = compareSections([section(3, 1, 33.33), section(3, 2, 66.67)], ['2020', '2025'], 2);
    expect(c.indicators['gender.female'].change).toEqual({ count: 1, points: 33.34, index: 200 });
    const female = c.dimensions.gender!.categories.find((x) => x.key === 'female')!;
    expect(female.change.points).toBe(33.34);
  });

  it('index is kỳ này × 100 / kỳ trước, null when the first count is 0', () => {
    const c = compareSections([section(40, 0, 0), section(37, 3, 8.11)], ['2020', '2025'], 2);
    expect(c.indicators['gender.female'].change).toEqual({ count: 3, points: 8.11, index: null });
    // men: 40 → 34, so the index is 34 × 100 / 40 = 85.
    expect(c.dimensions.gender!.categories[0].change.index).toBe(85);
    expect(c.population).toEqual({ values: [40, 37], change: -3 });
  });

  it('a dimension missing in one period is marked missing there, not zero', () => {
    const c = compareSections([section(10, 5, 50, true), section(12, 6, 50)], ['2020', '2025'], 2);
    expect(c.dimensions.rank!.missing).toEqual(['2020']);
    expect(c.dimensions.rank!.categories[0].values).toEqual([
      { count: null, percent: null },
      { count: 12, percent: 100 },
    ]);
    expect(c.dimensions.rank!.categories[0].change).toEqual({ count: null, points: null, index: null });
  });

  it("a period that lacks the column adds no category of its own (its table's zero 'không rõ' row)", () => {
    const without = section(10, 5, 50, true);
    without.dimensions.rank!.categories.push({ key: 'unknown', label: 'Không rõ', count: 0, percent: 0 });
    const c = compareSections([without, section(12, 6, 50)], ['2020', '2025'], 2);
    expect(c.dimensions.rank!.categories.map((x) => x.key)).toEqual(['expert']);
  });

  it('a group with no one in a period (a unit gone by 2026) has no indicator there: no 0% and no points', () => {
    const c = compareSections([section(2, 1, 50), undefined], ['2024', '2026'], 2);
    expect(c.indicators['gender.female'].values[1]).toEqual({ count: null, base: 0, percent: null });
    expect(c.indicators['gender.female'].change).toEqual({ count: null, points: null, index: null });
    // As its tables say.
    expect(c.dimensions.gender!.categories[1].values[1]).toEqual({ count: null, percent: null });
  });

  it('a category present in one period only appears with zeros in the other', () => {
    const a = section(2, 0, 0);
    a.dimensions.gender!.categories = a.dimensions.gender!.categories.filter((x) => x.key === 'male');
    const c = compareSections([a, section(2, 1, 50)], ['2020', '2025'], 2);
    const female = c.dimensions.gender!.categories.find((x) => x.key === 'female')!;
    expect(female.values).toEqual([
      { count: 0, percent: 0 },
      { count: 1, percent: 50 },
    ]);
  });
});
