import { Command } from 'commander';
import { CadreError } from '../model/cadre-error.js';
import { compareFiles } from '../pipeline/compare-files.js';
import { addOptions } from './options.js';
import { checkOutputPath } from '../io/node/write-output.js';
import { emit, renderContext } from './emit.js';
import { renderComparison } from '../render/comparison-output.js';
import { reportLoadNotes } from './load-notes.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';
import { progressLine } from './progress.js';

/** `cadre-stats compare <old> <new> [more…]`: periods side by side, the change, and who moved. */
export function compareCommand(): Command {
  const cmd = new Command('compare')
    .alias('diff')
    .description('rosters of two or more periods side by side (oldest first), the change last vs first, and who stayed, joined or left')
    .argument('<rosters...>', 'one roster file per period, oldest first');
  addOptions(cmd, 'compare').action(async (files: string[], raw: Record<string, unknown>, self: Command) => {
    const { options, settings } = resolveOptions('compare', { ...raw, ...optionSources(self) });
    if (options.out) checkOutputPath(options.out, files);
    const labels = options.labels?.split(',').map((l) => l.trim());
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
    const { report, results } = await compareFiles(
      files.map((f, i) => ({ files: [f], label: labels?.[i] })),
      { ...settings, onProgress: progress.onProgress },
    ).finally(() => progress.done());
    for (const r of results) reportLoadNotes(r.load, settings.lang, options.quiet, r.yearOnlyAges);
    const text = await renderComparison(report, options.format ?? 'table', renderContext(options, settings));
    await emit(text, options.out, files);
  });
  return cmd;
}
