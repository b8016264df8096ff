import { CadreError } from '../model/cadre-error.js';

/**
 * An error in the data being read (a zip's structure, DEFLATE data, XML, a limit passed), raised where the
 * file's name may not be known. Readers turn it into a CadreError naming the file (see `asReadFailure`);
 * anything else thrown while reading is a bug of ours and stays an internal error.
 */
export class ReadError extends Error {
  constructor(
    /** Where in the file: "part xl/worksheets/sheet1.xml", "cell XFE7", "row 12", "the zip directory". */
    readonly where: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'ReadError';
  }
}

/** A part that would inflate far past what any roster needs (a zip bomb). */
export class ZipBombError extends ReadError {
  override name = 'ZipBombError';
}

const SAVE_AGAIN = 'open it in Excel or LibreOffice and save it again';

/**
 * A reader's error as the user is told it: `file: damaged workbook: sheet 'DS' row 12: …` and friends.
 * CadreErrors pass unchanged; any other error (a bug of ours) is returned as it is, to be shown as an
 * internal error.
 */
export function asReadFailure(file: string, err: unknown, sheet?: string): unknown {
  if (err instanceof CadreError || !(err instanceof ReadError)) return err;
  const where = `${sheet === undefined ? '' : `sheet '${sheet}' `}${err.where}`;
  if (err instanceof ZipBombError)
    return new CadreError('ZIP_BOMB', `${file}: refused: ${where} ${err.message}`, 'this is not a normal roster; open it in Excel and save it again');
  if (err.name === 'LimitExceeded') {
    return new CadreError(
      'DAMAGED_FILE',
      `${file}: damaged workbook: ${where}: ${err.message}`,
      `no spreadsheet program saves this; save the roster again from the program that made it, or ${SAVE_AGAIN} as .xlsx`,
    );
  }
  return new CadreError('DAMAGED_FILE', `${file}: damaged workbook: ${where}: ${err.message}`, SAVE_AGAIN);
}
