import type { Lang } from '../../model/options.js';
import { vocab } from '../../vocab/load-json.js';
import type { Phrases } from '../../vocab/schemas.js';
import xlsx from '../../vocab/xlsx.json' with { type: 'json' };

const WORDS = vocab<Phrases>(xlsx);

/** A word of the xlsx output (sheet names, cover-sheet labels) in the chosen language, `{name}` filled. */
export function xlsxWord(id: string, lang: Lang, vars: Record<string, string | number> = {}): string {
  const entry = WORDS[id];
  if (!entry) throw new Error(`src/vocab/xlsx.json has no phrase '${id}'`);
  return entry[lang].replace(/\{([^}]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
