import { type Command, InvalidArgumentError, Option } from 'commander';

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
      throw new InvalidArgumentError(`${name} takes a whole number from ${min} to ${max}.`);
    }
    return Number(value);
  };
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Adds the options every command shares (spec/cli-and-json.md), with the same names and meanings. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--sheet <name|number|all>', 'which sheet to read', 'all')
    .option('--as-of <YYYY-MM-DD>', 'reference date for ages (default: 31/12 of the roster year, else today)')
    .option('--map <field=COLUMN>', 'read this field from this column (letter or title), overriding the evidence-based choice (repeatable)', collect, [])
    .option('--where <expr>', 'keep people matching field=value, field!=value, field~text, field!~text (repeatable)', collect, [])
    .option('--by <field>', 'one table per value of a field (unit, level, category, sheet, gender, …) plus the total')
    .addOption(
      new Option('--format <format>', 'output format (default table); xlsx needs --out').choices(['table', 'csv', 'json', 'md', 'xlsx', 'text', 'html']),
    )
    .addOption(
      new Option('--csv-locale <locale>', 'CSV separators: default (, and .) or vi (; and decimal commas, for Excel in Vietnamese)')
        .choices(['default', 'vi'])
        .default('default'),
    )
    .option('--csv-keys', 'CSV with the machine columns (group,dimension,key,label,count,base,percent) instead of Vietnamese headers', false)
    .addOption(
      new Option('--layout <layout>', 'with --by: long (a table per group) or wide (one table, a row per group; default for xlsx and html)').choices([
        'long',
        'wide',
      ]),
    )
    .addOption(
      new Option('--form <form>', 'with --format xlsx: add a sheet laid out like form BM01 or BM02 of TT 11/2012/TT-BNV (rows = units)').choices([
        'bm01',
        'bm02',
      ]),
    )
    .option('--bars', 'terminal tables: a bar per category row', false)
    .option('--out <file>', 'write to a file (atomically; never over an input) instead of stdout')
    .addOption(new Option('--lang <lang>', 'labels and number format').choices(['vi', 'en']).default('vi'))
    .option('--decimals <n>', 'decimals in percentages', integer('--decimals', 0, 6), 2)
    .addOption(new Option('--rounding <mode>', 'rounding of category shares').choices(['largest-remainder', 'half-up']).default('largest-remainder'))
    .option('--age-bands <preset|list>', 'bnv, btctw, leaders, congress, or upper bounds like 30,40,50,60', 'bnv')
    .option('--young-under <n>', 'age limit of "trẻ dưới N tuổi"', integer('--young-under', 1, 120), 40)
    .option('--locality <name>', 'compare every hometown with this place for origin (người địa phương)')
    .addOption(
      new Option(
        '--preset <name>',
        'dai-hoi: congress and election composition (nữ, trẻ, dân tộc thiểu số, tôn giáo, ngoài Đảng, tái cử, lần đầu, trên đại học, không là người địa phương) with their targets, and age eligibility',
      ).choices(['dai-hoi']),
    )
    .option(
      '--congress-date <YYYY-MM-DD>',
      'reference date of the congress for age eligibility (default: the month Chỉ thị 45-CT/TW sets for each level); implies --preset dai-hoi',
    )
    .option(
      '--units-as-of <YYYY-MM-DD>',
      "map old unit names to the units in force at that date (official 2025 lists); compare: default the latest roster's date",
    )
    .option('--province <name>', "the province within which unit names are matched, when the roster's title does not name it")
    .option('--config <file>', 'JSON config: extra column titles, synonyms, age presets, unit renames')
    .option('--strict', 'exit 1 if any value could not be classified', false)
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--quiet', 'no progress or notes on stderr', false)
    .option('--verbose', 'show stack traces of internal errors', false);
}
