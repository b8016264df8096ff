import type { SheetRef, WorkbookSource } from '../io/sheet-rows.js';
import { CadreError } from '../model/cadre-error.js';
import { foldText } from '../normalize/fold-text.js';

/** The sheets `--sheet` asks for: `all`, a 1-based number, or a name (folded comparison). */
export function pickSheets(wb: WorkbookSource, sheet: string): SheetRef[] {
  if (sheet === 'all') return [...wb.sheets];
  const names = wb.sheets.map((s) => `'${s.name}'`).join(', ');
  if (/^\d+$/.test(sheet)) {
    const ref = wb.sheets[Number(sheet) - 1];
    if (!ref) throw new CadreError('SHEET_NOT_FOUND', `${wb.file}: there is no sheet number ${sheet} (the file has ${wb.sheets.length})`, `sheets: ${names}`);
    return [ref];
  }
  const ref = wb.sheets.find((s) => foldText(s.name) === foldText(sheet));
  if (!ref) throw new CadreError('SHEET_NOT_FOUND', `${wb.file}: no sheet named '${sheet}'`, `sheets: ${names}, or all`);
  return [ref];
}
