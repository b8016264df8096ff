import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { compareCommand } from './commands/compare.js';
import { inspectCommand } from './commands/inspect.js';
import { summarizeCommand } from './commands/summarize.js';
import { webCommand } from './commands/web.js';
import { CadreError } from './model/cadre-error.js';
import type { Lang } from './model/options.js';
import { HELP_VI, localizeHelp } from './commands/help-text.js';
import { argvLang } from './commands/ui-lang.js';
import { say } from './vocab/sayings.js';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

/**
 * The program: commands composed, one error handler, exit codes 0 / 1 (bad input) / 2 (bad usage); help
 * and commander's usage errors in `lang` (Vietnamese unless --lang en or an English LANG).
 */
export function program(lang: Lang = argvLang(process.argv)): Command {
  const root = new Command('cadre-stats')
    .description('Statistics on the quality of cadres, civil servants and public employees, from Excel rosters as they are.')
    .version(pkg.version)
    .addHelpText(
      'after',
      `
${lang === 'vi' ? HELP_VI.examples : 'Examples:'}
  cadre-stats summarize roster.xlsx
  cadre-stats summarize roster.xlsx --format csv --out bao-cao.csv
  cadre-stats summarize xa-*.xlsx --by unit --where "position~bí thư"
  cadre-stats summarize roster.xlsx --format text
  cadre-stats summarize roster.xlsx --form bm01 --out bm01.xlsx --where level!=commune
  cadre-stats compare 2020.xlsx 2025.xlsx
  cadre-stats compare 2020.xlsx 2025.xlsx --format html --out so-sanh.html
  cadre-stats inspect roster.xlsx
  cadre-stats web --out cadre-stats.html`,
    );
  root.addCommand(summarizeCommand());
  root.addCommand(compareCommand());
  root.addCommand(inspectCommand());
  root.addCommand(webCommand());
  localizeHelp(root, lang);
  // Every usage error ends with where to read the usage: the command's own help for a command's error.
  const quiet = (cmd: Command, path: string): Command => {
    cmd
      .exitOverride()
      .configureOutput({ outputError: (str, write) => write(usageError(str, lang)) })
      .showHelpAfterError(lang === 'vi' ? HELP_VI.afterError.replace('{command}', path) : `(run ${path} --help for usage)`);
    for (const sub of cmd.commands) quiet(sub, `${path} ${sub.name()}`);
    return cmd;
  };
  return quiet(root, 'cadre-stats');
}

// Commander's "error: unknown option '--x'\n" in `lang` (the help hint after it is already in `lang`).
function usageError(text: string, lang: Lang): string {
  const body = text.replace(/\n$/, '');
  return body.startsWith('error: ') ? `${say(body, lang)}\n` : text;
}

/** Runs the program and returns the exit code; only `--verbose` shows stack traces. */
export async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const lang = argvLang(argv);
  try {
    await program(lang).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CadreError) {
      process.stderr.write(`cadre-stats: ${say(err.message, lang)}\n${err.hint ? `  ${say(err.hint, lang)}\n` : ''}`);
      if (verbose) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    const detail = e?.message ?? String(err);
    process.stderr.write(`cadre-stats: ${say(`internal error: ${detail}`, lang)}${verbose ? '' : ` ${say('(run again with --verbose for details)', lang)}`}\n`);
    if (verbose) process.stderr.write(`${e?.stack}\n`);
    return 1;
  }
}
