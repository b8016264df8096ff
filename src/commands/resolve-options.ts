import { existsSync, readFileSync } from 'node:fs';
import { CadreError } from '../model/cadre-error.js';
import { CATEGORY_KEYS } from '../model/dimensions.js';
import { ConfigSchema, type Config } from '../model/config.js';
import { CommonOptionsSchema, type CommonOptions, type DayDate } from '../model/options.js';
import { parseAgeBands } from '../stats/age-bands.js';
import { parseWhere } from '../stats/where.js';
import { parseMap } from './parse-map.js';
import type { SummarizeSettings } from '../pipeline/summarize-files.js';
import { policyWith } from '../vocab/policy.js';

/** Reads and validates `--config`; a bad file is bad input (exit 1) with the failing key named. */
export function loadConfig(path: string | undefined): Config {
  if (!path) return {};
  if (!existsSync(path)) throw new CadreError('BAD_CONFIG', `--config ${path}: no such file`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CadreError('BAD_CONFIG', `--config ${path}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CadreError(
      'BAD_CONFIG',
      `--config ${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`,
      'keys: columns, synonyms, ageBands, unitRenames, locality, policy, defaults',
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
  if (!m || !d || d.getUTCDate() !== Number(m[3])) {
    throw new CadreError('BAD_USAGE', `${option} ${text}: not a date`, `write YYYY-MM-DD, e.g. ${option} 2024-12-31`);
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Today's date in the local calendar (the default reference date when a roster names no year). */
export function today(): DayDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Validates raw commander options once and turns them into the settings the pipeline trusts. */
export function resolveOptions(raw: Record<string, unknown>): { options: CommonOptions; settings: SummarizeSettings } {
  const parsed = CommonOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CadreError('BAD_USAGE', `--${String(issue.path[0] ?? '')}: ${issue.message}`);
  }
  const options = parsed.data;
  if (options.form) {
    if (options.format === undefined) options.format = 'xlsx';
    else if (options.format !== 'xlsx')
      throw new CadreError(
        'BAD_USAGE',
        `--form ${options.form} goes with --format xlsx, not --format ${options.format}`,
        `write --format xlsx --form ${options.form} --out bao-cao.xlsx`,
      );
    if (options.by === undefined) options.by = 'unit';
  }
  if (options.format === 'xlsx' && !options.out) {
    throw new CadreError('BAD_USAGE', '--format xlsx writes a workbook and needs --out', 'add --out bao-cao.xlsx');
  }
  const config = loadConfig(options.config);
  if (options.map.length) config.map = { ...config.map, ...parseMap(options.map) };
  const defaults = config.defaults ?? {};
  const settings: SummarizeSettings = {
    sheet: options.sheet,
    config,
    lang: raw.langSource === 'default' && defaults.lang ? defaults.lang : options.lang,
    decimals: raw.decimalsSource === 'default' && defaults.decimals !== undefined ? defaults.decimals : options.decimals,
    rounding: options.rounding,
    bands: parseAgeBands(raw.ageBandsSource === 'default' && defaults.ageBands ? defaults.ageBands : options.ageBands, config.ageBands),
    youngUnder: options.youngUnder,
    where: parseWhere(options.where),
    whereSources: options.where,
    by: options.by,
    locality: options.locality,
    asOf: parseAsOf(options.asOf),
    today: today(),
  };
  if (options.unitsAsOf !== undefined) settings.units = { asOf: parseAsOf(options.unitsAsOf, '--units-as-of')!, province: options.province };
  if (options.preset === 'dai-hoi' || options.congressDate !== undefined) {
    settings.congress = { policy: policyWith(config.policy), date: parseAsOf(options.congressDate, '--congress-date') };
  }
  return { options, settings };
}
