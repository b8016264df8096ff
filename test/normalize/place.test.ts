import { describe, expect, it } from 'vitest';
import { levelFromUnit, originFrom, placeKey } from '../../src/normalize/place.js';
import { splitPositionUnit } from '../../src/normalize/position-unit.js';

describe('places', () => {
  it.each([
    ['UBND xã An Hòa', 'commune'],
    ['Đảng ủy phường 3', 'commune'],
    ['Thị trấn Đô Lương', 'commune'],
    ['Phòng Nội vụ huyện Yên Thành', 'district'],
    ['Huyện ủy Quỳnh Lưu', 'district'],
    ['Sở Nội vụ', 'province'],
    ['Tỉnh ủy Nghệ An', 'province'],
    ['Bộ Nội vụ', 'central'],
    ['Hội Nông dân', 'unknown'],
  ])('%s is %s', (unit, level) => {
    expect(levelFromUnit(unit)).toBe(level);
  });

  it.each([
    ['TP Vinh', 'vinh'],
    ['thành phố Vinh', 'vinh'],
    ['Thanh Hoá', 'thanh hóa'],
    ['tỉnh Thanh Hóa', 'thanh hóa'],
  ])('placeKey(%j) = %j', (text, key) => {
    expect(placeKey(text)).toBe(key);
  });

  it.each([
    ['Xã An Hòa, huyện Yên Thành, tỉnh Nghệ An', 'UBND xã An Hoà', undefined, 'local'],
    ['Xã Tân Lập - Đan Phượng - Hà Nội', 'UBND xã An Hòa', undefined, 'non_local'],
    ['Nghi Phú, Vinh, Nghệ An', 'Phòng Nội vụ thành phố Vinh', undefined, 'local'],
    ['Quỳnh Lưu, Nghệ An', 'UBND xã An Hòa', 'Nghệ An', 'local'],
    ['Hà Tĩnh', 'UBND xã An Hòa', 'Nghệ An', 'non_local'],
    [undefined, 'UBND xã An Hòa', undefined, 'unknown'],
    ['Nghệ An', 'Hội Nông dân', undefined, 'unknown'],
  ])('hometown %j, unit %j, locality %j → %s', (hometown, unit, locality, origin) => {
    expect(originFrom(hometown, unit, locality)).toBe(origin);
  });
});

describe('splitPositionUnit', () => {
  it.each([
    ['Chủ tịch UBND xã An Hòa', { position: 'Chủ tịch', unit: 'UBND xã An Hòa' }],
    ['Bí thư Đảng ủy phường 3', { position: 'Bí thư', unit: 'Đảng ủy phường 3' }],
    ['Phó Bí thư Đảng ủy xã Tân Lập', { position: 'Phó Bí thư', unit: 'Đảng ủy xã Tân Lập' }],
    ['Chuyên viên, Phòng Nội vụ', { position: 'Chuyên viên', unit: 'Phòng Nội vụ' }],
    ['Kế toán', { position: 'Kế toán' }],
  ])('%j', (text, parts) => {
    expect(splitPositionUnit(text)).toEqual(parts);
  });
});
