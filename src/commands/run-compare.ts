import type { Command } from 'commander';
import { CadreError } from '../model/cadre-error.js';
import { compareFiles } from '../pipeline/compare-files.js';
import { comparisonWarnings } from '../pipeline/compare-notes.js';
import { countingWarnings } from '../pipeline/summarize-files.js';
import { checkOutputPath } from '../io/node/write-output.js';
import { emit, note, renderContext } from './emit.js';
import { rosterFiles } from './inputs.js';
import { ui } from '../vocab/ui.js';
import { renderComparison } from '../render/comparison-output.js';
import { reportLoadNotes } from './load-notes.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';
import { progressLine } from './progress.js';

/** Runs `cadre-stats compare` with the options commander parsed (see compare.ts). */
export async function runCompare(args: string[], raw: Record<string, unknown>, self: Command): Promise<void> {
  const { options, settings } = await resolveOptions('compare', { ...raw, ...optionSources(self) });
  const files = await rosterFiles(args, { recursive: options.recursive, lang: settings.lang, quiet: options.quiet, periods: true });
  if (options.out) checkOutputPath(options.out, files);
  const labels = options.labels?.split(',').map((l) => l.trim());
  // An empty label ("--labels ,") would head a period's columns with nothing.
  if (labels?.some((l) => l === ''))
    throw new CadreError('BAD_USAGE', `--labels ${options.labels}: a label is empty`, 'give one label per roster, oldest first, e.g. --labels 2020,2025');
  if (labels && labels.length !== files.length) {
    throw new CadreError(
      'BAD_USAGE',
      `--labels ${options.labels}: ${labels.length} labels for ${files.length} rosters`,
      'give one label per roster, oldest first, e.g. --labels 2020,2025',
    );
  }
  // Old unit names line up under today's units by default when the latest roster is of the two-level state.
  settings.units ??= { asOf: 'latest', province: options.province };
  const progress = progressLine(settings.lang, options.quiet);
  const { report, results, reordered } = await compareFiles(
    files.map((f, i) => ({ files: [f], label: labels?.[i] })),
    { ...settings, onProgress: progress.onProgress },
  ).finally(() => progress.done());
  for (const [i, r] of results.entries()) {
    reportLoadNotes(r.load, settings.lang, options.quiet, r.yearOnlyAges, report.periods[i].label);
    for (const w of countingWarnings(r.report)) note(w.message, options.quiet);
  }
  if (reordered) note(ui('periodsReordered', settings.lang, { order: reordered.order.join(', '), given: reordered.given.join(', ') }), options.quiet);
  const warnings = comparisonWarnings(report, results, settings);
  for (const w of warnings) note(w.message, options.quiet);
  const text = await renderComparison(warnings.length ? { ...report, warnings } : report, options.format ?? 'table', renderContext(options, settings));
  await emit(text, options.out, files);
}
