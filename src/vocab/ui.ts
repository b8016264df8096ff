import type { Lang } from '../model/options.js';
import { vocab } from './load-json.js';
import type { Phrases } from './schemas.js';
import uiIngest from './ui-ingest.json' with { type: 'json' };
import uiInspect from './ui-inspect.json' with { type: 'json' };
import uiReader from './ui-reader.json' with { type: 'json' };
import uiWeb from './ui-web.json' with { type: 'json' };
import uiMain from './ui.json' with { type: 'json' };

// ui-reader.json: what the file readers tell about a file; ui-inspect.json: inspect's words; ui-web.json: the
// offline page's words (kept apart from ui.json's phrases).
const UI = {
  ...vocab<Phrases>(uiMain),
  ...vocab<Phrases>(uiReader),
  ...vocab<Phrases>(uiIngest),
  ...vocab<Phrases>(uiInspect),
  ...vocab<Phrases>(uiWeb),
};

let onPage = false;

/**
 * The offline page says so once (its window and its workers): a phrase with a `page:` variant in
 * ui-web.json then gives that one, which names the page's controls instead of the CLI's options.
 */
export function usePageWording(): void {
  onPage = true;
}

/**
 * A user-interface phrase in the chosen language, with `{name}` placeholders filled. `{name:one|many}` is
 * English's noun after a count: `one` when `name` is 1, else `many` ("{n} {n:person has|people have}").
 */
export function ui(id: string, lang: Lang, vars: Record<string, string | number> = {}): string {
  const entry = (onPage ? UI[`page:${id}`] : undefined) ?? UI[id];
  if (!entry) throw new Error(`src/vocab/ui.json has no phrase '${id}'`);
  return entry[lang]
    .replace(/\{([a-zA-Z]+):([^|{}]*)\|([^|{}]*)\}/g, (m, name: string, one: string, many: string) =>
      name in vars ? (String(vars[name]) === '1' ? one : many) : m,
    )
    .replace(/\{([^}]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
