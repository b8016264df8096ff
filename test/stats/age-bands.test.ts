import { describe, expect, it } from 'vitest';
import { bandLabel, bandOf, parseAgeBands } from '../../src/stats/age-bands.js';

describe('age band presets', () => {
  it.each([
    ['bnv', ['0-30', '31-40', '41-50', '51-60', '61+']],
    ['btctw', ['0-30', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', '61+']],
    ['leaders', ['0-40', '41-50', '51+']],
    ['congress', ['0-39', '40-50', '51+']],
    ['30,45', ['0-30', '31-45', '46+']],
  ])('%s → %j', (spec, keys) => {
    expect(parseAgeBands(spec).keys).toEqual(keys);
  });

  it.each([
    [30, '0-30'],
    [31, '31-40'],
    [40, '31-40'],
    [60, '51-60'],
    [61, '61+'],
    [0, '0-30'],
  ])('bnv: age %i is in %s (inclusive bounds)', (age, key) => {
    expect(bandOf(parseAgeBands('bnv'), age)).toBe(key);
  });

  it('congress separates "dưới 40" from "từ 40 đến 50"', () => {
    const b = parseAgeBands('congress');
    expect([bandOf(b, 39), bandOf(b, 40), bandOf(b, 50), bandOf(b, 51)]).toEqual(['0-39', '40-50', '40-50', '51+']);
  });

  it('uses presets from the config', () => {
    expect(parseAgeBands('tinh', { tinh: [35, 45] }).keys).toEqual(['0-35', '36-45', '46+']);
  });

  it.each(['30,40,50,60', '30, 40, 50, 60', '30 40 50 60', ' 30;40; 50 ;60 '])('reads the list %j as written with commas', (spec) => {
    expect(parseAgeBands(spec)).toEqual(parseAgeBands('30,40,50,60'));
  });

  it.each(['abc', '40,30', '30,,40', '', '-5', '30 40,,50'])('rejects %j with the valid choices', (spec) => {
    expect(() => parseAgeBands(spec)).toThrow(/--age-bands .*not a preset/);
  });

  it.each([
    ['0-30', 'vi', 'Từ 30 trở xuống'],
    ['31-40', 'vi', 'Từ 31 đến 40'],
    ['61+', 'vi', 'Trên 60'],
    ['0-30', 'en', '30 and under'],
    ['61+', 'en', 'Over 60'],
    ['unknown', 'vi', 'Không rõ'],
  ] as const)('label of %s in %s is %j', (key, lang, label) => {
    expect(bandLabel(key, lang)).toBe(label);
  });
});
