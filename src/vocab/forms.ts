import { CATEGORY_KEYS } from '../model/dimensions.js';
import type { FormDefinition, FormId, FormNode, FormWords, SectionLeaf, SectionNode } from './form-schema.js';
import { vocab } from './load-json.js';
import { POLICY } from './policy.js';
import formWords from './form-words.json' with { type: 'json' };
import bm01 from './forms/bm01.json' with { type: 'json' };
import bm02 from './forms/bm02.json' with { type: 'json' };
import btctw8b from './forms/btctw-8b.json' with { type: 'json' };

export type {
  CriteriaRowsForm,
  FormCount,
  FormCriterion,
  FormDefinition,
  FormId,
  FormLeaf,
  FormLine,
  FormNode,
  GroupRowsForm,
  SectionLeaf,
  SectionNode,
} from './form-schema.js';

/** The engine's own words around any form (notes on who is counted and why a column is empty). */
export const FORM_WORDS = vocab<FormWords>(formWords);

function checkKeys(id: string, def: FormDefinition): FormDefinition {
  const valid: readonly string[] = def.counts ? CATEGORY_KEYS[def.counts.dimension] : [];
  for (const key of def.counts?.keys ?? [])
    if (!valid.includes(key)) throw new Error(`src/vocab/forms/${id}.json: counts: "${key}" is not a ${def.counts!.dimension} key`);
  if (def.rows === 'criteria') {
    const leaves = (nodes: readonly SectionNode[]): SectionLeaf[] => nodes.flatMap((n) => ('children' in n ? leaves(n.children) : [n]));
    for (const leaf of leaves(def.columns))
      if (leaf.empty && !def.emptyNotes?.[leaf.empty]) throw new Error(`src/vocab/forms/${id}.json: column "${leaf.label}": no emptyNotes.${leaf.empty}`);
  }
  return def;
}

// One file per form in src/vocab/forms/, imported above (test/vocab/vocab-files.test.ts checks that every one
// is): its name is the `--form` id.
const FORM_DATA: Readonly<Record<string, unknown>> = { bm01, bm02, 'btctw-8b': btctw8b };
const FORM_FILES = Object.keys(FORM_DATA).sort();

/** Every form definition by id (src/vocab/forms/<id>.json); its keys are checked at load. */
export const FORMS: Readonly<Record<FormId, FormDefinition>> = Object.fromEntries(
  FORM_FILES.map((id) => {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`src/vocab/forms/${id}.json: a form id is lower-case letters, digits and hyphens`);
    return [id, checkKeys(id, vocab<FormDefinition>(FORM_DATA[id]))];
  }),
);
/** The `--form` choices. */
export const FORM_IDS: readonly FormId[] = FORM_FILES;

/** The indicators a form's figures read (computed only when asked for). */
export function formIndicators(def: FormDefinition): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly FormNode[]): void => {
    for (const n of nodes) {
      if ('children' in n) walk(n.children);
      else if (n.count && typeof n.count === 'object' && 'indicator' in n.count) out.push(n.count.indicator);
    }
  };
  if (def.rows === 'groups') walk(def.columns);
  else for (const c of def.criteria) if (c.count && typeof c.count === 'object' && 'indicator' in c.count) out.push(c.count.indicator);
  return out;
}

/** Whether a report's date (YYYY-MM-DD) falls in the two-level state (on or after policy.json twoLevelSince): no district level. */
export function isTwoLevelDate(asOf: string): boolean {
  return asOf >= POLICY.twoLevelSince.date;
}
