import { describe, expect, it } from 'vitest';
import { ui } from '../../src/vocab/ui.js';

describe('ui phrases with a count', () => {
  it('English takes the noun after a count in the singular for one, the plural otherwise', () => {
    expect(ui('yearOnly', 'en', { n: '1' })).toBe('1 person has a birth year only: age by year difference');
    expect(ui('yearOnly', 'en', { n: '2' })).toBe('2 people have a birth year only: age by year difference');
    expect(ui('yearOnly', 'en', { n: '1,234' })).toBe('1,234 people have a birth year only: age by year difference');
    expect(ui('problemsLine', 'en', { n: 1 })).toBe('1 value not recognised (see: cadre-stats inspect, or --format json)');
    expect(ui('inspect.head', 'en', { file: 'a.xlsx', n: '3', asOf: '2024-12-31' })).toBe('a.xlsx: 3 sheets; ages as of 2024-12-31');
  });

  it('Vietnamese has one form', () => {
    expect(ui('yearOnly', 'vi', { n: '1' })).toBe('1 người chỉ có năm sinh: tuổi tính theo hiệu số năm');
    expect(ui('problemsLine', 'vi', { n: '12' })).toBe('12 giá trị không nhận ra (xem: cadre-stats inspect, hoặc --format json)');
  });

  it('no phrase is left with a count form unfilled', () => {
    expect(ui('yearOnly', 'en', {})).toBe('{n} {n:person has|people have} a birth year only: age by year difference');
  });
});
