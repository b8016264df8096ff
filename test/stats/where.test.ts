import { describe, expect, it } from 'vitest';
import type { Official } from '../../src/model/official.js';
import { matches, parseWhere } from '../../src/stats/where.js';

function official(over: Partial<Official> = {}): Official {
  return {
    file: 'f.xlsx',
    sheet: 'DS',
    row: 9,
    name: 'Nguyễn Văn An',
    gender: 'male',
    ethnicity: 'kinh',
    religion: 'none',
    party: 'member',
    general_education: 'upper_secondary',
    professional: 'university',
    political_theory: 'intermediate',
    state_management: 'expert',
    rank: 'expert',
    origin: 'non_local',
    category: 'cadre',
    level: 'commune',
    employment: 'unknown',
    position_group: 'unknown',
    assessment: 'unknown',
    term: 'unknown',
    studying: { professional: false, political_theory: false },
    unit: 'UBND xã An Hòa',
    position: 'Bí thư Đảng ủy',
    columns: { 'ghi chú': 'Luân chuyển từ huyện', 'trình độ chuyên môn': 'Cử nhân Luật', 'ngành đào tạo': 'Luật kinh tế' },
    ...over,
  };
}

describe('--where', () => {
  it.each([
    ['position~bí thư', true],
    ['position~BI THU', true],
    ['unit=UBND xa An Hoa', true],
    ['unit=UBND xã An Hạ', false],
    ['position~Bí Thư', true],
    ['position!~bí thư', false],
    ['category=cán bộ', true],
    ['category=Cán Bộ', true],
    ['category=cadre', true],
    ['category!=công chức', true],
    ['professional=ĐH', true],
    ['professional=Thạc sỹ', false],
    ['unit=UBND xã An Hoà', true],
    ['level=commune', true],
    ['gender=Nữ', false],
    ['Ghi chú~luân chuyển', true],
    // "chuyên môn" names the professional dimension (its level), not the column's text.
    ['chuyên môn~đại học', true],
    ['chuyên môn~luật', false],
    // A column title by its last words.
    ['đào tạo~luật', true],
  ])('%s → %s', (expr, expected) => {
    const conds = parseWhere([expr]);
    expect(conds.every((c) => matches(c, official()))).toBe(expected);
  });

  it('all conditions must hold', () => {
    const conds = parseWhere(['position~bí thư', 'gender=nữ']);
    expect(conds.every((c) => matches(c, official()))).toBe(false);
    expect(conds.every((c) => matches(c, official({ gender: 'female' })))).toBe(true);
  });

  it.each([
    ['category', /no operator/],
    ['=cán bộ', /no (operator|field)/],
    ['category=giám đốc', /is not a value of category.*\n?/],
  ])('rejects %j', (expr, message) => {
    expect(() => parseWhere([expr])).toThrow(message);
  });
});
