import { CellError, type CellValue } from '../io/sheet-rows.js';
import { cellText } from './cell-text.js';

/**
 * A person's id as text (mã cán bộ, số định danh, CCCD). Digit groups typed with spaces or dots are joined
 * ("001 234 567 890"). A number cell has lost its leading zeros: a căn cước number (12 digits, the first
 * three a province code such as 001) typed as a number shows 10 or 11 digits and gets its zeros back, an
 * old 9-digit CMND shows 8 and gets one back. Other texts (codes like "CB001") are kept as they are.
 */
export function personId(value: CellValue | undefined): string {
  if (value === null || value === undefined || value instanceof CellError) return '';
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return cellText(value);
    const digits = BigInt(value).toString();
    if (digits.length === 10 || digits.length === 11) return digits.padStart(12, '0');
    if (digits.length === 8) return digits.padStart(9, '0');
    return digits;
  }
  const text = cellText(value);
  return /^\d[\d .]*\d$/.test(text) ? text.replace(/[ .]/g, '') : text;
}

/** An id as it may be shown on stderr, in problems and in examples: all but its last `shown` characters masked. */
export function maskId(id: string, shown = 4): string {
  if (id.length <= shown) return '*'.repeat(id.length);
  return '*'.repeat(id.length - shown) + id.slice(-shown);
}
