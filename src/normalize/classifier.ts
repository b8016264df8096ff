import { z } from 'zod';
import type { ClassifiedDimension } from '../model/dimensions.js';
import type { Config } from '../model/config.js';
import type { Lang } from '../model/options.js';
import { loadVocab } from '../vocab/load-json.js';
import { classify, dimensionLabel, type Classified } from './classify.js';
import { foldText } from './fold-text.js';

const Text = z.object({ vi: z.string(), en: z.string() });
const MESSAGES = loadVocab('messages', z.record(z.string(), Text));

/** Memoised classification with the config's extra synonyms, plus the problem wording. */
export interface Classifier {
  classify(dimension: ClassifiedDimension, text: string): Classified<string>;
  /** The same as `classify` for one dimension, with its memo looked up once (for per-row loops). */
  forDimension(dimension: ClassifiedDimension): (text: string) => Classified<string>;
  problemMessage(dimension: ClassifiedDimension): string;
  message(id: string): string;
}

// Rosters repeat a few hundred distinct values per column; past this many we stop remembering new ones.
const MEMO_LIMIT = 100_000;

/** Builds a classifier; each distinct (dimension, text) is classified once. */
export function createClassifier(lang: Lang, synonyms: Config['synonyms'] = {}): Classifier {
  const extra = new Map<string, string>();
  for (const [dim, table] of Object.entries(synonyms)) {
    for (const [text, key] of Object.entries(table ?? {})) extra.set(`${dim}\u0000${foldText(text)}`, key);
  }
  // One memo per dimension: a key made by joining dimension and text would build and hash a new string per cell.
  const memos = new Map<ClassifiedDimension, (text: string) => Classified<string>>();
  const message = (id: string): string => MESSAGES[id]?.[lang] ?? id;
  const forDimension = (dimension: ClassifiedDimension): ((text: string) => Classified<string>) => {
    let f = memos.get(dimension);
    if (f) return f;
    const memo = new Map<string, Classified<string>>();
    f = (text: string): Classified<string> => {
      const hit = memo.get(text);
      if (hit) return hit;
      const configured = extra.get(`${dimension}\u0000${foldText(text)}`);
      const result: Classified<string> = configured ? { key: configured, studying: false, matched: true } : classify(dimension, text);
      if (memo.size < MEMO_LIMIT) memo.set(text, result);
      return result;
    };
    memos.set(dimension, f);
    return f;
  };
  return {
    classify: (dimension, text) => forDimension(dimension)(text),
    forDimension,
    problemMessage: (dimension) => message('unrecognized').replace('{label}', dimensionLabel(dimension, lang)),
    message,
  };
}
