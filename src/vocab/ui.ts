import { z } from 'zod';
import type { Lang } from '../model/options.js';
import { loadVocab } from './load-json.js';

const PHRASES = z.record(z.string(), z.object({ vi: z.string(), en: z.string() }));
// ui-reader.json: what the file readers tell about a file; ui-inspect.json: inspect's words; ui-web.json: the
// offline page's words (kept apart from ui.json's phrases).
const UI = {
  ...loadVocab('ui', PHRASES),
  ...loadVocab('ui-reader', PHRASES),
  ...loadVocab('ui-ingest', PHRASES),
  ...loadVocab('ui-inspect', PHRASES),
  ...loadVocab('ui-web', PHRASES),
};

/** A user-interface phrase in the chosen language, with `{name}` placeholders filled. */
export function ui(id: string, lang: Lang, vars: Record<string, string | number> = {}): string {
  const entry = UI[id];
  if (!entry) throw new Error(`src/vocab/ui.json has no phrase '${id}'`);
  return entry[lang].replace(/\{([^}]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
