import { describe, expect, it } from 'vitest';
import web from '../../src/vocab/ui-web.json' with { type: 'json' };
import ingest from '../../src/vocab/ui-ingest.json' with { type: 'json' };
import main from '../../src/vocab/ui.json' with { type: 'json' };

// The page's variants of CLI phrases ("page:<id>" in ui-web.json) stand in for a phrase that exists, fill
// no placeholder the phrase has not (the code fills the phrase's), and name no CLI option or command.
const all: Record<string, { vi: string; en: string }> = { ...main, ...ingest, ...web };
const holes = (text: string): string[] => [...text.matchAll(/\{([a-zA-Z]+)[:}]/g)].map((m) => m[1]).sort();

describe("the page's wording", () => {
  const variants = Object.keys(web).filter((k) => k.startsWith('page:'));
  it('has variants', () => expect(variants.length).toBeGreaterThan(3));
  it.each(variants)('%s', (id) => {
    const base = all[id.slice('page:'.length)];
    expect(base, `${id} stands in for no phrase`).toBeDefined();
    const page = all[id];
    for (const lang of ['vi', 'en'] as const) {
      expect(holes(page[lang]).every((h) => holes(base[lang]).includes(h))).toBe(true);
      expect(page[lang]).not.toMatch(/--[a-z]|cadre-stats /);
    }
  });
});
