import { Help, type Command, type Option } from 'commander';
import type { Lang } from '../model/options.js';
import { vocab } from '../vocab/load-json.js';
import type { HelpVi } from '../vocab/schemas.js';
import help from '../vocab/help.json' with { type: 'json' };

/** The Vietnamese of `--help` (src/vocab/help.json); the English is what the commands declare. */
export const HELP_VI = vocab<HelpVi>(help);

/** The Vietnamese help of an option of `command`: a command's own wording first, then the shared one. */
export function optionHelpVi(command: string, option: Option): string | undefined {
  const long = option.long ?? option.flags;
  return HELP_VI.options[`${command} ${long}`] ?? HELP_VI.options[long];
}

// The option's help with its choices and default said in Vietnamese; a false or empty default says nothing.
function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${HELP_VI.extra.choices}: ${option.argChoices.join(', ')}`);
  const value: unknown = option.defaultValue;
  const shown = value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0) && (option.required || option.optional);
  if (shown) extra.push(`${HELP_VI.extra.default}: ${option.defaultValueDescription ?? (typeof value === 'string' ? value : JSON.stringify(value))}`);
  return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
}

const BASE = new Help();
const OPTIONS = / \[options\]/;

// The usage line with commander's "[options]" and, for a command that has commands, "[command]" in Vietnamese
// ("cadre-stats [tuỳ chọn] [lệnh]"); an argument keeps its name, as the list of arguments below it says it.
function commandUsage(cmd: Command): string {
  const usage = BASE.commandUsage(cmd).replace(OPTIONS, ` [${HELP_VI.usage.options}]`);
  return cmd.commands.length ? usage.replace(/ \[command\]/, ` [${HELP_VI.usage.command}]`) : usage;
}

// A command in the list of commands: "summarize [tuỳ chọn] <roster...>".
const subcommandTerm = (cmd: Command): string => BASE.subcommandTerm(cmd).replace(OPTIONS, ` [${HELP_VI.usage.options}]`);

/**
 * Puts the program's help in `lang`: with `vi`, every command, argument and option described from
 * help.json, commander's headings ("Usage:", "Options:"), the usage line's "[options] [command]" and the
 * words around choices and defaults in Vietnamese. An option help.json lacks keeps its English (a test keeps the list complete).
 */
export function localizeHelp(root: Command, lang: Lang): void {
  if (lang === 'en') return;
  const visit = (cmd: Command): void => {
    cmd.configureHelp({ styleTitle: (title: string) => HELP_VI.titles[title] ?? title, optionDescription, commandUsage, subcommandTerm });
    cmd.helpOption('-h, --help', HELP_VI.options['--help']);
    const name = cmd === root ? '' : cmd.name();
    if (name && HELP_VI.commands[name]) cmd.description(HELP_VI.commands[name]);
    for (const arg of cmd.registeredArguments) {
      const text = HELP_VI.arguments[`${name} ${arg.name()}`];
      if (text) arg.description = text;
    }
    for (const option of cmd.options) {
      const text = optionHelpVi(name, option);
      if (text) option.description = text;
    }
    for (const sub of cmd.commands) visit(sub);
  };
  root.description(HELP_VI.program);
  root.helpCommand(`help [${HELP_VI.usage.command}]`, HELP_VI.commands.help);
  visit(root);
}
