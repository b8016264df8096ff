import type { CategoryVocab } from '../vocab/category-schema.js';
import { compactKey, foldText, stripDiacritics } from './fold-text.js';

/** A dimension's rules, folded once at load. */
export interface CompiledRules {
  exact: Map<string, string>;
  compact: Map<string, string>;
  prefix: Array<[string, string]>;
  contains: Array<[string, string]>;
  /** The same rules with diacritics removed, for "dai hoc" and typos like "Cao đăng". */
  loose: { exact: Map<string, string>; prefix: Array<[string, string]>; contains: Array<[string, string]> };
}

/** Folds and indexes a vocabulary's rules; longer prefixes and keywords are tried first. */
export function compileRules(v: CategoryVocab): CompiledRules {
  const exact = new Map<string, string>();
  const compact = new Map<string, string>();
  const looseExact = new Map<string, string>();
  for (const [text, key] of Object.entries(v.exact)) {
    const f = foldText(text);
    exact.set(f, key);
    if (!compact.has(compactKey(f))) compact.set(compactKey(f), key);
    if (!looseExact.has(stripDiacritics(f))) looseExact.set(stripDiacritics(f), key);
  }
  const byLength = (a: [string, string], b: [string, string]): number => b[0].length - a[0].length;
  const prefix = v.prefix.map(([t, k]): [string, string] => [foldText(t), k]).sort(byLength);
  const contains = v.contains.map(([t, k]): [string, string] => [foldText(t), k]);
  const strip = (rules: Array<[string, string]>): Array<[string, string]> => rules.map(([t, k]) => [stripDiacritics(t), k]);
  return { exact, compact, prefix, contains, loose: { exact: looseExact, prefix: strip(prefix), contains: strip(contains) } };
}

function byRules(text: string, exact: Map<string, string>, prefix: Array<[string, string]>, contains: Array<[string, string]>, loose = false): string | null {
  const hit = exact.get(text);
  if (hit) return hit;
  for (const [t, k] of prefix) {
    if (text !== t && !text.startsWith(`${t} `)) continue;
    // Without diacritics a prefix is weaker evidence: "cao dang dieu duong" (a major follows) is college,
    // but "dai hoc x" (a stray letter) is not trusted to be anything.
    if (
      loose &&
      text !== t &&
      text
        .slice(t.length + 1)
        .split(' ')
        .some((w) => w.length < 2)
    )
      continue;
    return k;
  }
  if (loose) return null; // keywords anywhere in a text without diacritics would guess too much
  const padded = ` ${text} `;
  for (const [t, k] of contains) if (padded.includes(` ${t} `)) return k;
  return null;
}

/** The category a folded text names, or null: exact, compact ("th s" = "ths"), rules, then without diacritics. */
export function matchRules(r: CompiledRules, folded: string): string | null {
  return (
    byRules(folded, r.exact, r.prefix, r.contains) ??
    r.compact.get(compactKey(folded)) ??
    byRules(stripDiacritics(folded), r.loose.exact, r.loose.prefix, r.loose.contains, true) ??
    null
  );
}
