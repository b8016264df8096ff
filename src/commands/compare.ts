import { Command } from 'commander';
import { CadreError } from '../model/cadre-error.js';
import { compareFiles } from '../pipeline/compare-files.js';
import { renderComparisonCsv } from '../render/compare-csv.js';
import { comparisonBlocks, comparisonPreamble } from '../render/compare-text.js';
import { markdownGrid } from '../render/markdown.js';
import { drawGrid } from '../render/table.js';
import { addCommonOptions } from './common-options.js';
import { checkOutputPath } from '../io/write-output.js';
import { emit, useColor } from './emit.js';
import { reportLoadNotes } from './load-notes.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';

/** `cadre-stats compare <old> <new> [more…]`: periods side by side, the change, and who moved. */
export function compareCommand(): Command {
  const cmd = new Command('compare')
    .alias('diff')
    .description('rosters of two or more periods side by side (oldest first), the change last vs first, and who stayed, joined or left')
    .argument('<rosters...>', 'one roster file per period, oldest first')
    .option('--labels <a,b,…>', 'period labels (default: the year in each roster title or file name)');
  addCommonOptions(cmd).action(async (files: string[], raw: Record<string, unknown>, self: Command) => {
    const { options, settings } = resolveOptions({ ...raw, ...optionSources(self) });
    if (options.out) checkOutputPath(options.out, files);
    const labels = options.labels?.split(',').map((l) => l.trim());
    if (labels && labels.length !== files.length) {
      throw new CadreError('BAD_USAGE', `--labels ${options.labels}: ${labels.length} labels for ${files.length} rosters`, 'give one label per roster, oldest first, e.g. --labels 2020,2025');
    }
    const { report, results } = await compareFiles(files.map((f, i) => ({ files: [f], label: labels?.[i] })), settings);
    for (const r of results) reportLoadNotes(r.load, settings.lang, options.quiet, r.yearOnlyAges);
    const format = options.format ?? 'table';
    const f = { lang: settings.lang, decimals: settings.decimals, by: settings.by };
    let text: string;
    if (format === 'json') text = `${JSON.stringify(report, null, 2)}\n`;
    else if (format === 'csv') text = renderComparisonCsv(report, settings.lang, options.csvLocale);
    else if (format === 'md') {
      const [title, ...rest] = comparisonPreamble(report, settings.lang);
      const blocks = comparisonBlocks(report, f).map((b) => [`## ${b.heading}`, ...b.grids.map(markdownGrid)].join('\n\n'));
      text = `${[`# ${title}`, '', ...rest.map((l) => `${l}  `), '', ...blocks].join('\n')}\n`;
    } else {
      const color = useColor(options.color, options.out);
      const blocks = comparisonBlocks(report, f).map((b) => [b.heading, ...b.grids.map((g) => drawGrid(g, color))].join('\n\n'));
      text = `${[...comparisonPreamble(report, settings.lang), '', ...blocks].join('\n')}\n`;
    }
    await emit(text, options.out, files);
  });
  return cmd;
}
