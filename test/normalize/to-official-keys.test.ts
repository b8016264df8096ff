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
