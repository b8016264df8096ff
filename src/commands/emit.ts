import { writeOutputFile, writeStdout } from '../io/write-output.js';

/** Writes a command's result to `--out` (atomically, never over an input) or to stdout. */
export async function emit(data: string | Uint8Array, out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out) writeOutputFile(out, data, inputs);
  else await writeStdout(data);
}

/** A note for the user on stderr (never stdout, so piped results stay clean). */
export function note(line: string, quiet: boolean): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}

/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
export function useColor(flag: boolean, out: string | undefined): boolean {
  return flag && !out && Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
