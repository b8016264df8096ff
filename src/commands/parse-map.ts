import { CadreError } from '../model/cadre-error.js';
import { FIELD_KEYS, type FieldKey } from '../model/fields.js';

/** `--map field=COLUMN` values as a field → column (letter or title) record; a bad one is a usage error. */
export function parseMap(values: readonly string[]): Partial<Record<FieldKey, string>> {
  const out: Partial<Record<FieldKey, string>> = {};
  for (const v of values) {
    const m = /^\s*([a-z_]+)\s*=\s*(.+?)\s*$/.exec(v);
    if (!m || !(FIELD_KEYS as readonly string[]).includes(m[1])) {
      throw new CadreError(
        'BAD_USAGE',
        `--map "${v}": expected field=COLUMN`,
        `field is one of ${FIELD_KEYS.join(', ')}; COLUMN is a letter (F) or a column title`,
      );
    }
    out[m[1] as FieldKey] = m[2];
  }
  return out;
}
