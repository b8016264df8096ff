import { CadreError } from '../model/cadre-error.js';
import { ui } from '../vocab/ui.js';
import type { PageError, PageOptions } from './protocol.js';

/** An error as the user is told it: one line in the page's language, the CLI's own line under it. */
export function pageError(err: unknown, lang: PageOptions['lang']): PageError {
  if (err instanceof CadreError) {
    // Said as `summarize` says it, in the page's language already (the files are named inside the sentence).
    if (err.code === 'NO_PEOPLE') return { line: err.message, detail: `cadre-stats: ${err.message}${err.hint ? ` (${err.hint})` : ''}` };
    const file = /^(.+?): /.exec(err.message)?.[1] ?? '';
    const detail = `cadre-stats: ${err.message}${err.hint ? ` (${err.hint})` : ''}`;
    let line = ui(`web.err.${err.code}`, lang, { file });
    if (!file || !err.message.startsWith(`${file}: `)) line = `${line}: ${err.message}`;
    return { line, detail };
  }
  const e = err as Error;
  return { line: ui('web.err.internal', lang), detail: `cadre-stats: internal error: ${e?.message ?? String(err)}` };
}
