import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSIFIED_DIMENSIONS } from '../../src/model/dimensions.js';
import { classify } from '../../src/normalize/classify.js';
import { foldText } from '../../src/normalize/fold-text.js';
import { ROOT } from '../helpers/run-cli.js';

// Every synonym, rule and code of the vocabulary with the category it gives, one line each, so that any
// change to the words shows as a reviewed diff (UPDATE_GOLDEN=1 npm test rewrites it; read the diff).
const VOCAB = join(ROOT, 'src', 'vocab');
const GOLDEN = join(ROOT, 'test', 'golden', 'vocabulary.tsv');

interface Entry {
  dimension: string;
  kind: 'exact' | 'prefix' | 'contains' | 'code';
  text: string;
  key: string;
}

function entries(): Entry[] {
  const out: Entry[] = [];
  for (const dimension of CLASSIFIED_DIMENSIONS) {
    const v = JSON.parse(readFileSync(join(VOCAB, 'categories', `${dimension}.json`), 'utf8')) as {
      exact: Record<string, string>;
      prefix: Array<[string, string]>;
      contains: Array<[string, string]>;
    };
    for (const [text, key] of Object.entries(v.exact)) out.push({ dimension, kind: 'exact', text, key });
    for (const [text, key] of v.prefix) out.push({ dimension, kind: 'prefix', text, key });
    for (const [text, key] of v.contains) out.push({ dimension, kind: 'contains', text, key });
  }
  const codes = JSON.parse(readFileSync(join(VOCAB, 'rank-codes.json'), 'utf8')) as { codes: Record<string, { name: string; group: string }> };
  for (const [code, c] of Object.entries(codes.codes)) out.push({ dimension: 'rank', kind: 'code', text: `${code} ${c.name}`, key: c.group });
  return out;
}

describe('vocabulary golden table (test/golden/vocabulary.tsv)', () => {
  const all = entries();
  const table = ['dimension\tkind\ttext\tcategory', ...all.map((e) => `${e.dimension}\t${e.kind}\t${e.text}\t${e.key}`)].join('\n') + '\n';

  it('matches the committed table', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) {
      mkdirSync(join(ROOT, 'test', 'golden'), { recursive: true });
      writeFileSync(GOLDEN, table);
      if (!process.env.UPDATE_GOLDEN) throw new Error('test/golden/vocabulary.tsv was missing and has been written: review it');
    }
    expect(table).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('has no two entries of one dimension and kind that fold to the same text with different categories', () => {
    const seen = new Map<string, Entry>();
    const clashes: string[] = [];
    for (const e of all.filter((x) => x.kind !== 'code')) {
      const k = `${e.dimension}\u0000${e.kind}\u0000${foldText(e.text)}`;
      const had = seen.get(k);
      if (had && had.key !== e.key) clashes.push(`${e.dimension} ${e.kind}: "${had.text}" → ${had.key} but "${e.text}" → ${e.key}`);
      seen.set(k, e);
    }
    expect(clashes).toEqual([]);
  });

  it('classifies every exact synonym to its own category (no rule or other synonym shadows it)', () => {
    const wrong = all
      .filter((e) => e.kind === 'exact' && e.text !== '-')
      .flatMap((e) => {
        const got = classify(e.dimension as (typeof CLASSIFIED_DIMENSIONS)[number], e.text);
        return got.key === e.key ? [] : [`${e.dimension}: "${e.text}" → ${got.key}, listed as ${e.key}`];
      });
    expect(wrong).toEqual([]);
  });
});
