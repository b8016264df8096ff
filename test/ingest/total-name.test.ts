import { describe, expect, it } from 'vitest';
import { isTotalName } from '../../src/ingest/classify-row.js';

describe('isTotalName (judged by the first word before the whole name is folded)', () => {
  it.each([
    ['Tổng cộng', true],
    ['TỔNG CỘNG TOÀN ĐƠN VỊ', true],
    ['  Cộng:', true],
    ['- Tổng cộng', true],
    ['Tổng số: 25 người', true],
    ['Tổng\u00a0cộng', true],
    ['Cộng chung', true],
    ['Trần Văn An', false],
    ['Tống Thị Hoa', false],
    ['Công Văn Bình', false],
    ['Cao Thị Mai', false],
    ['Nguyễn Văn Tổng', false],
  ])('%j → %s', (name, total) => {
    expect(isTotalName(name)).toBe(total);
  });
});
