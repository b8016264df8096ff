import { z } from 'zod';
import { DimensionKeySchema } from '../model/dimensions.js';
import type { Lang } from '../model/options.js';
import { loadVocab } from '../vocab/load-json.js';

// A phrase may differ between one and several people (English "1 woman" / "2 women").
const Form = z.union([z.string(), z.object({ one: z.string(), other: z.string() })]);
const Words = z.object({ vi: Form, en: Form });
const Plain = z.object({ vi: z.string(), en: z.string() });

const ParagraphSchema = z.object({
  phrases: z.record(z.string(), Words),
  separators: z.object({ items: Plain, itemsWithChange: Plain, tail: Plain, sentences: Plain, end: Plain }),
  flags: z.array(Words.extend({ indicator: z.string() })),
  sections: z.array(
    z.object({
      dimension: DimensionKeySchema,
      heading: Plain,
      indicators: z.array(z.object({ id: z.string(), label: Plain.optional() })),
      average: z.object({ id: z.string(), label: Plain }).optional(),
    }),
  ),
});
type Paragraph = z.infer<typeof ParagraphSchema>;
export type PhraseWords = z.infer<typeof Words>;
export type ParagraphSection = Paragraph['sections'][number];
export type Separator = keyof Paragraph['separators'];

/** The paragraph's wording, from src/vocab/paragraph.json. */
export const PARAGRAPH: Paragraph = loadVocab('paragraph', ParagraphSchema);

/** Fills `{name}` placeholders; picks the singular form when `count` is 1. */
export function fill(words: PhraseWords, lang: Lang, vars: Record<string, string>, count?: number): string {
  const form = words[lang];
  const text = typeof form === 'string' ? form : count === 1 ? form.one : form.other;
  return text.replace(/\{([^}]+)\}/g, (m, name: string) => vars[name] ?? m);
}

/** A phrase of paragraph.json by id, with its placeholders filled. */
export function phrase(id: string, lang: Lang, vars: Record<string, string> = {}, count?: number): string {
  const words = PARAGRAPH.phrases[id];
  if (!words) throw new Error(`src/vocab/paragraph.json has no phrase '${id}'`);
  return fill(words, lang, vars, count);
}

/** A separator of paragraph.json (between items, before the "or higher" figures, between sentences). */
export function separator(id: Separator, lang: Lang): string {
  return PARAGRAPH.separators[id][lang];
}
