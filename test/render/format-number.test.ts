import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatPercent, formatSigned } from '../../src/render/format-number.js';

describe('formatCount', () => {
  it.each([
    [0, '0', '0'],
    [7, '7', '7'],
    [999, '999', '999'],
    [1000, '1.000', '1,000'],
    [27071, '27.071', '27,071'],
    [100000, '100.000', '100,000'],
    [1234567, '1.234.567', '1,234,567'],
    [-3, '-3', '-3'],
    [-1234, '-1.234', '-1,234'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991', '9,007,199,254,740,991'],
  ])('%d → vi %s, en %s', (n, vi, en) => {
    expect(formatCount(n, 'vi')).toBe(vi);
    expect(formatCount(n, 'en')).toBe(en);
  });
});

describe('formatPercent', () => {
  it.each([
    [94.87, 2, '94,87', '94.87'],
    [12.5, 2, '12,50', '12.50'],
    [100, 2, '100,00', '100.00'],
    [0, 2, '0,00', '0.00'],
    [-5.07, 2, '-5,07', '-5.07'],
    [33.34, 2, '33,34', '33.34'],
    [6.25, 2, '6,25', '6.25'],
    [0.05, 2, '0,05', '0.05'],
    [66.67, 0, '67', '67'],
    [12.5, 0, '13', '13'],
    [12.5, 1, '12,5', '12.5'],
    [33.333, 3, '33,333', '33.333'],
    [0.000033, 6, '0,000033', '0.000033'],
    [1234.5, 1, '1.234,5', '1,234.5'],
    [103.33, 2, '103,33', '103.33'],
    [1e21, 0, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [1e-7, 2, '0,00', '0.00'],
  ])('%d at %d decimals → vi %s, en %s', (p, decimals, vi, en) => {
    expect(formatPercent(p, decimals, 'vi')).toBe(vi);
    expect(formatPercent(p, decimals, 'en')).toBe(en);
  });

  it.each([
    // The doubles nearest these lie below the half, but a reader sees the printed digits: round those.
    [1.005, 2, '1,01'],
    [8.325, 2, '8,33'],
    [83.78 - 75, 2, '8,78'],
    [0.1 + 0.2, 2, '0,30'],
    [-2.5, 0, '-3'],
    [-0.001, 2, '0,00'],
    [-0, 2, '0,00'],
  ])('rounds %d half away from zero at %d decimals → %s', (p, decimals, vi) => {
    expect(formatPercent(p, decimals, 'vi')).toBe(vi);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('throws on %d', (p) => {
    expect(() => formatPercent(p, 2, 'vi')).toThrow(RangeError);
  });
});

describe('formatSigned', () => {
  it.each([
    [2.15, 2, '+2,15', '+2.15'],
    [-5.07, 2, '-5,07', '-5.07'],
    [0, 2, '0,00', '0.00'],
    [8.78, 2, '+8,78', '+8.78'],
    [1234.5, 1, '+1.234,5', '+1,234.5'],
    [-0.004, 2, '0,00', '0.00'],
    [0.005, 2, '+0,01', '+0.01'],
    [3, 0, '+3', '+3'],
  ])('%d at %d decimals → vi %s, en %s', (p, decimals, vi, en) => {
    expect(formatSigned(p, decimals, 'vi')).toBe(vi);
    expect(formatSigned(p, decimals, 'en')).toBe(en);
  });
});

describe('formatDecimal', () => {
  it.each([
    [43.2, 1, '43,2', '43.2'],
    [43, 1, '43,0', '43.0'],
    [43.25, 1, '43,3', '43.3'],
    [1234.5, 1, '1.234,5', '1,234.5'],
    [0.5, 0, '1', '1'],
    [-43.2, 1, '-43,2', '-43.2'],
  ])('%d at %d decimals → vi %s, en %s', (x, decimals, vi, en) => {
    expect(formatDecimal(x, decimals, 'vi')).toBe(vi);
    expect(formatDecimal(x, decimals, 'en')).toBe(en);
  });
});

describe('formatPercent properties', () => {
  const decimals = fc.integer({ min: 0, max: 6 });
  const parseVi = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));
  const parseEn = (s: string): number => Number(s.replace(/,/g, ''));

  it('round-trips a percent exact to its decimals through the vi and en strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), decimals, (units, d) => {
        const p = units / 10 ** d;
        const vi = formatPercent(p, d, 'vi');
        const shape = d === 0 ? '' : `,\\d{${d}}`;
        expect(vi).toMatch(new RegExp(`^-?\\d{1,3}(\\.\\d{3})*${shape}$`));
        expect(parseVi(vi)).toBe(p);
        expect(parseEn(formatPercent(p, d, 'en'))).toBe(p);
      }),
      { numRuns: 1000 },
    );
  });

  it('prints any double within half a unit of its value', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const back = parseVi(formatPercent(x, d, 'vi'));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });
});
