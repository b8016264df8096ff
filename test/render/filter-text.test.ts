import { describe, expect, it } from 'vitest';
import { filterText, filtersText } from '../../src/render/filter-text.js';

// A report's "Điều kiện lọc" line: each --where in words, names in the report's language.
describe('filterText', () => {
  it.each([
    ['category=civil_servant', 'đối tượng là Công chức', 'category is Civil servant'],
    ['đối tượng=cán bộ', 'đối tượng là Cán bộ', 'category is Cadre'],
    ['level!=commune', 'cấp không phải Cấp xã', 'level is not Commune'],
    ['unit~xã', 'đơn vị có chứa “xã”', 'unit contains “xã”'],
    ['position!~bí thư', 'chức vụ không chứa “bí thư”', 'position does not contain “bí thư”'],
    ['general_education=upper_secondary', 'giáo dục phổ thông là Trung học phổ thông', 'general education is Upper secondary'],
    // A form's scope is no category: it read "cấp là Cấp huyện (trước 1/7/2025)" over a sheet of cấp tỉnh.
    [
      'level=người ở cấp tỉnh, cấp huyện (8B-BTCTW)',
      'phạm vi của biểu 8B-BTCTW (người ở cấp tỉnh, cấp huyện)',
      'the scope of form 8B-BTCTW (people at province and district level)',
    ],
    ['category=công chức (BM01/BNV)', 'phạm vi của biểu BM01/BNV (công chức)', 'the scope of form BM01/BNV (civil servants)'],
  ])('%s', (source, vi, en) => {
    expect(filterText(source, 'vi')).toBe(vi);
    expect(filterText(source, 'en')).toBe(en);
  });

  it('keeps a column title as typed, and a condition it cannot read as it is', () => {
    expect(filterText('Phòng ban~Nội vụ', 'vi')).toBe('Phòng ban có chứa “Nội vụ”');
    expect(filterText('category', 'vi')).toBe('category');
    expect(filtersText(['unit~xã', 'category=cadre'], 'vi')).toBe('đơn vị có chứa “xã”; đối tượng là Cán bộ');
  });
});
