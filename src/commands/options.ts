import { type Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS, type Format } from '../model/options.js';
import { FORM_IDS } from '../vocab/forms.js';

export type CommandName = 'summarize' | 'compare' | 'inspect';
const ALL: readonly CommandName[] = ['summarize', 'compare', 'inspect'];
const COUNTING: readonly CommandName[] = ['summarize', 'compare'];

/**
 * One option, declared once: its flags and help, how its value is read (which gives both commander's
 * parsing and the type), its default, and the commands that honour it. A command accepts only these.
 */
interface OptionDecl {
  key: string;
  flags: string;
  help: string;
  commands: readonly CommandName[];
  kind: 'text' | 'flag' | 'negated' | 'list' | 'int' | 'choice';
  choices?: readonly string[];
  min?: number;
  max?: number;
  default?: string | number | boolean | string[];
}

const INSPECT_FORMATS = ['table', 'json'] as const;

const DECLS = [
  { key: 'sheet', flags: '--sheet <name|number|all>', help: 'which sheet to read', commands: ALL, kind: 'text', default: 'all' },
  {
    key: 'asOf',
    flags: '--as-of <YYYY-MM-DD>',
    help: 'reference date for ages (default: the date in the roster title or file name; a year alone: its 31/12; a term: 31/12 of its first year; else today)',
    commands: ALL,
    kind: 'text',
  },
  {
    key: 'map',
    flags: '--map <field=COLUMN>',
    help: "read this field from this column (letter or title), overriding the evidence-based choice; 'SHEET!field=COLUMN' in that sheet only (repeatable)",
    commands: ALL,
    kind: 'list',
    default: [],
  },
  {
    key: 'where',
    flags: '--where <expr>',
    help: 'keep people matching field=value, field!=value, field~text, field!~text (repeatable; field names in English or Vietnamese)',
    commands: COUNTING,
    kind: 'list',
    default: [],
  },
  {
    key: 'by',
    flags: '--by <field>',
    help: 'one table per value of a field (unit/đơn vị, level/cấp, category, sheet, gender, …) plus the total',
    commands: COUNTING,
    kind: 'text',
  },
  {
    key: 'format',
    flags: '--format <format>',
    help: 'output format (default: from the --out extension, else table); xlsx needs --out',
    commands: COUNTING,
    kind: 'choice',
    choices: FORMATS,
  },
  {
    key: 'format',
    flags: '--format <format>',
    help: 'output format (default: from the --out extension, else table)',
    commands: ['inspect'],
    kind: 'choice',
    choices: INSPECT_FORMATS,
  },
  {
    key: 'csvLocale',
    flags: '--csv-locale <locale>',
    help: 'CSV separators: default (, and .) or vi (; and decimal commas, for Excel in Vietnamese)',
    commands: COUNTING,
    kind: 'choice',
    choices: ['default', 'vi'],
    default: 'default',
  },
  {
    key: 'csvKeys',
    flags: '--csv-keys',
    help: 'CSV with the machine columns (group,dimension,key,label,count,base,percent) instead of Vietnamese headers',
    commands: COUNTING,
    kind: 'flag',
    default: false,
  },
  {
    key: 'layout',
    flags: '--layout <layout>',
    help: 'with --by: long (a table per group) or wide (one table, a row per group; default for xlsx and html)',
    commands: ['summarize'],
    kind: 'choice',
    choices: ['long', 'wide'],
  },
  {
    key: 'form',
    flags: '--form <form>',
    help: 'with --format xlsx: add a sheet laid out like an official form: BM01 or BM02 of Thông tư 11/2012/TT-BNV (a row per unit), or Biểu số 8B-BTCTW (a row per criterion, a column per level)',
    commands: ['summarize'],
    kind: 'choice',
    choices: FORM_IDS,
  },
  { key: 'bars', flags: '--bars', help: 'terminal tables: a bar per category row', commands: COUNTING, kind: 'flag', default: false },
  {
    key: 'out',
    flags: '--out <file>',
    help: 'write to this file instead of stdout; an existing file is replaced atomically (never an input file); its extension sets --format when not given',
    commands: ALL,
    kind: 'text',
  },
  {
    key: 'lang',
    flags: '--lang <lang>',
    help: 'the language of labels, numbers, notes, errors and help (English by default when the locale is English, e.g. LANG=en_US.UTF-8)',
    commands: ALL,
    kind: 'choice',
    choices: ['vi', 'en'],
    default: 'vi',
  },
  { key: 'decimals', flags: '--decimals <n>', help: 'decimals in percentages', commands: COUNTING, kind: 'int', min: 0, max: 6, default: 2 },
  {
    key: 'rounding',
    flags: '--rounding <mode>',
    help: 'rounding of category shares',
    commands: COUNTING,
    kind: 'choice',
    choices: ['largest-remainder', 'half-up'],
    default: 'largest-remainder',
  },
  {
    key: 'ageBands',
    flags: '--age-bands <preset|list>',
    help: 'bnv, btctw, leaders, congress, or upper bounds like 30,40,50,60',
    commands: COUNTING,
    kind: 'text',
    default: 'bnv',
  },
  { key: 'youngUnder', flags: '--young-under <n>', help: 'age limit of "trẻ dưới N tuổi"', commands: COUNTING, kind: 'int', min: 1, max: 120, default: 40 },
  { key: 'locality', flags: '--locality <name>', help: 'compare every hometown with this place for origin (người địa phương)', commands: ALL, kind: 'text' },
  {
    key: 'preset',
    flags: '--preset <name>',
    help: 'dai-hoi: congress and election composition (nữ, trẻ, dân tộc thiểu số, tôn giáo, ngoài Đảng, tái cử, lần đầu, trên đại học, không là người địa phương) with their targets, and age eligibility',
    commands: COUNTING,
    kind: 'choice',
    choices: ['dai-hoi'],
  },
  {
    key: 'congressDate',
    flags: '--congress-date <YYYY-MM-DD>',
    help: 'reference date of the congress for age eligibility and "trẻ" (default: the month Chỉ thị 45-CT/TW sets for each level); implies --preset dai-hoi',
    commands: COUNTING,
    kind: 'text',
  },
  {
    key: 'congressDate',
    flags: '--congress-date <YYYY-MM-DD>',
    help: 'with --eligibility: the congress date the list is told at (default: the month Chỉ thị 45-CT/TW sets for each level)',
    commands: ['inspect'],
    kind: 'text',
  },
  {
    key: 'unitsAsOf',
    flags: '--units-as-of <YYYY-MM-DD>',
    help: "map old unit names to the units in force at that date (official 2025 lists); compare: default the latest roster's date",
    commands: ALL,
    kind: 'text',
  },
  {
    key: 'province',
    flags: '--province <name>',
    help: "the province within which unit names are matched, when the roster's title does not name it",
    commands: ALL,
    kind: 'text',
  },
  {
    key: 'eligibility',
    flags: '--eligibility',
    help: 'list, by row, the people marked tái cử or lần đầu whose service left falls short of the congress age rule (Chỉ thị 45-CT/TW)',
    commands: ['inspect'],
    kind: 'flag',
    default: false,
  },
  {
    key: 'recursive',
    flags: '--recursive',
    help: 'a folder given as a roster: read the folders inside it too',
    commands: COUNTING,
    kind: 'flag',
    default: false,
  },
  { key: 'config', flags: '--config <file>', help: 'JSON config: extra column titles, synonyms, age presets, unit renames', commands: ALL, kind: 'text' },
  { key: 'strict', flags: '--strict', help: 'exit 1 if any value could not be classified', commands: ['summarize'], kind: 'flag', default: false },
  {
    key: 'labels',
    flags: '--labels <a,b,…>',
    help: 'period labels, one per roster in the order given, which is kept (default: the year in each roster title or file name, in time order)',
    commands: ['compare'],
    kind: 'text',
  },
  { key: 'color', flags: '--no-color', help: 'no colour (NO_COLOR is honoured too)', commands: ALL, kind: 'negated', default: true },
  { key: 'quiet', flags: '--quiet', help: 'no progress or notes on stderr', commands: ALL, kind: 'flag', default: false },
  { key: 'verbose', flags: '--verbose', help: 'show stack traces of internal errors', commands: ALL, kind: 'flag', default: false },
] as const satisfies readonly OptionDecl[];

function parserOf(d: OptionDecl): ((value: string, previous: unknown) => unknown) | undefined {
  if (d.kind === 'list') return (value, previous) => [...((previous as string[] | undefined) ?? []), value];
  if (d.kind === 'int') {
    return (value) => {
      if (!/^-?\d+$/.test(value.trim()) || Number(value) < d.min! || Number(value) > d.max!) {
        throw new InvalidArgumentError(`${d.flags.split(' ')[0]} takes a whole number from ${d.min} to ${d.max}.`);
      }
      return Number(value);
    };
  }
  return undefined;
}

/** Adds to a command the options it honours, each from its one declaration. */
export function addOptions(cmd: Command, name: CommandName): Command {
  for (const d of DECLS as readonly OptionDecl[]) {
    if (!d.commands.includes(name)) continue;
    const option = new Option(d.flags, d.help);
    if (d.choices) option.choices(d.choices);
    const parse = parserOf(d);
    if (parse) option.argParser(parse);
    if (d.default !== undefined && d.kind !== 'negated') option.default(d.default);
    cmd.addOption(option);
  }
  return cmd;
}

/** The parsed options of any command: those it does not honour are never set. */
export interface CliOptions {
  sheet: string;
  asOf?: string;
  map: string[];
  where: string[];
  by?: string;
  format?: Format;
  csvLocale: 'default' | 'vi';
  csvKeys: boolean;
  layout?: 'long' | 'wide';
  form?: string;
  bars: boolean;
  out?: string;
  lang: 'vi' | 'en';
  decimals: number;
  rounding: 'largest-remainder' | 'half-up';
  ageBands: string;
  youngUnder: number;
  locality?: string;
  preset?: 'dai-hoi';
  congressDate?: string;
  unitsAsOf?: string;
  province?: string;
  eligibility: boolean;
  recursive: boolean;
  config?: string;
  strict: boolean;
  labels?: string;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
}

/** The defaults of the options a command does not declare, so every command's options have one shape. */
const DEFAULTS: Record<string, unknown> = Object.fromEntries(
  (DECLS as readonly OptionDecl[]).filter((d) => d.default !== undefined).map((d) => [d.key, d.default]),
);

/** The options as commander parsed them, completed with the defaults of those the command lacks. */
export function cliOptions(raw: Record<string, unknown>): CliOptions {
  // Commander has checked every value against its declaration above: nothing is checked twice.
  return { ...DEFAULTS, ...raw } as unknown as CliOptions;
}
