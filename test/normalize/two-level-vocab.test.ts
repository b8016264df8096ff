import { describe, expect, it } from 'vitest';
import { classify } from '../../src/normalize/classify.js';
import type { ClassifiedDimension } from '../../src/model/dimensions.js';
import { isTwoLevel } from '../../src/pipeline/sheet-settings.js';

// The words of the state as organised since July 2025 (Luật 80/2025, Nghị định 335/2025, Chỉ thị 45-CT/TW).
const rows: Array<[ClassifiedDimension, string, string]> = [
  ['rank', 'Chuyên gia cao cấp', 'chief_expert'],
  ['rank', 'Ngạch chuyên gia cao cấp', 'chief_expert'],
  ['rank', 'Chuyên viên cao cấp', 'senior_expert'],
  ['category', 'Cán bộ cấp xã', 'cadre'],
  ['category', 'Công chức cấp xã', 'civil_servant'],
  ['category', 'Công chức xã, phường, thị trấn', 'civil_servant'],
  ['category', 'Cán bộ không chuyên trách', 'part_time'],
  ['category', 'Hợp đồng lao động', 'contract'],
  ['level', 'Xã', 'commune'],
  ['level', 'Đặc khu', 'commune'],
  ['level', 'Cấp huyện', 'district'],
  ['position_group', 'Lãnh đạo, quản lý', 'leadership'],
  ['position_group', 'Chuyên môn, nghiệp vụ chuyên ngành', 'specialised'],
  ['position_group', 'Chuyên môn dùng chung', 'shared'],
  ['position_group', 'Hỗ trợ, phục vụ', 'support'],
  ['assessment', 'Hoàn thành xuất sắc nhiệm vụ', 'excellent'],
  ['assessment', 'HTXSNV', 'excellent'],
  ['assessment', 'Hoàn thành tốt nhiệm vụ', 'good'],
  ['assessment', 'Hoàn thành nhiệm vụ', 'done'],
  ['assessment', 'Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực', 'done'],
  ['assessment', 'Không hoàn thành nhiệm vụ', 'not_done'],
  // Scores on 100 points, Nghị định 335/2025: from 90, from 70 to under 90, from 50 to under 70, under 50.
  ['assessment', '90', 'excellent'],
  ['assessment', '89,5', 'good'],
  ['assessment', '70', 'good'],
  ['assessment', '69.9', 'done'],
  ['assessment', '50', 'done'],
  ['assessment', '49', 'not_done'],
  ['term', 'Tái cử', 're_elected'],
  ['term', 'Lần đầu', 'first_time'],
  ['term', 'Lần đầu tham gia', 'first_time'],
];

describe('vocabulary of the two-level state', () => {
  it.each(rows)('%s: %s → %s', (dim, text, key) => {
    expect(classify(dim, text)).toMatchObject({ key, matched: true });
  });

  it('a score above 100 is not a rating', () => {
    expect(classify('assessment', '120')).toMatchObject({ key: 'unknown', matched: false });
  });

  it('chief_expert ranks above senior_expert in a cell naming both', () => {
    expect(classify('rank', 'Chuyên viên cao cấp; Chuyên gia cao cấp').key).toBe('chief_expert');
  });

  it.each([
    [{ year: 2025, month: 6, day: 30 }, false],
    [{ year: 2025, month: 7, day: 1 }, true],
    [{ year: 2024, month: 12, day: 31 }, false],
    [{ year: 2026, month: 1, day: 1 }, true],
  ])('a roster dated %o is of the two-level state: %s', (d, want) => {
    expect(isTwoLevel(d)).toBe(want);
  });
});
