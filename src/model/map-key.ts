import { FIELD_KEYS, type FieldKey } from './fields.js';

/**
 * The key of a `--map` value (before `=COLUMN`) or of a config `map` entry: a field, for every sheet
 * (`professional`), or a field of one sheet, as Excel writes a sheet reference (`XUAT du lieu!professional`,
 * `'XUAT du lieu'!professional`; in quotes a `'` is doubled). An unquoted sheet name runs to the last `!`.
 */
export interface MapKey {
  sheet?: string;
  field: FieldKey;
}

const isField = (s: string): s is FieldKey => (FIELD_KEYS as readonly string[]).includes(s);

/** The sheet name in Excel's quotes at the start of `text` and where it ends, or undefined when unterminated. */
function quotedSheet(text: string): { name: string; end: number } | undefined {
  let name = '';
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== "'") name += text[i];
    else if (text[i + 1] === "'") name += text[i++];
    else return { name, end: i + 1 };
  }
  return undefined;
}

/** A map key as a field and its sheet, if any; undefined when it is neither `field` nor `SHEET!field`. */
export function parseMapKey(key: string): MapKey | undefined {
  const text = key.trim();
  if (text.startsWith("'")) {
    const q = quotedSheet(text);
    const m = q && /^!\s*([a-z_]+)$/.exec(text.slice(q.end));
    return q && q.name.trim() && m && isField(m[1]) ? { sheet: q.name, field: m[1] } : undefined;
  }
  const m = /^(?:(.*)!)?\s*([a-z_]+)$/.exec(text);
  if (!m || !isField(m[2])) return undefined;
  if (m[1] === undefined) return { field: m[2] };
  return m[1].trim() ? { sheet: m[1].trim(), field: m[2] } : undefined;
}

/** A `--map` value split at its `=` (the first one after a quoted sheet name): the key and the column. */
export function splitMapValue(value: string): { key: string; column: string } | undefined {
  const text = value.trimStart();
  const from = text.startsWith("'") ? (quotedSheet(text)?.end ?? text.length) : 0;
  const eq = text.indexOf('=', from);
  const column = eq < 0 ? '' : text.slice(eq + 1).trim();
  return column ? { key: text.slice(0, eq), column } : undefined;
}

/** A map key written back as Excel writes a reference: `field`, `DS!field`, `'XUAT du lieu'!field` (quoted unless a plain word). */
export function mapKeyText(k: MapKey): string {
  if (k.sheet === undefined) return k.field;
  return /^[\p{L}\p{N}_.]+$/u.test(k.sheet) ? `${k.sheet}!${k.field}` : `'${k.sheet.replace(/'/g, "''")}'!${k.field}`;
}

/**
 * The `--map` option a hint suggests, quoted for a shell: `gender=COLUMN`, or `'NHẬP du lieu!gender=COLUMN'`
 * (single quotes: no `!` history expansion; a name holding `'` is given in Excel's quotes inside double ones).
 */
export function mapOptionText(field: string, column: string, sheet?: string): string {
  if (sheet === undefined) return `--map ${field}=${column}`;
  if (!sheet.includes("'")) return `--map '${sheet}!${field}=${column}'`;
  return `--map "'${sheet.replace(/'/g, "''")}'!${field}=${column}"`;
}
