import { CATEGORY_KEYS, DIMENSION_KEYS } from '../model/dimensions.js';
import type { Lang } from '../model/options.js';
import { vocab } from '../vocab/load-json.js';
import type { Paragraph } from '../vocab/schemas.js';
import paragraph from '../vocab/paragraph.json' with { type: 'json' };

export type ParagraphSection = Paragraph['sections'][number];
export type Separator = keyof Paragraph['separators'];

/** The paragraph's wording, from src/vocab/paragraph.json. */
export const PARAGRAPH: Paragraph = vocab<Paragraph>(paragraph);

for (const key of Object.keys(PARAGRAPH.subjects)) {
  if (key !== 'default' && !(CATEGORY_KEYS.category as readonly string[]).includes(key))
    throw new Error(`src/vocab/paragraph.json: subjects.${key} is not a category key`);
}
for (const s of PARAGRAPH.sections)
  if (!(DIMENSION_KEYS as readonly string[]).includes(s.dimension)) throw new Error(`src/vocab/paragraph.json: no dimension ${s.dimension}`);

/**
 * Fills `{name}` placeholders; `{Name}` (capitalised) takes the value of `name` with its first letter
 * capitalised, for a placeholder that starts a sentence.
 */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{([^}]+)\}/g, (m, name: string) => {
    if (name in vars) return vars[name];
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    return lower !== name && lower in vars ? vars[lower].charAt(0).toUpperCase() + vars[lower].slice(1) : m;
  });
}

/** A phrase of paragraph.json by id, with its placeholders filled. */
export function phrase(id: string, lang: Lang, vars: Record<string, string> = {}): string {
  const words = PARAGRAPH.phrases[id];
  if (!words) throw new Error(`src/vocab/paragraph.json has no phrase '${id}'`);
  return fill(words[lang], vars);
}

/** A separator of paragraph.json (between items, before the "or higher" figures, between sentences). */
export function separator(id: Separator, lang: Lang): string {
  return PARAGRAPH.separators[id][lang];
}

/** Items joined as a sentence lists them: "14, 15 và 16" / "14, 15 and 16". */
export function series(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${phrase('lastAnd', lang)}${items[items.length - 1]}`;
}
