/** Error codes: string literals a user (and a test) can rely on. */
export type CadreErrorCode =
  | 'FILE_NOT_FOUND'
  | 'NOT_A_SPREADSHEET'
  | 'UNSUPPORTED_FORMAT'
  | 'ENCRYPTED_WORKBOOK'
  | 'DAMAGED_FILE'
  | 'NO_ROSTER_FOUND'
  | 'NO_PEOPLE'
  | 'SHEET_NOT_FOUND'
  | 'FILE_TOO_LARGE'
  | 'ZIP_BOMB'
  | 'BAD_CONFIG'
  | 'BAD_USAGE'
  | 'OUTPUT_ERROR'
  | 'STRICT_PROBLEMS'
  | 'STRICT_LOW_CONFIDENCE';

/** Usage errors exit 2; everything else is bad input or data and exits 1. */
export const USAGE_CODES: ReadonlySet<CadreErrorCode> = new Set(['BAD_USAGE']);

/**
 * The one error type the program shows to users: a code, a one-line message saying what and where
 * (file › sheet › cell), and a hint saying what would be valid or what to do.
 */
export class CadreError extends Error {
  constructor(
    readonly code: CadreErrorCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CadreError';
  }

  get exitCode(): 1 | 2 {
    return USAGE_CODES.has(this.code) ? 2 : 1;
  }
}
