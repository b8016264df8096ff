import { Command } from 'commander';
import { addOptions } from './options.js';

/** `cadre-stats inspect <roster>`: sheets, header rows, column mapping, skipped rows, unrecognised values. */
export function inspectCommand(): Command {
  const cmd = new Command('inspect')
    .description('show what was found in a roster: sheets, header rows, column mapping, skipped rows, values not recognised')
    .argument('<roster>', 'a roster file (.xlsx)');
  addOptions(cmd, 'inspect').action(async (file: string, raw: Record<string, unknown>, self: Command) => {
    // The work's modules load when the command runs (see summarize.ts).
    const { runInspect } = await import('./run-inspect.js');
    await runInspect(file, raw, self);
  });
  return cmd;
}
