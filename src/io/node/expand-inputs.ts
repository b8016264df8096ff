import { createHash } from 'node:crypto';
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CadreError } from '../../model/cadre-error.js';

/** File names a folder or a pattern contributes: what the readers open (sniffed by content, chosen by name here). */
export const ROSTER_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.csv', '.tsv'] as const;

/** How an argument became files, for the line on stderr. */
export interface Expansion {
  arg: string;
  kind: 'file' | 'folder' | 'pattern';
  files: string[];
}

const GLOB_CHARS = /[*?[]/;

/**
 * Names in the order people number them: "xa-2" before "xa-10", case and accents after the letters. The
 * collator is made when names are first sorted (~10 ms): a run on one file never sorts any.
 */
let collator: Intl.Collator | undefined;
export const byName = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })).compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** A roster file a folder or pattern may bring in: a known extension, not hidden, not an Office lock file (~$x.xlsx). */
export function isRosterName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && !name.startsWith('~$') && ROSTER_EXTENSIONS.some((e) => lower.endsWith(e));
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** Every roster file in a folder, sorted by name; subfolders (sorted after the files) only when `recursive`. */
async function rostersIn(dir: string, recursive: boolean): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new CadreError('FILE_NOT_FOUND', `${dir}: the folder cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const names = entries.map((e) => e.name).sort(byName);
  const files: string[] = [];
  const dirs: string[] = [];
  for (const name of names) {
    const e = entries.find((x) => x.name === name)!;
    const path = join(dir, name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && (await kindOf(path)) === 'folder');
    if (isDir) {
      if (recursive && !name.startsWith('.')) dirs.push(path);
    } else if (isRosterName(name)) files.push(path);
  }
  for (const d of dirs) files.push(...(await rostersIn(d, true)));
  return files;
}

/** A one-level pattern (`*`, `?`, `[abc]`, `[!abc]`) as a regular expression over a file name. */
export function patternRegex(pattern: string, caseless: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, caseless ? 'iu' : 'u');
}

/**
 * Expands a pattern the shell left alone (cmd and PowerShell never expand; a quoted pattern in sh): `*`, `?`
 * and `[…]` within each folder level, `/` (and `\` on Windows) between levels. Hidden names match only a
 * pattern that starts with a dot. Sorted like a folder.
 */
async function expandPattern(pattern: string, windows: boolean): Promise<string[]> {
  const sep = windows ? /[\\/]/ : /\//;
  const parts = pattern.split(sep);
  // The fixed start: an absolute root ("/", "C:"), then every level without a wildcard.
  let base = parts[0] === '' ? '/' : windows && /^[A-Za-z]:$/.test(parts[0]) ? `${parts[0]}\\` : '.';
  let i = parts[0] === '' || (windows && /^[A-Za-z]:$/.test(parts[0])) ? 1 : 0;
  const fixed: string[] = [];
  while (i < parts.length - 1 && !GLOB_CHARS.test(parts[i])) fixed.push(parts[i++]);
  if (fixed.length) base = base === '.' ? join(...fixed) : join(base, ...fixed);
  let current = [base];
  const relative = base === '.';
  for (; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      if (!GLOB_CHARS.test(part)) {
        const path = relative && dir === '.' ? part : join(dir, part);
        if ((await kindOf(path)) !== undefined) next.push(path);
        continue;
      }
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      const re = patternRegex(part, windows);
      for (const e of [...entries].sort((a, b) => byName(a.name, b.name))) {
        if (e.name.startsWith('.') && !part.startsWith('.')) continue;
        if (!re.test(e.name)) continue;
        const path = relative && dir === '.' ? e.name : join(dir, e.name);
        const kind = await kindOf(path);
        if (last ? kind === 'file' && !e.name.startsWith('~$') : kind === 'folder') next.push(path);
      }
    }
    current = next;
  }
  return current;
}

/**
 * The rosters named on the command line, as people hand them over: a file as is; a folder as every roster
 * inside it (sorted by name, subfolders only with `recursive`); a pattern the shell did not expand
 * (`"xa-*.xlsx"`, any pattern on Windows) expanded here. A path that exists is never read as a pattern.
 * A missing path is left for the reader to refuse by name.
 */
export async function expandInputs(args: readonly string[], opts: { recursive?: boolean; windows?: boolean } = {}): Promise<Expansion[]> {
  const windows = opts.windows ?? process.platform === 'win32';
  const out: Expansion[] = [];
  for (const arg of args) {
    const kind = await kindOf(arg);
    if (kind === 'folder') {
      const files = await rostersIn(arg, opts.recursive ?? false);
      if (!files.length) {
        throw new CadreError(
          'FILE_NOT_FOUND',
          `${arg}: no roster file (${ROSTER_EXTENSIONS.join(' ')}) in this folder${opts.recursive ? ' or below' : ''}`,
          opts.recursive ? undefined : 'add --recursive to read the folders inside it too',
        );
      }
      out.push({ arg, kind: 'folder', files });
    } else if (kind === undefined && GLOB_CHARS.test(arg)) {
      const files = await expandPattern(arg, windows);
      if (!files.length) throw new CadreError('FILE_NOT_FOUND', `${arg}: no file matches`, 'check the folder and the pattern');
      out.push({ arg, kind: 'pattern', files });
    } else out.push({ arg, kind: 'file', files: [arg] });
  }
  return out;
}

async function contentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Refuses a roster given twice (the same path, or another path to the same bytes): its people would be
 * counted twice, or (`periods`, compare) a period compared with itself. Only files of equal size are hashed, so one big roster costs nothing.
 */
export async function refuseDuplicates(files: readonly string[], periods = false): Promise<void> {
  const sizes = new Map<number, string[]>();
  for (const f of files) {
    let size: number;
    try {
      size = (await stat(f)).size;
    } catch {
      continue; // missing: the reader says so by name
    }
    sizes.set(size, [...(sizes.get(size) ?? []), f]);
  }
  for (const same of sizes.values()) {
    if (same.length < 2) continue;
    const seen = new Map<string, string>();
    for (const f of same) {
      const h = await contentHash(f);
      const first = seen.get(h);
      if (first !== undefined) {
        // compare (`periods`): no one is counted twice, but a period would be compared with itself.
        if (periods)
          throw new CadreError(
            'BAD_USAGE',
            first === f
              ? `${f} is given twice: a period would be compared with itself`
              : `${f} has the same content as ${first}: the same roster cannot be two periods`,
            "give each period's roster once",
          );
        throw new CadreError(
          'BAD_USAGE',
          first === f
            ? `${f} is given twice: its people would be counted twice`
            : `${f} has the same content as ${first}: the same roster given twice would be counted twice`,
          'give each roster once',
        );
      }
      seen.set(h, f);
    }
  }
}
