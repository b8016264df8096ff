import { CellError, type CellValue } from '../io/sheet-rows.js';
import { cleanText } from './fold-text.js';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cell as the text a user would see: dates as dd/mm/yyyy, errors and empties as ''. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || value instanceof CellError) return '';
  if (typeof value === 'string') return cleanText(value);
  if (value instanceof Date) return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if (typeof value === 'boolean') return value ? 'x' : '';
  return String(value);
}
