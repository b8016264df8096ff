import { describe, expect, it } from 'vitest';
import { CadreError } from '../../src/model/cadre-error.js';
import { pageError } from '../../src/web/page-error.js';

// The page's error box: a file that cannot be read is headed so; an option the run cannot take is not a
// file the page failed to read.
describe('pageError', () => {
  it('an option the run cannot take is headed "cannot run", in the page language', () => {
    const err = new CadreError('BAD_USAGE', '--age-bands abc: not a preset nor a list of increasing upper bounds', 'valid: bnv, btctw');
    const e = pageError(err, 'vi');
    expect(e.title).toBe('run');
    expect(e.line).toContain('--age-bands abc: không phải tên mẫu nhóm tuổi');
  });

  it('a file that cannot be read keeps the default heading', () => {
    const e = pageError(new CadreError('DAMAGED_FILE', 'a.xlsx: damaged workbook: part xl/workbook.xml: is missing'), 'vi');
    expect(e.title).toBeUndefined();
    expect(e.line).toContain('a.xlsx');
  });
});
