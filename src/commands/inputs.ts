import { basename } from 'node:path';
import { expandInputs, refuseDuplicates } from '../io/node/expand-inputs.js';
import type { Lang } from '../model/options.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';
import { note } from './emit.js';

/** A list of names short enough for one line: all of up to 8, else the first three, …, the last. */
function shortList(names: readonly string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 3).join(', ')}, …, ${names[names.length - 1]}`;
}

/**
 * The roster files of the command line, as people hand them over (folders, patterns the shell did not
 * expand), each said on stderr when it stood for several; the same roster twice is a usage error.
 */
export async function rosterFiles(args: readonly string[], opts: { recursive: boolean; lang: Lang; quiet: boolean; periods?: boolean }): Promise<string[]> {
  return (await rosterInputs(args, opts)).files;
}

/** rosterFiles, with the files that came from a folder (one of those holding no roster is skipped, not an error). */
export async function rosterInputs(
  args: readonly string[],
  opts: { recursive: boolean; lang: Lang; quiet: boolean; periods?: boolean },
): Promise<{ files: string[]; fromFolders: Set<string> }> {
  const expansions = await expandInputs(args, { recursive: opts.recursive });
  for (const e of expansions) {
    if (e.kind === 'file') continue;
    const files = shortList(e.files.map((f) => basename(f)));
    note(ui(e.kind === 'folder' ? 'inputsFolder' : 'inputsPattern', opts.lang, { arg: e.arg, n: formatCount(e.files.length, opts.lang), files }), opts.quiet);
  }
  const files = expansions.flatMap((e) => e.files);
  await refuseDuplicates(files, opts.periods);
  return { files, fromFolders: new Set(expansions.flatMap((e) => (e.kind === 'folder' ? e.files : []))) };
}

// The page says it too: it lives below commands/ now.
export { nobodyWhy } from '../pipeline/nobody-why.js';
