import { describe, expect, it } from 'vitest';
import type { RawRecord, SheetLayout } from '../../src/ingest/types.js';
import { ConfigSchema } from '../../src/model/config.js';
import type { Problem } from '../../src/model/problem.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { toOfficial, type RecordContext } from '../../src/normalize/to-official.js';

const layout: SheetLayout = { sheet: 'DS', headerRows: [1], columns: [], assumptions: [] };
const ctx: RecordContext = { file: 'f.xlsx', layout, date1904: false, classifier: createClassifier('vi') };

describe('toOfficial gives every dimension one of its own category keys', () => {
  it('counts a party cell that is no mark as non-member and reports its cell (party has no "unknown")', () => {
    const cols = { name: 0, party: 1 };
    const problems: Problem[] = [];
    const keys = ['x', 'abc', '', 'Đảng viên'].map((mark, i) => toOfficial({ row: i + 2, values: [`Người ${i}`, mark], cols }, ctx, problems).party);
    expect(keys).toEqual(['member', 'non_member', 'non_member', 'member']);
    expect(problems.map((p) => [p.cell, p.field, p.value])).toEqual([['B3', 'party', 'abc']]);
    expect(problems[0].message).toMatch(/ngoài Đảng/);
  });

  it('reads employment and category from a block heading when no column gives them', () => {
    const cols = { name: 0, rank_code: 1 };
    const row = (groupLabel: string): RawRecord => ({ row: 5, values: ['Lê Văn An', '01.003'], cols, groupLabel });
    const a = toOfficial(row('Biên chế'), ctx, []);
    const b = toOfficial(row('Hợp đồng Nghị định 68'), ctx, []);
    const c = toOfficial(row('Cán bộ không chuyên trách cấp xã'), ctx, []);
    expect([a.employment, b.employment, c.employment]).toEqual(['permanent', 'contract_gov', 'unknown']);
    expect([a.category, b.category, c.category]).toEqual(['unknown', 'contract', 'part_time']);
    expect(a.rank).toBe('expert');
  });

  it('lets a column win over the block heading', () => {
    const cols = { name: 0, employment: 1 };
    const o = toOfficial({ row: 5, values: ['Lê Văn An', 'Hợp đồng Nghị định 111'], cols, groupLabel: 'Biên chế' }, ctx, []);
    expect(o.employment).toBe('contract_gov');
  });
});

describe('--config synonyms', () => {
  it('must name a category of their dimension', () => {
    expect(ConfigSchema.safeParse({ synonyms: { professional: { 'Cử nhân hành chính': 'university' } } }).success).toBe(true);
    const bad = ConfigSchema.safeParse({ synonyms: { professional: { 'Cử nhân hành chính': 'univ' }, party: { có: 'yes' } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['synonyms.party.có', 'synonyms.professional.Cử nhân hành chính']);
  });

  it('are used by the classifier with their key typed', () => {
    const c = createClassifier('vi', { professional: { 'Cử nhân hành chính': 'university' } });
    expect(c.classify('professional', 'Cử nhân hành chính')).toEqual({ key: 'university', studying: false, matched: true });
  });
});

describe('toOfficial builds each official with one set of keys', () => {
  it('gives every Official key, in one order, as own enumerable properties (what JSON and spreads see)', () => {
    const cols = { name: 0, birth_date: 1, gender: 2, unit: 3, hometown: 4, professional: 5 };
    const o = toOfficial({ row: 7, values: ['Lê Văn An', '15/03/1980', 'Nam', 'UBND xã An Hòa', 'An Hòa', 'Cử nhân (đang học thạc sĩ)'], cols }, ctx, []);
    expect(Object.keys(o)).toEqual([
      'file',
      'sheet',
      'row',
      'id',
      'name',
      'birth',
      'gender',
      'ethnicity',
      'religion',
      'party',
      'general_education',
      'professional',
      'political_theory',
      'state_management',
      'rank',
      'origin',
      'category',
      'level',
      'employment',
      'position_group',
      'assessment',
      'term',
      'studying',
      'unit',
      'unitRead',
      'position',
      'hometown',
      'columns',
    ]);
    expect(JSON.parse(JSON.stringify(o))).toStrictEqual({
      file: 'f.xlsx',
      sheet: 'DS',
      row: 7,
      name: 'Lê Văn An',
      birth: { year: 1980, month: 3, day: 15 },
      gender: 'male',
      ethnicity: 'unknown',
      religion: 'unknown',
      party: 'non_member',
      general_education: 'unknown',
      professional: 'university',
      political_theory: 'unknown',
      state_management: 'unknown',
      rank: 'unknown',
      origin: 'local',
      category: 'unknown',
      level: 'commune',
      employment: 'unknown',
      position_group: 'unknown',
      assessment: 'unknown',
      term: 'unknown',
      studying: { professional: true, political_theory: false },
      unit: 'UBND xã An Hòa',
      hometown: 'An Hòa',
      columns: {},
    });
    // Each official has studying marks of its own.
    const p = toOfficial({ row: 8, values: ['Lê Thị Bình', '', 'Nữ', '', '', ''], cols }, ctx, []);
    expect(p.studying).toEqual({ professional: false, political_theory: false });
    expect(p.studying).not.toBe(o.studying);
  });
});
