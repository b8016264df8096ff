import { CadreError } from '../model/cadre-error.js';
import { CATEGORY_KEYS, type ClassifiedDimension, type FixedDimension } from '../model/dimensions.js';
import type { Official } from '../model/official.js';
import { classify, categoryLabel } from '../normalize/classify.js';
import { foldText, stripDiacritics } from '../normalize/fold-text.js';
import { knownField, type TextField } from './field-names.js';

type Op = '=' | '!=' | '~' | '!~';

/** One parsed `--where` condition. `column` conditions read a roster column by its title. */
export type Condition = { source: string; op: Op; value: string; loose: boolean } & (
  { kind: 'text'; field: TextField } | { kind: 'dimension'; field: FixedDimension; key: string } | { kind: 'column'; title: string }
);

const OPS: Op[] = ['!=', '!~', '=', '~'];

function splitExpr(expr: string): { field: string; op: Op; value: string } {
  let best: { at: number; op: Op } | undefined;
  for (const op of OPS) {
    const at = expr.indexOf(op);
    if (at > 0 && (!best || at < best.at || (at === best.at && op.length > best.op.length))) best = { at, op };
  }
  if (!best) {
    throw new CadreError(
      'BAD_USAGE',
      `--where "${expr}": no operator`,
      'write field=value, field!=value, field~text or field!~text, e.g. --where "category=cán bộ"',
    );
  }
  return { field: expr.slice(0, best.at).trim(), op: best.op, value: expr.slice(best.at + best.op.length).trim() };
}

function resolveCategory(dimension: FixedDimension, value: string, expr: string): string {
  const folded = foldText(value);
  const keys: readonly string[] = CATEGORY_KEYS[dimension];
  for (const key of keys) {
    if (foldText(key) === folded || foldText(key.replace(/_/g, ' ')) === folded) return key;
    if (foldText(categoryLabel(dimension, key, 'vi')) === folded || foldText(categoryLabel(dimension, key, 'en')) === folded) return key;
  }
  if (dimension !== 'level' || folded !== '') {
    const got = classify(dimension as ClassifiedDimension, value);
    if (got.matched && got.key !== 'unknown') return got.key;
  }
  throw new CadreError('BAD_USAGE', `--where "${expr}": "${value}" is not a value of ${dimension}`, `valid: ${keys.join(', ')} (or their Vietnamese names)`);
}

/** Parses the `--where` expressions once; unknown field names are taken as column titles. */
export function parseWhere(exprs: readonly string[]): Condition[] {
  return exprs.map((expr) => {
    const { field, op, value } = splitExpr(expr);
    if (!field) throw new CadreError('BAD_USAGE', `--where "${expr}": no field before the operator`, 'e.g. --where "position~bí thư"');
    const ref = knownField(field);
    const folded = foldText(value);
    // A value typed without diacritics ("bi thu") matches with or without them; one typed with them is exact.
    const loose = stripDiacritics(folded) === folded;
    const base = { source: expr, op, value: folded, loose };
    if (ref?.kind === 'age_band')
      throw new CadreError('BAD_USAGE', `--where "${expr}": ages are not filtered by band`, 'count by age band with --by age_band (bands from --age-bands)');
    if (ref?.kind === 'text') return { ...base, kind: 'text', field: ref.field };
    if (ref?.kind === 'dimension') {
      const dimension = ref.field;
      const catKey = op === '=' || op === '!=' ? resolveCategory(dimension, value, expr) : '';
      return { ...base, kind: 'dimension', field: dimension, key: catKey };
    }
    return { ...base, kind: 'column', title: foldText(field) };
  });
}

function compare(cond: Condition, folded: string): boolean {
  const actual = cond.loose ? stripDiacritics(folded) : folded;
  const value = cond.value;
  switch (cond.op) {
    case '=':
      return actual === value;
    case '!=':
      return actual !== value;
    case '~':
      return actual.includes(value);
    case '!~':
      return !actual.includes(value);
  }
}

/** The text of a roster column by folded title: the full "group › sub" title, else the sub-title alone. */
export function columnValue(o: Official, title: string): string | undefined {
  const exact = o.columns[title];
  if (exact !== undefined) return exact;
  for (const [t, v] of Object.entries(o.columns)) if (t.endsWith(` ${title}`)) return v;
  return undefined;
}

/** Whether an official passes one condition. */
export function matches(cond: Condition, o: Official): boolean {
  switch (cond.kind) {
    case 'text':
      return compare(cond, foldText(String(o[cond.field] ?? '')));
    case 'dimension': {
      const actual = o[cond.field];
      if (cond.op === '=' || cond.op === '!=') return (actual === cond.key) === (cond.op === '=');
      const label = foldText(`${actual} ${categoryLabel(cond.field, actual, 'vi')}`);
      return compare(cond, label);
    }
    case 'column':
      return compare(cond, foldText(columnValue(o, cond.title) ?? ''));
  }
}
