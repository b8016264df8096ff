import { z } from 'zod';
import type { Lang } from '../model/options.js';
import { loadVocab } from './load-json.js';

/**
 * Sentences the program builds in code in English (error messages and hints, commander's usage errors,
 * the reader's notes on a sheet) with their Vietnamese, in src/vocab/sayings.json. Placeholders `{name}`
 * stand for the parts that vary (a file, a value); the parts named below are sentences themselves and
 * are translated in turn ("damaged workbook: part … missing").
 */
const SAYINGS = z.array(z.object({ en: z.string(), vi: z.string() }));
const NESTED = new Set(['detail', 'reason', 'where', 'what', 'no']);
// Parts narrower than "any text", so that a template cannot swallow a longer sentence around it.
const NUMBER = '[\\d.,]+';
const PART: Record<string, string> = {
  option: '--[a-z][a-z-]*',
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
      source += `(${PART[part] ?? '[\\s\\S]+?'})`;
      loose += PART[part] ? `(?:${PART[part]}|X)` : '[\\s\\S]+?';
    }
  });
  const literal = parts.filter((_, i) => i % 2 === 0).join('').length;
  return { pattern: new RegExp(`^${source}$`), loose: new RegExp(`^${loose}$`), names, vi: entry.vi, literal };
}

// The most specific template first: "sheets: {names}, or all" before "sheets: {names}".
const COMPILED = loadVocab('sayings', SAYINGS)
  .map(compile)
  .sort((a, b) => b.literal - a.literal);

/**
 * `text` in `lang`: English as built; Vietnamese from the first sayings.json template it matches, with
 * its parts put back, or `text` unchanged when no template knows it.
 */
export function say(text: string, lang: Lang): string {
  if (lang === 'en' || !text) return text;
  for (const c of COMPILED) {
    const m = c.pattern.exec(text);
    if (!m) continue;
    const vars = new Map(c.names.map((name, i) => [name, NESTED.has(name) ? say(m[i + 1], lang) : m[i + 1]]));
    return c.vi.replace(/\{([a-z]+)\}/g, (all, name: string) => vars.get(name) ?? all);
  }
  return text;
}

/** Whether sayings.json has a Vietnamese template for `text` (with `loose`, whatever its parts hold). */
export function knows(text: string, loose = false): boolean {
  return COMPILED.some((c) => (loose ? c.loose : c.pattern).test(text));
}
