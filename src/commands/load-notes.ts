import type { Lang } from '../model/options.js';
import { loadNoteLines } from '../pipeline/load-notes.js';
import type { LoadResult } from '../pipeline/roster-events.js';
import { ui } from '../vocab/ui.js';
import { midSentence } from '../render/paragraph-writer.js';
import { note } from './emit.js';

export { lowConfidenceColumns } from '../pipeline/load-notes.js';

/**
 * Tells the user, on stderr, what the reading found worth saying (see loadNoteLines); within a comparison,
 * each line names its period (`period`: "kỳ 2020: Tuổi tính đến ngày 31/12/2020 …").
 */
export function reportLoadNotes(load: LoadResult, lang: Lang, quiet: boolean, yearOnly: number, period?: string): void {
  for (const line of loadNoteLines(load, lang, yearOnly, period === undefined ? 'summarize' : 'period'))
    note(period === undefined ? line : ui('periodNote', lang, { label: period, line: midSentence(line) }), quiet);
}
