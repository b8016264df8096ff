import { Command } from 'commander';
import { addOptions } from './options.js';

/** `cadre-stats compare <old> <new> [more…]`: periods side by side, the change, and who moved. */
export function compareCommand(): Command {
  const cmd = new Command('compare')
    .alias('diff')
    .description(
      'rosters of two or more periods side by side (oldest first), the change against the previous period and the first, and who stayed, joined or left',
    )
    .argument('<rosters...>', 'one roster file per period (a folder or pattern gives one period per file); put in time order when their years are known');
  addOptions(cmd, 'compare').action(async (args: string[], raw: Record<string, unknown>, self: Command) => {
    // The work's modules load when the command runs (see summarize.ts).
    const { runCompare } = await import('./run-compare.js');
    await runCompare(args, raw, self);
  });
  return cmd;
}
