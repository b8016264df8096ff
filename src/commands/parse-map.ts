import { CadreError } from '../model/cadre-error.js';
import { FIELD_KEYS } from '../model/fields.js';
import { mapKeyText, parseMapKey, splitMapValue } from '../model/map-key.js';

/**
 * `--map` values as map key → column (letter or title): `field=COLUMN` for every sheet, `SHEET!field=COLUMN`
 * (or `'SHEET'!field=COLUMN`) for the sheet of that name only. A bad one is a usage error.
 */
export function parseMap(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const split = splitMapValue(v);
    const key = split && parseMapKey(split.key);
    if (!split || !key) {
      throw new CadreError(
        'BAD_USAGE',
        `--map "${v}": expected field=COLUMN or SHEET!field=COLUMN`,
        `field is one of ${FIELD_KEYS.join(', ')}; COLUMN is a letter (F) or a column title; SHEET is a sheet name ('XUAT du lieu'!professional=M)`,
      );
    }
    out[mapKeyText(key)] = split.column;
  }
  return out;
}
