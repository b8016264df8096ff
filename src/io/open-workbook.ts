import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { CadreError } from '../model/cadre-error.js';
import { openCsv } from './csv/csv-source.js';
import { isEncryptedOdf } from './sheetjs/ods-encryption.js';
import type { WorkbookSource } from './sheet-rows.js';
import { openXlsx } from './xlsx/xlsx-source.js';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SAVE_AS = 'open it in Excel or LibreOffice and save it as .xlsx';
const PASSWORD = 'this file is password-protected; open it in Excel, remove the password and save again';

function head(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** What an OLE compound file holds: an encrypted OOXML package, or a legacy workbook. */
function oleKind(path: string): 'encrypted' | 'xls' {
  const text = head(path, 1 << 20).toString('utf16le');
  return /EncryptionInfo|EncryptedPackage/.test(text) ? 'encrypted' : 'xls';
}

/**
 * Opens any roster file by what it is, not by its name: a zip (xlsx/xlsm; xlsb and ods told apart), an OLE
 * file (encrypted workbook or .xls), a BIFF stream, or CSV/TSV text. The rest of the program never learns
 * which format a roster came from.
 */
export async function openWorkbook(path: string): Promise<WorkbookSource> {
  if (!existsSync(path)) throw new CadreError('FILE_NOT_FOUND', `${path}: no such file`, 'check the path');
  if (statSync(path).isDirectory()) throw new CadreError('NOT_A_SPREADSHEET', `${path}: is a folder, not a spreadsheet`);
  const magic = head(path, 8);
  const lower = path.toLowerCase();
  if (magic.length >= 4 && magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5)) {
    const text = head(path, 4096).toString('latin1');
    if (/mimetypeapplication\/vnd\.oasis\.opendocument\.spreadsheet/.test(text) || lower.endsWith('.ods')) {
      if (await isEncryptedOdf(path)) throw new CadreError('ENCRYPTED_WORKBOOK', `${path}: ${PASSWORD}`);
      return (await import('./sheetjs/sheetjs-source.js')).openWithSheetJs(path, 'ods');
    }
    if (lower.endsWith('.xlsb') || /xl\/workbook\.bin/.test(text))
      throw new CadreError('UNSUPPORTED_FORMAT', `${path}: .xlsb (binary workbook) is not supported`, SAVE_AS);
    return openXlsx(path);
  }
  if (magic.equals(OLE)) {
    if (oleKind(path) === 'encrypted') throw new CadreError('ENCRYPTED_WORKBOOK', `${path}: ${PASSWORD}`);
    return (await import('./sheetjs/sheetjs-source.js')).openWithSheetJs(path, 'xls');
  }
  // BIFF2–BIFF5 workbooks saved without an OLE container start with a BOF record.
  if ((magic.length >= 2 && magic[1] === 0x00 && [0x09, 0x02, 0x04].includes(magic[0])) || (magic[0] === 0x09 && [0x02, 0x04, 0x08].includes(magic[1]))) {
    return (await import('./sheetjs/sheetjs-source.js')).openWithSheetJs(path, 'xls');
  }
  if (/\.(csv|tsv|txt)$/.test(lower)) return openCsv(path);
  const what =
    magic.length === 0 ? 'the file is empty' : /^[\x09\x0a\x0d\x20-\x7e]*$/.test(magic.toString('latin1')) ? 'it looks like text' : 'unknown content';
  throw new CadreError('NOT_A_SPREADSHEET', `${path}: not a spreadsheet (${what})`, 'give an .xlsx, .xls, .ods or .csv roster');
}
