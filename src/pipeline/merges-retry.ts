// Reading an xlsx sheet before its merged ranges are known (they follow the cells), and reading again
// when they turn out to matter: see LoadOptions.mergesFirst in load-roster.ts.

/**
 * A sheet read before its merged ranges were known turned out to need them (a merged header, a unit merged
 * down the rows): what was read from these files must be dropped and read again with `mergesFirst`.
 */
export class MergesMatter extends Error {
  constructor(
    readonly file: string,
    readonly sheet: string,
  ) {
    super(`${file} › ${sheet}: the merged cells, found after the rows, change how the sheet is read`);
  }
}

/**
 * Runs a reading of rosters (`read(false)`); if a sheet's merged ranges turn out to matter, runs it once
 * more with them read first (`read(true)`), after `restart` drops what the first run told anyone.
 */
export async function withMergesFirstOnRetry<T>(read: (mergesFirst: boolean) => Promise<T>, restart?: () => void): Promise<T> {
  try {
    return await read(false);
  } catch (err) {
    if (!(err instanceof MergesMatter)) throw err;
    restart?.();
    return read(true);
  }
}
