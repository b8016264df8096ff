import type { Lang } from '../model/options.js';
import { loadNoteLines } from '../pipeline/load-notes.js';
import type { LoadResult } from '../pipeline/roster-events.js';
import { note } from './emit.js';

export { lowConfidenceColumns } from '../pipeline/load-notes.js';

/** Tells the user, on stderr, what the reading found worth saying (see loadNoteLines). */
export function reportLoadNotes(load: LoadResult, lang: Lang, quiet: boolean, yearOnly: number, within: 'summarize' | 'period' = 'summarize'): void {
  for (const line of loadNoteLines(load, lang, yearOnly, within)) note(line, quiet);
}
