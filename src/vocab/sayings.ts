import type { Lang } from '../model/options.js';
import { categoryLabel } from '../normalize/classify.js';
import { fieldName } from '../stats/field-names.js';
import { vocab } from './load-json.js';
import type { Sayings } from './schemas.js';
import sayings from './sayings.json' with { type: 'json' };

/**
 * Sentences the program builds in code in English (error messages and hints, commander's usage errors,
 * the reader's notes on a sheet) with their Vietnamese, in src/vocab/sayings.json. Placeholders `{name}`
 * stand for the parts that vary (a file, a value); the parts named in NESTED are sentences themselves and
 * are translated in turn ("damaged workbook: {where}: {reason}" → "part …" and "is missing"), those in
 * FIELDS name a field ("unit" → "đơn vị"), `{level}` a level's key ("commune" → "cấp xã"), and numbers take
 * Vietnamese separators ("40,000" → "40.000").
 */
const NESTED = new Set(['detail', 'reason', 'where', 'what', 'no']);
const FIELDS = new Set(['by', 'per', 'dimension']);
// Parts narrower than "any text", so that a template cannot swallow a longer sentence around it.
const NUMBER = '[\\d.,]+';
const PART: Record<string, string> = {
  // A long option, or a short one as typed ("-o": commander names an unknown one so).
  option: '--[a-z][a-z-]*|-[A-Za-z]',
  cell: '[A-Z]+\\d+',
  per: '[a-z_]+',
  dimension: '[a-z_]+',
  level: '[a-z]+',
  n: NUMBER,
  min: NUMBER,
  max: NUMBER,
  count: NUMBER,
  got: NUMBER,
  size: NUMBER,
  limit: NUMBER,
  packed: NUMBER,
  row: NUMBER,
  share: NUMBER,
  // A sheet in a list of sheets scanned ("'A' (rows 1–40), 'B' (empty)"): never across one's "' (".
  scanned: "(?:(?!' \\()[\\s\\S])+",
};

interface Compiled {
  pattern: RegExp;
  /** Every part as any text: to tell whether a message as written in the code has a template. */
  loose: RegExp;
  names: string[];
  vi: string;
  literal: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(entry: { en: string; vi: string }): Compiled {
  const names: string[] = [];
  const parts = entry.en.split(/\{([a-z]+)\}/);
  let source = '';
  let loose = '';
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      source += escape(part);
      loose += escape(part);
    } else {
      names.push(part);
      // Any text, even none: an option given an empty value ("--age-bands ''") is said too.
      source += `(${PART[part] ?? '[\\s\\S]*?'})`;
      loose += PART[part] ? `(?:${PART[part]}|X)` : '[\\s\\S]+?';
    }
  });
  const literal = parts.filter((_, i) => i % 2 === 0).join('').length;
  return { pattern: new RegExp(`^${source}$`), loose: new RegExp(`^${loose}$`), names, vi: entry.vi, literal };
}

// The most specific template first: "sheets: {names}, or all" before "sheets: {names}". Compiled on first
// use: a run that says nothing in Vietnamese (`--version`, English, no error) compiles none.
let compiled: Compiled[] | undefined;
const templates = (): Compiled[] =>
  (compiled ??= vocab<Sayings>(sayings)
    .map(compile)
    .sort((a, b) => b.literal - a.literal));

// A part as the Vietnamese sentence holds it.
function part(name: string, value: string, lang: Lang): string {
  if (NESTED.has(name)) return say(value, lang);
  if (FIELDS.has(name)) return fieldName(value, lang);
  // "Cấp xã" → "cấp xã" inside a sentence ("Trung ương" keeps its capital).
  if (name === 'level') return categoryLabel('level', value, lang).replace(/^Cấp /, 'cấp ');
  // English separators swapped: "1,048,576" → "1.048.576", "42.5" → "42,5".
  if (PART[name] === NUMBER) return value.replace(/[.,]/g, (c) => (c === ',' ? '.' : ','));
  return value;
}

/**
 * `text` in `lang`: English as built; Vietnamese from the first sayings.json template it matches, with
 * its parts put back, or `text` unchanged when no template knows it.
 */
export function say(text: string, lang: Lang): string {
  if (lang === 'en' || !text) return text;
  for (const c of templates()) {
    const m = c.pattern.exec(text);
    if (!m) continue;
    const vars = new Map(c.names.map((name, i) => [name, part(name, m[i + 1], lang)]));
    return c.vi.replace(/\{([a-z]+)\}/g, (all, name: string) => vars.get(name) ?? all);
  }
  return text;
}

/** Whether sayings.json has a Vietnamese template for `text` (with `loose`, whatever its parts hold). */
export function knows(text: string, loose = false): boolean {
  return templates().some((c) => (loose ? c.loose : c.pattern).test(text));
}
