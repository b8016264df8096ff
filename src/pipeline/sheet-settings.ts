import { columnIndex } from '../io/sheet-rows.js';
import { CadreError } from '../model/cadre-error.js';
import type { Config } from '../model/config.js';
import type { DayDate } from '../model/options.js';
import { foldText } from '../normalize/fold-text.js';
import type { FieldKey } from '../model/fields.js';
import { mapKeyText, parseMapKey } from '../model/map-key.js';
import { POLICY } from '../vocab/policy.js';
import { provinceIn, provinceNamed, UnitMapper } from '../normalize/unit-map.js';
import { dayNumber, type LoadOptions } from './roster-events.js';

/**
 * The `--map`/config `map` values that apply to sheet `sheet`: every `field` entry, then the `SHEET!field`
 * entries naming this sheet (folded comparison, as `--sheet`), which win over them; a later entry wins over
 * an earlier one (the command line over the config). A column letter ("F", "AB") is a column index,
 * anything else a title.
 */
export function forcedOf(map: Config['map'], sheet: string): Partial<Record<FieldKey, number | string>> {
  const out: Partial<Record<FieldKey, number | string>> = {};
  const keys = Object.entries(map ?? {}).flatMap(([key, target]) => {
    const k = parseMapKey(key);
    return k ? [{ ...k, target }] : [];
  });
  const here = foldText(sheet);
  for (const k of [...keys.filter((k) => k.sheet === undefined), ...keys.filter((k) => k.sheet !== undefined && foldText(k.sheet) === here)]) {
    out[k.field] = /^[A-Z]{1,3}$/.test(k.target) ? columnIndex(k.target) : k.target;
  }
  return out;
}

/**
 * A `SHEET!field` map must name a sheet of the files read (never a map silently applied nowhere): a usage
 * error naming each file's sheets otherwise. `files` are the files read with the sheets `--sheet` picked.
 */
export function checkMapSheets(map: Config['map'], files: ReadonlyArray<{ file: string; sheets: readonly string[] }>): void {
  const names = new Set(files.flatMap((f) => f.sheets.map(foldText)));
  for (const key of Object.keys(map ?? {})) {
    const k = parseMapKey(key);
    if (k?.sheet === undefined || names.has(foldText(k.sheet))) continue;
    const list = (f: { sheets: readonly string[] }): string => f.sheets.map((s) => `'${s}'`).join(', ') || '—';
    const sheets = files.length === 1 ? list(files[0]) : files.map((f) => `${f.file} ${list(f)}`).join('; ');
    throw new CadreError(
      'BAD_USAGE',
      `--map ${mapKeyText(k)}: no sheet named '${k.sheet}' among the sheets read in ${files.map((f) => f.file).join(', ')}`,
      `sheets: ${sheets}`,
    );
  }
}

const TWO_LEVEL = POLICY.twoLevelSince.date.split('-').map(Number);

/**
 * Whether a roster dated `d` belongs to the two-level state (on or after 1/7/2025: no district level). A
 * roster that names no date (aged at today's date) is not assumed to be of either state: its levels stay as read.
 */
export function isTwoLevel(d: DayDate): boolean {
  return dayNumber(d) >= TWO_LEVEL[0] * 10000 + TWO_LEVEL[1] * 100 + TWO_LEVEL[2];
}

/**
 * The unit mapper of a sheet, when `--units-as-of` (or compare's latest date) is on or after 1/7/2025:
 * within the province given, else the one the title names; the title's district helps with old names
 * several districts share.
 */
export function unitMapperFor(
  units: LoadOptions['units'],
  own: DayDate,
  ownTwoLevel: boolean,
  title: readonly string[],
  renames: ReadonlyMap<string, string>,
): UnitMapper | undefined {
  if (!units || !isTwoLevel(units.asOf === 'own' ? own : units.asOf)) return undefined;
  const titleText = title.join(' ');
  const province = units.province !== undefined ? provinceNamed(units.province) : provinceIn(titleText);
  const district = /(?:^| )(?:huyện|quận|thị xã) (.+?)(?: tỉnh | thành phố |$)/.exec(foldText(titleText).replace(/[,;]/g, ' '))?.[1]?.trim();
  return new UnitMapper(province, { renames, newNamesFirst: ownTwoLevel, district });
}
