import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// What a run loads before it reads a byte is start-up time on every run (issue 17): these keep the heavy
// modules out of the static import graph of the built CLI. Dynamic `import()` (a command's work, a renderer,
// --config's schema, the unit lists) is where they belong; this follows static imports only.
const DIST = join(ROOT, 'dist');
const STATIC = /^\s*(?:import|export)\s(?:[^;'"]*?\sfrom\s)?\s*['"]([^'"]+)['"]/gm;

/** Every module `entry` loads through static imports: dist files relative to dist/, packages by name. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const key = relative(DIST, file);
    if (seen.has(key)) return;
    seen.add(key);
    if (!file.endsWith('.js')) return;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else if (!spec.startsWith('node:')) seen.add(`package:${spec.split('/')[0]}`);
    }
  };
  visit(join(DIST, entry));
  return seen;
}

describe('start-up: what the CLI loads before it runs a command', () => {
  it('the graph walk sees static imports', () => {
    const cli = staticGraph('cli.js');
    expect([cli.has('package:commander'), cli.has('commands/summarize.js'), cli.has('vocab/help.json')]).toEqual([true, true, true]);
  });

  it('cli.js (--help, --version, usage errors) loads no command work, no zod and no renderer', () => {
    const loaded = [...staticGraph('cli.js')];
    expect(
      loaded.filter((m) => /^(pipeline|ingest|render|report|io\/(xlsx|zip|csv|sheetjs))\//.test(m) || /^package:(zod|exceljs|chalk|cli-table3)$/.test(m)),
    ).toEqual([]);
  });

  it('summarize loads neither zod (its words are validated by test/vocab) nor exceljs, the terminal table or the unit lists', () => {
    expect(existsSync(join(DIST, 'commands/run-summarize.js'))).toBe(true);
    const loaded = [...staticGraph('commands/run-summarize.js')];
    expect(loaded.length).toBeGreaterThan(50);
    expect(loaded.filter((m) => /^package:(zod|exceljs|chalk|cli-table3)$/.test(m) || m === 'vocab/units-2025.json')).toEqual([]);
  });

  it('the offline page bundles no zod (0.4 MB it does not use)', () => {
    const page = readFileSync(join(DIST, 'web', 'cadre-stats.html'), 'utf8');
    expect([page.includes('<script id="cadre-stats-script">'), page.includes('ZodError')]).toEqual([true, false]);
  });
});
