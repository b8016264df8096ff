import type { CategoryOf, ClassifiedDimension } from '../model/dimensions.js';
import type { Config } from '../model/config.js';
import type { Lang } from '../model/options.js';
import { vocab } from '../vocab/load-json.js';
import type { Phrases } from '../vocab/schemas.js';
import messages from '../vocab/messages.json' with { type: 'json' };
import { classify, dimensionLabel, isCategoryOf, type Classified } from './classify.js';
import { foldText } from './fold-text.js';

const MESSAGES = vocab<Phrases>(messages);

/** Memoised classification with the config's extra synonyms, plus the problem wording. */
export interface Classifier {
  classify<D extends ClassifiedDimension>(dimension: D, text: string): Classified<CategoryOf<D>>;
  /** The same as `classify` for one dimension, with its memo looked up once (for per-row loops). */
  forDimension<D extends ClassifiedDimension>(dimension: D): (text: string) => Classified<CategoryOf<D>>;
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
  const memoFor = <D extends ClassifiedDimension>(dimension: D): ((text: string) => Classified<CategoryOf<D>>) => {
    const memo = new Map<string, Classified<CategoryOf<D>>>();
    return (text: string): Classified<CategoryOf<D>> => {
      const hit = memo.get(text);
      if (hit) return hit;
      const configured = extra.get(`${dimension}\u0000${foldText(text)}`);
      // A configured synonym names a category of its dimension (the config schema checks it).
      const result: Classified<CategoryOf<D>> =
        configured !== undefined && isCategoryOf(dimension, configured) ? { key: configured, studying: false, matched: true } : classify(dimension, text);
      if (memo.size < MEMO_LIMIT) memo.set(text, result);
      return result;
    };
  };
  const memos: { [D in ClassifiedDimension]: (text: string) => Classified<CategoryOf<D>> } = {
    gender: memoFor('gender'),
    ethnicity: memoFor('ethnicity'),
    religion: memoFor('religion'),
    party: memoFor('party'),
    general_education: memoFor('general_education'),
    professional: memoFor('professional'),
    political_theory: memoFor('political_theory'),
    state_management: memoFor('state_management'),
    rank: memoFor('rank'),
    origin: memoFor('origin'),
    category: memoFor('category'),
    level: memoFor('level'),
    employment: memoFor('employment'),
    position_group: memoFor('position_group'),
    assessment: memoFor('assessment'),
    term: memoFor('term'),
  };
  const message = (id: string): string => MESSAGES[id]?.[lang] ?? id;
  const forDimension = <D extends ClassifiedDimension>(dimension: D): ((text: string) => Classified<CategoryOf<D>>) => memos[dimension];
  return {
    classify: (dimension, text) => forDimension(dimension)(text),
    forDimension,
    problemMessage: (dimension) => message('unrecognized').replace('{label}', dimensionLabel(dimension, lang)),
    message,
  };
}
