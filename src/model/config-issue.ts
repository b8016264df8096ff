import type { z } from 'zod';
import type { Lang } from './options.js';
import { say } from '../vocab/sayings.js';

type Issue = z.core.$ZodIssue;

/** What a config value was expected to be, in each language ("expected number" means nothing to a clerk). */
const EXPECTED: Record<string, { vi: string; en: string }> = {
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  string: { vi: 'một chuỗi chữ trong ngoặc kép', en: 'a text in double quotes' },
  array: { vi: 'một danh sách [ … ]', en: 'a list [ … ]' },
  object: { vi: 'một nhóm khoá { … }', en: 'an object { … }' },
  record: { vi: 'một nhóm khoá { … }', en: 'an object { … }' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
};

/** The value as written in the file, cut short. */
function shown(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const quoted = (keys: readonly PropertyKey[]): string => keys.map((k) => `"${String(k)}"`).join(', ');

/**
 * A zod issue of `--config` in words, in `lang`: what the value should be and what it is (`reportInput`
 * must be on for the latter). zod's own messages are English and name JavaScript types.
 */
export function configIssueText(issue: Issue, lang: Lang): string {
  const vi = lang === 'vi';
  const input = 'input' in issue && issue.input !== undefined ? shown(issue.input) : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      const text = vi ? `cần ${expected.vi}` : `expected ${expected.en}`;
      return input === undefined ? text : `${text}, ${vi ? 'không phải' : 'not'} ${input}`;
    }
    case 'unrecognized_keys':
      return vi ? `không có khoá ${quoted(issue.keys)} ở đây` : `no key ${quoted(issue.keys)} here`;
    case 'invalid_value':
      return vi ? `cần một trong: ${quoted(issue.values.map(String))}` : `expected one of: ${quoted(issue.values.map(String))}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const n = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'string' && !big && n === 1) return vi ? 'không được để trống' : 'must not be empty';
      if (issue.origin === 'array')
        return vi ? `cần ${big ? 'nhiều nhất' : 'ít nhất'} ${n} phần tử` : `needs ${big ? 'at most' : 'at least'} ${n} item${n === 1 ? '' : 's'}`;
      const text = issue.inclusive
        ? vi
          ? `${big ? 'lớn nhất là' : 'nhỏ nhất là'} ${n}`
          : `${big ? 'at most' : 'at least'} ${n}`
        : vi
          ? `phải ${big ? 'nhỏ hơn' : 'lớn hơn'} ${n}`
          : `must be ${big ? 'less' : 'greater'} than ${n}`;
      return input === undefined ? text : `${text}, ${vi ? 'không phải' : 'not'} ${input}`;
    }
    case 'invalid_format':
      // The schema's own message names the form (YYYY-MM).
      return `${vi ? `cần dạng ${issue.message}` : `expected the form ${issue.message}`}${input === undefined ? '' : `, ${vi ? 'không phải' : 'not'} ${input}`}`;
    default:
      // Our own refinements' English sentences (sayings.json has them in Vietnamese).
      return say(issue.message, lang);
  }
}
