import { z } from 'zod';
import type { Lang } from '../model/options.js';
import { loadVocab } from './load-json.js';

const UI = loadVocab('ui', z.record(z.string(), z.object({ vi: z.string(), en: z.string() })));

/** A user-interface phrase in the chosen language, with `{name}` placeholders filled. */
export function ui(id: string, lang: Lang, vars: Record<string, string | number> = {}): string {
  const entry = UI[id];
  if (!entry) throw new Error(`src/vocab/ui.json has no phrase '${id}'`);
  return entry[lang].replace(/\{([^}]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
