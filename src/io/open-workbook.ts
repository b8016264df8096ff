// TEMPORARY dispatch (to be replaced by the streaming xlsx reader's open-workbook): everything through SheetJS.
import { existsSync, statSync } from 'node:fs';
import { CadreError } from '../model/cadre-error.js';
import { openCsv } from './csv/csv-source.js';
import type { WorkbookSource } from './sheet-rows.js';
import { openWithSheetJs } from './sheetjs/sheetjs-source.js';

export async function openWorkbook(path: string): Promise<WorkbookSource> {
  if (!existsSync(path)) throw new CadreError('FILE_NOT_FOUND', `${path}: no such file`, 'check the path');
  if (statSync(path).isDirectory()) throw new CadreError('NOT_A_SPREADSHEET', `${path}: is a folder, not a spreadsheet`);
  if (/\.(csv|tsv|txt)$/i.test(path)) return openCsv(path);
  return openWithSheetJs(path, /\.ods$/i.test(path) ? 'ods' : 'xls');
}
