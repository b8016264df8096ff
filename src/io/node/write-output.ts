import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CadreError } from '../../model/cadre-error.js';

/** Resolves a path for comparison, following links when the file exists. */
function canonical(path: string): string {
  const abs = resolve(path);
  return existsSync(abs) ? realpathSync(abs) : abs;
}

/**
 * Writes `data` to `out` atomically (a temporary file in the same folder, then a rename), refusing to
 * write over any of `inputs` and to create missing folders.
 */
export function writeOutputFile(out: string, data: string | Uint8Array, inputs: readonly string[]): void {
  checkOutputPath(out, inputs);
  const target = canonical(out);
  const folder = dirname(resolve(out));
  const tmp = join(folder, `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new CadreError('OUTPUT_ERROR', `--out ${out}: cannot write (${(err as Error).message})`);
  }
}

/** Fails early (before any reading) when `--out` names an input, a folder, or a file in a missing folder. */
export function checkOutputPath(out: string, inputs: readonly string[]): void {
  const target = canonical(out);
  for (const input of inputs) {
    if (canonical(input) === target) {
      throw new CadreError('BAD_USAGE', `--out ${out}: refusing to write over the input file ${input}`, 'choose another output file name');
    }
  }
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CadreError('OUTPUT_ERROR', `--out ${out}: folder ${folder} does not exist`, 'create the folder first or choose another path');
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new CadreError('OUTPUT_ERROR', `--out ${out}: is a folder`, 'give a file name');
  }
}

let pipeGuard = false;

/**
 * Writes to stdout; a closed pipe (`| head`) ends quietly instead of raising EPIPE.
 * Resolves when the data is flushed or the reader has gone.
 */
export function writeStdout(data: string | Uint8Array): Promise<void> {
  if (!pipeGuard) {
    pipeGuard = true;
    // The reader of a pipe may leave early (`| head`): that is not an error of ours.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') process.exitCode = 1;
    });
  }
  return new Promise((done) => {
    process.stdout.write(data, () => done());
  });
}
