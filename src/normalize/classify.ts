import { BLANK_MEANS_NONE, CATEGORY_KEYS, type CategoryOf, type ClassifiedDimension } from '../model/dimensions.js';
import type { Lang } from '../model/options.js';
import type { CategoryVocab } from '../vocab/category-schema.js';
import { vocab as vocabOf } from '../vocab/load-json.js';
import type { CellMarkers, RankCodes } from '../vocab/schemas.js';
import assessment from '../vocab/categories/assessment.json' with { type: 'json' };
import category from '../vocab/categories/category.json' with { type: 'json' };
import employment from '../vocab/categories/employment.json' with { type: 'json' };
import ethnicity from '../vocab/categories/ethnicity.json' with { type: 'json' };
import gender from '../vocab/categories/gender.json' with { type: 'json' };
import generalEducation from '../vocab/categories/general_education.json' with { type: 'json' };
import level from '../vocab/categories/level.json' with { type: 'json' };
import origin from '../vocab/categories/origin.json' with { type: 'json' };
import party from '../vocab/categories/party.json' with { type: 'json' };
import politicalTheory from '../vocab/categories/political_theory.json' with { type: 'json' };
import positionGroup from '../vocab/categories/position_group.json' with { type: 'json' };
import professional from '../vocab/categories/professional.json' with { type: 'json' };
import rank from '../vocab/categories/rank.json' with { type: 'json' };
import religion from '../vocab/categories/religion.json' with { type: 'json' };
import stateManagement from '../vocab/categories/state_management.json' with { type: 'json' };
import term from '../vocab/categories/term.json' with { type: 'json' };
import cellMarkers from '../vocab/cell-markers.json' with { type: 'json' };
import rankCodesJson from '../vocab/rank-codes.json' with { type: 'json' };
import { compileRules, matchRules, type CompiledRules } from './classify-rules.js';
import { cleanText, foldText } from './fold-text.js';
import { schoolLevel } from './school-level.js';
import { rankCode } from './rank-code.js';
import { POLICY } from '../vocab/policy.js';

/** The category of one cell, whether it carried an "đang học" mark, and whether anything matched. */
export interface Classified<K extends string> {
  key: K | 'unknown';
  studying: boolean;
  matched: boolean;
}

/** src/vocab/categories/<dimension>.json, one per classified dimension. */
const CATEGORY_FILES: Readonly<Record<ClassifiedDimension, unknown>> = {
  gender,
  ethnicity,
  religion,
  party,
  general_education: generalEducation,
  professional,
  political_theory: politicalTheory,
  state_management: stateManagement,
  rank,
  origin,
  category,
  level,
  employment,
  position_group: positionGroup,
  assessment,
  term,
};

function load(dim: ClassifiedDimension): { vocab: CategoryVocab; rules: CompiledRules } {
  const vocab = vocabOf<CategoryVocab>(CATEGORY_FILES[dim]);
  const keys = new Set<string>(CATEGORY_KEYS[dim]);
  const bad = [
    ...Object.values(vocab.exact),
    ...vocab.prefix.map((r) => r[1]),
    ...vocab.contains.map((r) => r[1]),
    ...vocab.order,
    ...Object.values(vocab.codes ?? {}),
    ...vocab.categories.map((c) => c.key),
  ].filter((k) => !keys.has(k));
  if (bad.length) throw new Error(`src/vocab/categories/${dim}.json names unknown category keys: ${[...new Set(bad)].join(', ')}`);
  return { vocab, rules: compileRules(vocab) };
}

// Loaded on first use: the table is only needed when a rank cell holds a code.
let rankCodes: RankCodes['codes'] | undefined;
const codeTable = (): RankCodes['codes'] => (rankCodes ??= vocabOf<RankCodes>(rankCodesJson).codes);

// Each dimension's words and compiled rules, made on first use: `--help` or a usage error folds no word list.
const VOCAB: Partial<Record<ClassifiedDimension, ReturnType<typeof load>>> = {};
const vocabFor = (dim: ClassifiedDimension): ReturnType<typeof load> => (VOCAB[dim] ??= load(dim));

const MARKERS = vocabOf<CellMarkers>(cellMarkers);
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "Cử nhân Luật (đang học cao học)", "Đang học trung cấp", "đang học ThS": the level held stays, studying is marked.
const { lead, optional, verbs } = MARKERS.studying;
const STUDYING = new RegExp(`\\(?\\s*${escape(lead)}\\s+(?:${escape(optional)}\\s+)?(?:${verbs.map(escape).join('|')})\\b[^)]*\\)?`, 'iu');
// Several values in one cell: "ĐH Luật; ThS QLKT", "CN Kinh tế + CN Luật", "Đại học, Thạc sĩ" (words from the vocabulary).
const SEPARATORS = new RegExp(`\\s*(?:[;,+\\n]|\\s[-–]\\s|${MARKERS.listWords.map((w) => `\\s${escape(w)}\\s|`).join('')}\\s&\\s)\\s*`, 'u');
const DASH_ONLY = /^[-–—]+$/;

/** Whether a key is a category of a dimension (every vocabulary's keys are checked against CATEGORY_KEYS at load). */
export function isCategoryOf<D extends ClassifiedDimension>(dim: D, key: string): key is CategoryOf<D> {
  const keys: readonly string[] = CATEGORY_KEYS[dim];
  return keys.includes(key);
}

/** A matched key as the dimension's category; a key the dimension does not have is no match. */
function matched<D extends ClassifiedDimension>(dim: D, key: string, studying: boolean): Classified<CategoryOf<D>> {
  return isCategoryOf(dim, key) ? { key, studying, matched: true } : { key: 'unknown', studying, matched: false };
}

function blank<D extends ClassifiedDimension>(dim: D, studying: boolean): Classified<CategoryOf<D>> {
  return matched(dim, dim === 'party' ? 'non_member' : BLANK_MEANS_NONE.has(dim) ? 'none' : 'unknown', studying);
}

function classifyPart(dim: ClassifiedDimension, part: string): string | null {
  if (dim === 'rank' && /\d/.test(part)) {
    const code = rankCode(part, codeTable());
    if (code) return code;
  }
  const folded = foldText(part);
  if (dim === 'general_education') {
    const level = schoolLevel(folded);
    if (level) return level;
  }
  return matchRules(vocabFor(dim).rules, folded);
}

/**
 * Classifies a cell's text into a category key of a dimension (spec/vocabulary.md "Matching rule"):
 * folded exact synonyms, then prefix and keyword rules, then the same without diacritics; several values
 * in one cell count as the highest; "đang học" keeps the level held and marks studying.
 */
export function classify<D extends ClassifiedDimension>(dim: D, text: string): Classified<CategoryOf<D>> {
  let raw = cleanText(text);
  if (DASH_ONLY.test(raw)) {
    // A dash is how some rosters write "không": use the dimension's own entry for it, if it has one.
    const dash = vocabFor(dim).vocab.exact['-'];
    return dash ? matched(dim, dash, false) : blank(dim, false);
  }
  if (foldText(raw) === '') return blank(dim, false);
  if (dim === 'assessment') {
    const score = assessmentScore(raw);
    if (score) return matched(dim, score, false);
  }
  let studying = false;
  if ((dim === 'professional' || dim === 'political_theory') && STUDYING.test(raw.normalize('NFC'))) {
    studying = true;
    raw = raw.replace(STUDYING, ' ').trim();
    if (foldText(raw) === '') return blank(dim, true);
  }
  const parts = raw
    .split(SEPARATORS)
    .map((p) => classifyPart(dim, p))
    .filter((k): k is string => k !== null);
  if (parts.length === 0) return { key: 'unknown', studying, matched: false };
  const order = vocabFor(dim).vocab.order;
  const best = parts.reduce((a, b) => (order.indexOf(b) < order.indexOf(a) ? b : a));
  return matched(dim, best, studying);
}

/** A score on 100 points ("92", "75,5") as its rating (Nghị định 335/2025, bands in policy.json); null when not a score. */
function assessmentScore(text: string): string | null {
  const m = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:điểm)?\s*$/u.exec(text);
  if (!m) return null;
  const score = Number(m[1].replace(',', '.'));
  if (score > 100) return null;
  return POLICY.assessmentScore.bands.find(([min]) => score >= min)?.[1] ?? null;
}

/** The printed label of a category key ("Thạc sĩ" / "Master's"). */
export function categoryLabel(dim: ClassifiedDimension, key: string, lang: Lang): string {
  return vocabFor(dim).vocab.categories.find((c) => c.key === key)?.label[lang] ?? key;
}

/** The printed label of a dimension ("Trình độ chuyên môn"). */
export function dimensionLabel(dim: ClassifiedDimension, lang: Lang): string {
  return vocabFor(dim).vocab.label[lang];
}
