import { existsSync, readFileSync } from 'node:fs';
import { openFile } from '../io/node/open-file.js';
import { CadreError } from '../model/cadre-error.js';
import { CATEGORY_KEYS } from '../model/dimensions.js';
import type { Config } from '../model/config.js';
import type { DayDate, Format, Lang } from '../model/options.js';
import { cliOptions, type CliOptions, type CommandName } from './options.js';
import { parseAgeBands, presetNames } from '../stats/age-bands.js';
import { parseWhere } from '../stats/where.js';
import { groupBy } from '../pipeline/group-key.js';
import { parseMap } from './parse-map.js';
import { FIELD_KEYS } from '../model/fields.js';
import { parseMapKey } from '../model/map-key.js';
import type { SummarizeSettings } from '../pipeline/summarize-files.js';
import { policyWith } from '../vocab/policy.js';
import { FORMS } from '../vocab/forms.js';
import { knownField } from '../stats/field-names.js';
import { envLang } from './ui-lang.js';

/**
 * Reads and validates `--config`; a bad file is bad input (exit 1) with the failing key named. Its schema
 * (and zod) loads only when a config is given.
 */
export async function loadConfig(path: string | undefined, lang: Lang): Promise<Config> {
  if (!path) return {};
  if (!existsSync(path)) throw new CadreError('BAD_CONFIG', `--config ${path}: no such file`);
  let data: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark: not JSON, but what the user wrote.
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CadreError('BAD_CONFIG', `--config ${path}: not valid JSON (${(err as Error).message})`);
  }
  const [{ ConfigSchema }, { configIssueText }] = await Promise.all([import('../model/config.js'), import('../model/config-issue.js')]);
  const parsed = ConfigSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    // In the language errors are said in (the config's own defaults.lang is not read yet).
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.') || (lang === 'vi' ? '(cả tệp)' : '(top)');
    throw new CadreError(
      'BAD_CONFIG',
      `--config ${path}: ${where}: ${configIssueText(issue, lang)}`,
      'keys: columns, map, synonyms, ageBands, unitRenames, locality, policy, defaults',
    );
  }
  // A preset of the program's own (bnv gives BM01/BM02 their age columns) redefined would change them unsaid.
  const builtIn = presetNames();
  for (const name of Object.keys(parsed.data.ageBands ?? {}))
    if (builtIn.includes(name))
      throw new CadreError(
        'BAD_CONFIG',
        `--config ${path}: ageBands.${name}: ${name} is a preset of the program's own`,
        `give your bands another name; the program's: ${builtIn.join(', ')}`,
      );
  // defaults.ageBands is checked here, as the config's (it was said as if typed: "--age-bands xyz", exit 2).
  const bands = parsed.data.defaults?.ageBands;
  if (bands !== undefined) {
    try {
      parseAgeBands(bands, parsed.data.ageBands);
    } catch {
      throw new CadreError(
        'BAD_CONFIG',
        `--config ${path}: defaults.ageBands: "${bands}" is not a preset nor a list of increasing upper bounds`,
        `valid: ${presetNames(parsed.data.ageBands).join(', ')}, or a list such as 30,40,50,60`,
      );
    }
  }
  for (const key of Object.keys(parsed.data.map ?? {})) {
    if (!parseMapKey(key))
      throw new CadreError(
        'BAD_CONFIG',
        `--config ${path}: map."${key}": expected a field or SHEET!field`,
        `field is one of ${FIELD_KEYS.join(', ')}; "SHEET!field" applies to that sheet only ("XUAT du lieu!professional": "M")`,
      );
  }
  for (const [dim, table] of Object.entries(parsed.data.synonyms ?? {})) {
    const keys: readonly string[] = CATEGORY_KEYS[dim as keyof typeof CATEGORY_KEYS];
    for (const [text, key] of Object.entries(table ?? {})) {
      if (!keys.includes(key))
        throw new CadreError('BAD_CONFIG', `--config ${path}: synonyms.${dim}."${text}": "${key}" is not a category`, `valid: ${keys.join(', ')}`);
    }
  }
  return parsed.data;
}

/** Parses `--as-of YYYY-MM-DD` (a real calendar day). */
export function parseAsOf(text: string | undefined, option = '--as-of'): DayDate | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  // Date.UTC rolls a month 13 or 00 over into the next or last year: the month must come back as written.
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) {
    throw new CadreError('BAD_USAGE', `${option} ${text}: not a date`, `write YYYY-MM-DD, e.g. ${option} 2024-12-31`);
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Today's date in the local calendar (the default reference date when a roster names no year). */
export function today(): DayDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The formats a file extension stands for (the first is the one taken when --format is not given). */
const EXTENSION_FORMATS: Record<string, readonly Format[]> = {
  '.xlsx': ['xlsx'],
  '.csv': ['csv'],
  '.json': ['json'],
  '.md': ['md'],
  '.markdown': ['md'],
  '.html': ['html'],
  '.htm': ['html'],
  '.txt': ['table', 'text'],
};

/** Kinds of file people name an output after that no format here is: refused rather than filled with text. */
const NOT_WRITTEN = new Set(['.xls', '.xlsm', '.xlsb', '.ods', '.pdf', '.doc', '.docx', '.odt', '.rtf', '.ppt', '.pptx']);

/**
 * `--out` and `--format` agree: the format follows the extension when not given, and a conflict is a usage
 * error (so `--out bao-cao.xlsx` never holds a text table); a spreadsheet or document kind no format is
 * (.xls, .ods, .pdf, .docx, …) is refused. Another unknown extension decides nothing.
 */
export function formatForOut(command: CommandName, format: Format | undefined, out: string | undefined, form?: string): Format | undefined {
  const ext = out?.toLowerCase().match(/\.[a-z]+$/)?.[0];
  const allowed = ext ? EXTENSION_FORMATS[ext] : undefined;
  // A spreadsheet or document kind it does not write: "--out bao-cao.xls" would have held a text table.
  if (ext && NOT_WRITTEN.has(ext))
    throw new CadreError('BAD_USAGE', `--out ${out}: cadre-stats does not write ${ext} files`, 'give --out a .xlsx, .csv, .html, .md, .json or .txt name');
  const wanted = format ?? (form ? 'xlsx' : undefined);
  if (!allowed) return wanted;
  const usable = command === 'inspect' ? allowed.filter((f) => f === 'table' || f === 'json') : allowed;
  if (wanted === undefined) {
    if (usable.length === 0)
      throw new CadreError('BAD_USAGE', `--out ${out}: inspect writes text or JSON, not ${ext}`, 'give --out inspect.txt or --out inspect.json');
    return usable[0];
  }
  if (!usable.includes(wanted)) {
    if (!format)
      throw new CadreError(
        'BAD_USAGE',
        `--out ${out}: a ${ext} file cannot hold --form ${form} (a workbook)`,
        `give --out a .xlsx name, e.g. --out ${form}.xlsx`,
      );
    throw new CadreError(
      'BAD_USAGE',
      `--out ${out}: a ${ext} file cannot hold --format ${format}`,
      `give --out a ${wanted === 'table' ? '.txt' : `.${wanted}`} name, or leave --format out to write ${usable.map((f) => `--format ${f}`).join(' or ')}`,
    );
  }
  return wanted;
}

/** Validates the options of a command once (before any file is read) and turns them into the settings the pipeline trusts. */
export async function resolveOptions(command: CommandName, raw: Record<string, unknown>): Promise<{ options: CliOptions; settings: SummarizeSettings }> {
  const options = cliOptions(raw);
  if (options.form && options.format !== undefined && options.format !== 'xlsx') {
    throw new CadreError(
      'BAD_USAGE',
      `--form ${options.form} goes with --format xlsx, not --format ${options.format}`,
      `write --format xlsx --form ${options.form} --out bao-cao.xlsx`,
    );
  }
  options.format = formatForOut(command, options.format, options.out, options.form);
  const form = options.form ? FORMS[options.form] : undefined;
  if (form && options.by === undefined) options.by = form.by;
  // A criteria form has a column per group of its own field (8B-BTCTW: per level): another --by has no place in it.
  const same = (a: string, b: string): boolean => JSON.stringify(knownField(a) ?? a) === JSON.stringify(knownField(b) ?? b);
  if (form?.rows === 'criteria' && !same(options.by!, form.by))
    throw new CadreError(
      'BAD_USAGE',
      `--form ${options.form} has a column per ${form.by}, not per ${options.by}`,
      '--by is not needed with this form: leave it out',
    );
  if (options.format === 'xlsx' && !options.out) {
    throw new CadreError('BAD_USAGE', '--format xlsx writes a workbook and needs --out', 'add --out bao-cao.xlsx');
  }
  outputSwitches(options, raw.csvLocaleSource === 'cli');
  if (command === 'inspect' && options.congressDate !== undefined && !options.eligibility)
    throw new CadreError(
      'BAD_USAGE',
      `--congress-date ${options.congressDate} goes with --eligibility in inspect`,
      `add --eligibility, or leave --congress-date out`,
    );
  if (options.province !== undefined) await checkProvince(command, options);
  if (options.by !== undefined) groupBy(options.by, options.lang, '');
  // --layout lays out --by's groups: alone it would change nothing, and say nothing of it.
  if (options.layout !== undefined && options.by === undefined)
    throw new CadreError(
      'BAD_USAGE',
      `--layout ${options.layout} lays out the groups of --by, and no --by is given`,
      'add --by unit (or another field), or leave --layout out',
    );
  const config = await loadConfig(options.config, raw.langSource === 'default' ? envLang() : options.lang);
  if (options.map.length) config.map = { ...config.map, ...parseMap(options.map) };
  const defaults = config.defaults ?? {};
  // A form's age columns are its own bands: other bands left them empty on the form (said only in its notes).
  if (form && raw.ageBandsSource !== 'default') {
    // BM01 and BM02 take the default preset, bnv (their columns ≤30 … >60).
    const ownBands = form.ageBands ?? 'bnv';
    const own = parseAgeBands(ownBands, config.ageBands);
    if (parseAgeBands(options.ageBands, config.ageBands).keys.join() !== own.keys.join())
      throw new CadreError(
        'BAD_USAGE',
        `--age-bands ${options.ageBands}: form ${options.form} has age columns of its own (${ownBands})`,
        "leave --age-bands out: the summary sheets then use the form's bands too",
      );
  }
  const settings: SummarizeSettings = {
    sheet: options.sheet,
    config,
    // Not given: the config's default, else the locale's (English under an English LANG).
    lang: raw.langSource === 'default' ? (defaults.lang ?? envLang()) : options.lang,
    decimals: raw.decimalsSource === 'default' && defaults.decimals !== undefined ? defaults.decimals : options.decimals,
    rounding: options.rounding,
    bands: parseAgeBands(raw.ageBandsSource !== 'default' ? options.ageBands : (form?.ageBands ?? defaults.ageBands ?? options.ageBands), config.ageBands),
    youngUnder: options.youngUnder,
    where: parseWhere(options.where),
    whereSources: options.where,
    by: options.by,
    locality: options.locality,
    asOf: parseAsOf(options.asOf),
    today: today(),
    open: (file) => openFile(file),
  };
  if (options.unitsAsOf !== undefined) settings.units = { asOf: parseAsOf(options.unitsAsOf, '--units-as-of')!, province: options.province };
  if (options.preset === 'dai-hoi' || options.congressDate !== undefined) {
    settings.congress = {
      policy: policyWith(presetPolicy(config, raw.youngUnderSource === 'cli' ? options.youngUnder : undefined)),
      date: parseAsOf(options.congressDate, '--congress-date'),
    };
  }
  return { options, settings };
}

/**
 * The preset's policy numbers: the config's, and a `--young-under` given on the command line as the young
 * bound at every level. A bound other than the policy's drops the target for "trẻ", unless the config sets
 * one: its source speaks of the policy's own bound (under 40), not of the one given.
 */
function presetPolicy(config: Config, youngUnder: number | undefined): Config['policy'] {
  if (youngUnder === undefined || Object.values(policyWith(config.policy).young.underAge).every((n) => n === youngUnder)) return config.policy;
  const underAge = { central: youngUnder, province: youngUnder, district: youngUnder, commune: youngUnder };
  const ownTarget = config.policy?.targets?.['age.young'] !== undefined;
  return { ...config.policy, young: { underAge }, targets: ownTarget ? config.policy?.targets : { ...config.policy?.targets, 'age.young': null } };
}

/** The switches of one output format given with another: they would change nothing, and say nothing of it. */
function outputSwitches(options: CliOptions, csvLocaleGiven: boolean): void {
  const format = options.format ?? 'table';
  const refuse = (option: string, goes: Format): never => {
    throw new CadreError(
      'BAD_USAGE',
      `${option} goes with --format ${goes}, not --format ${format}`,
      `leave ${option.split(' ')[0]} out, or write --format ${goes}`,
    );
  };
  if (options.csvKeys && format !== 'csv') refuse('--csv-keys', 'csv');
  if (csvLocaleGiven && format !== 'csv') refuse(`--csv-locale ${options.csvLocale}`, 'csv');
  if (options.bars && format !== 'table') refuse('--bars', 'table');
}

/**
 * `--province` names the province unit names are matched within: a name the 2025 list does not know matched
 * them in every province, and outside `compare` (whose units line up by default) it does nothing without
 * `--units-as-of`. Both were taken in silence.
 */
async function checkProvince(command: CommandName, options: CliOptions): Promise<void> {
  const p = options.province!;
  if (command !== 'compare' && options.unitsAsOf === undefined)
    throw new CadreError(
      'BAD_USAGE',
      `--province ${p} names the province for --units-as-of, and no --units-as-of is given`,
      'add --units-as-of 2025-07-01, or leave --province out',
    );
  const { loadUnitLists, provinceNamed, provinceNames } = await import('../normalize/unit-map.js');
  await loadUnitLists();
  if (provinceNamed(p) === undefined)
    throw new CadreError(
      'BAD_USAGE',
      `--province ${p}: no province of that name`,
      `write it with its diacritics, as the 2025 list does: ${provinceNames().join(', ')}`,
    );
}
