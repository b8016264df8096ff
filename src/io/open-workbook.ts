import { CadreError } from '../model/cadre-error.js';
import { type ByteSource, head, type IoPlatform } from './byte-source.js';
import { latin1 } from './bytes.js';
import { openCsv } from './csv/csv-source.js';
import { asReadFailure } from './read-error.js';
import type { WorkbookSource } from './sheet-rows.js';
import { isEncryptedOdf } from './sheetjs/ods-encryption.js';
import { openXlsx } from './xlsx/xlsx-reader.js';
import { ZipArchive } from './zip/zip-archive.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAVE_AS = 'open it in Excel or LibreOffice and save it as .xlsx';
const PASSWORD = 'this file is password-protected; open it in Excel, remove the password and save again';

/** What an OLE compound file holds: an encrypted OOXML package, or a legacy workbook. */
async function oleKind(source: ByteSource): Promise<'encrypted' | 'xls'> {
  const text = new TextDecoder('utf-16le').decode(await head(source, 1 << 20));
  return /EncryptionInfo|EncryptedPackage/.test(text) ? 'encrypted' : 'xls';
}

async function sheetJs(source: ByteSource, format: 'xls' | 'ods'): Promise<WorkbookSource> {
  return (await import('./sheetjs/sheetjs-source.js')).openWithSheetJs(source, format);
}

/**
 * Opens a roster by what it is, not by its name: a zip (xlsx/xlsm; xlsb and ods told apart), an OLE file
 * (encrypted workbook or .xls), a BIFF stream, or CSV/TSV text. The rest of the program never learns which
 * format a roster came from. The source is closed when the workbook is (or here, on an error).
 */
export async function openWorkbook(source: ByteSource, platform: IoPlatform): Promise<WorkbookSource> {
  try {
    return await open(source, platform);
  } catch (err) {
    await source.close();
    throw asReadFailure(source.name, err);
  }
}

async function open(source: ByteSource, platform: IoPlatform): Promise<WorkbookSource> {
  const path = source.name;
  const magic = await head(source, 8);
  const lower = path.toLowerCase();
  if (magic.length >= 4 && magic[0] === 0x50 && magic[1] === 0x4b && (magic[2] === 3 || magic[2] === 5)) {
    const text = latin1(await head(source, 4096));
    if (/mimetypeapplication\/vnd\.oasis\.opendocument\.spreadsheet/.test(text) || lower.endsWith('.ods')) {
      if (await isEncryptedOdf(source, platform)) throw new CadreError('ENCRYPTED_WORKBOOK', `${path}: ${PASSWORD}`);
      return sheetJs(source, 'ods');
    }
    if (lower.endsWith('.xlsb') || /xl\/workbook\.bin/.test(text))
      throw new CadreError('UNSUPPORTED_FORMAT', `${path}: .xlsb (binary workbook) is not supported`, SAVE_AS);
    return openXlsx(await ZipArchive.open(source, platform), platform);
  }
  if (magic.length === 8 && OLE.every((b, i) => magic[i] === b)) {
    if ((await oleKind(source)) === 'encrypted') throw new CadreError('ENCRYPTED_WORKBOOK', `${path}: ${PASSWORD}`);
    return sheetJs(source, 'xls');
  }
  // BIFF2–BIFF5 workbooks saved without an OLE container start with a BOF record.
  if ((magic.length >= 2 && magic[1] === 0x00 && [0x09, 0x02, 0x04].includes(magic[0])) || (magic[0] === 0x09 && [0x02, 0x04, 0x08].includes(magic[1]))) {
    return sheetJs(source, 'xls');
  }
  if (/\.(csv|tsv|txt)$/.test(lower)) return openCsv(source);
  const what = magic.length === 0 ? 'the file is empty' : /^[\x09\x0a\x0d\x20-\x7e]*$/.test(latin1(magic)) ? 'it looks like text' : 'unknown content';
  throw new CadreError('NOT_A_SPREADSHEET', `${path}: not a spreadsheet (${what})`, 'give an .xlsx, .xls, .ods or .csv roster');
}
