import { CadreError } from '../model/cadre-error.js';
import { say } from '../vocab/sayings.js';
import { ui } from '../vocab/ui.js';
import type { PageError, PageOptions } from './protocol.js';

/** An error as the user is told it: one line in the page's language, the CLI's own line (in that language too) under it. */
export function pageError(err: unknown, lang: PageOptions['lang']): PageError {
  if (err instanceof CadreError) {
    // The CLI's stderr line (cli.ts): its message and hint in the chosen language.
    const detail = `cadre-stats: ${say(err.message, lang)}${err.hint ? ` (${say(err.hint, lang)})` : ''}`;
    // Said as `summarize` says it, in the page's language already (the files are named inside the sentence).
    if (err.code === 'NO_PEOPLE') return { line: err.message, detail };
    // An option the run cannot take is no file that could not be read: said whole ("--age-bands abc: …").
    if (err.code === 'BAD_USAGE' || err.code === 'BAD_CONFIG')
      return { line: `${ui(`web.err.${err.code}`, lang)}: ${say(err.message, lang)}`, detail, title: 'run' };
    const file = /^(.+?): /.exec(err.message)?.[1] ?? '';
    let line = ui(`web.err.${err.code}`, lang, { file });
    if (!file || !err.message.startsWith(`${file}: `)) line = `${line}: ${say(err.message, lang)}`;
    return { line, detail };
  }
  const e = err as Error;
  return { line: ui('web.err.internal', lang), detail: `cadre-stats: ${say(`internal error: ${e?.message ?? String(err)}`, lang)}` };
}
