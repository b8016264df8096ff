import type { Lang } from '../model/options.js';
import { CATEGORY_KEYS, type ClassifiedDimension, type FixedDimension } from '../model/dimensions.js';
import { dimensionLabel } from '../normalize/classify.js';
import { foldText } from '../normalize/fold-text.js';
import { vocab } from '../vocab/load-json.js';
import type { FieldNames } from '../vocab/schemas.js';
import fieldNames from '../vocab/field-names.json' with { type: 'json' };

/** Text fields of a person that `--where` and `--by` can name. */
export const TEXT_FIELDS = ['name', 'id', 'unit', 'position', 'hometown', 'sheet', 'file'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A field named in `--where` or `--by`: a text field, a dimension, or the age band. */
export type FieldRef = { kind: 'text'; field: TextField } | { kind: 'dimension'; field: FixedDimension } | { kind: 'age_band' };

const NAMES = vocab<FieldNames>(fieldNames);

function refOf(key: string): FieldRef | undefined {
  if ((TEXT_FIELDS as readonly string[]).includes(key)) return { kind: 'text', field: key as TextField };
  if (key === 'age_band') return { kind: 'age_band' };
  if (key in CATEGORY_KEYS) return { kind: 'dimension', field: key as FixedDimension };
  return undefined;
}

const KEYS = [...TEXT_FIELDS, 'age_band', ...Object.keys(CATEGORY_KEYS)];

// Every way to name a field, folded: its key ("age_band", "age band"), its Vietnamese names, and a
// dimension's labels in both languages ("Trình độ chuyên môn", "Professional qualification"). Made on first
// use (it loads every dimension's words): sayings.ts imports this module for `--help` and usage errors too.
let byName: Map<string, string> | undefined;
function keyNamed(name: string): string | undefined {
  if (!byName) {
    byName = new Map<string, string>();
    for (const key of KEYS) {
      const names = [key, key.replace(/_/g, ' '), ...(NAMES[key] ?? [])];
      if (key in CATEGORY_KEYS) {
        for (const lang of ['vi', 'en'] as const) names.push(dimensionLabel(key as ClassifiedDimension, lang));
      }
      for (const n of names) if (!byName.has(foldText(n))) byName.set(foldText(n), key);
    }
  }
  return byName.get(foldText(name));
}

/** The field a name means, in English or Vietnamese ("unit", "đơn vị", "Độ tuổi"), or undefined for any other name (a column title). */
export function knownField(name: string): FieldRef | undefined {
  const key = keyNamed(name);
  return key === undefined ? undefined : refOf(key);
}

/** The valid field names for a usage error: each key with its first Vietnamese name (callers add "or a column title"). */
export function validFields(): string {
  return KEYS.map((k) => (NAMES[k]?.[0] ? `${k} (${NAMES[k][0]})` : k)).join(', ');
}

/**
 * How a message names a field: in English its key ("unit"); in Vietnamese a dimension's label as the reports
 * head it ("trình độ chuyên môn", "đối tượng"), else the field's first Vietnamese name ("đơn vị", "độ tuổi").
 * A name that is no field (a column title) is said as given.
 */
export function fieldName(name: string, lang: Lang): string {
  const key = keyNamed(name);
  if (lang === 'en' || key === undefined) return name;
  if (key in CATEGORY_KEYS) {
    const label = dimensionLabel(key as ClassifiedDimension, 'vi');
    return label.charAt(0).toLowerCase() + label.slice(1);
  }
  return NAMES[key]?.[0] ?? name;
}
