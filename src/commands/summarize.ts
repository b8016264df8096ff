import { Command } from 'commander';
import { addOptions } from './options.js';

/** `cadre-stats summarize <roster...>`: every dimension and indicator of one population. */
export function summarizeCommand(): Command {
  const cmd = new Command('summarize')
    .alias('summary')
    .description('count and percent of every dimension and indicator, over one or more roster files (one population)')
    .argument('<roster...>', 'roster files (.xlsx .xls .ods .csv), folders of them or patterns (xa-*.xlsx); several files are one population');
  addOptions(cmd, 'summarize').action(async (args: string[], raw: Record<string, unknown>, self: Command) => {
    // The work's modules load when the command runs: `--help`, `--version` and the other commands never pay for them.
    const { runSummarize } = await import('./run-summarize.js');
    await runSummarize(args, raw, self);
  });
  return cmd;
}
