import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

/** One check of a truth.json (the format of ../shared/corpus/real-layouts/truth.json). */
export interface TruthCheck {
  file: string;
  args: string[];
  path: string;
  expect: number;
  why?: string;
}

/** The checks of a truth.json grouped by file, or null when the folder has none. */
export function loadTruth(dir: string): Map<string, TruthCheck[]> | null {
  const path = join(dir, 'truth.json');
  if (!existsSync(path)) return null;
  const truth = JSON.parse(readFileSync(path, 'utf8')) as { checks: Record<string, TruthCheck[]> };
  return new Map(Object.entries(truth.checks));
}

/**
 * Reads a truth path from a summary JSON: `population`, `dimensions.<dim>.categories[key=a|b].count`
 * (summed; a missing `unknown` counts 0, as the CLI lists it only above 0), `indicators.<id>.<field>`.
 */
export function readPath(json: Record<string, unknown>, path: string): number | undefined {
  if (path === 'population') return json.population as number;
  const dim = /^dimensions\.([a-z_]+)\.categories\[key=([^\]]+)\]\.count$/.exec(path);
  if (dim) {
    const table = (json.dimensions as Record<string, { categories: Array<{ key: string; count: number }> }> | undefined)?.[dim[1]];
    if (!table) return undefined;
    let sum = 0;
    for (const key of dim[2].split('|')) {
      const c = table.categories.find((x) => x.key === key);
      if (c) sum += c.count;
      else if (key !== 'unknown') return undefined;
    }
    return sum;
  }
  const ind = /^indicators\.(.+)\.([a-z]+)$/.exec(path);
  if (ind) return ((json.indicators as Record<string, Record<string, number>> | undefined)?.[ind[1]] ?? {})[ind[2]];
  return undefined;
}

/** Runs every distinct (file, args) of one file's checks and lists the checks that do not hold. */
export async function failingChecks(dir: string, checks: readonly TruthCheck[]): Promise<string[]> {
  const runs = new Map<string, Record<string, unknown> | string>();
  const failures: string[] = [];
  for (const c of checks) {
    const key = JSON.stringify(c.args);
    if (!runs.has(key)) {
      const r = await runCli(['summarize', join(dir, c.file), '--format', 'json', '--quiet', ...c.args], { timeoutMs: 120_000 });
      let json: Record<string, unknown> | string;
      try {
        json = JSON.parse(r.stdout) as Record<string, unknown>;
      } catch {
        const line = r.stderr.split('\n').find((l) => l.startsWith('cadre-stats:')) ?? r.stderr.split('\n')[0];
        // truth.json: for a roster with nobody in it, "a one-line 'nobody found' message with exit 1" is a
        // right answer (summarize's NO_PEOPLE): population 0. Any other failure stays a failure.
        json = r.code === 1 && /^cadre-stats: không có người nào trong /.test(line) ? { population: 0 } : `exit ${r.code}: ${line}`;
      }
      runs.set(key, json);
    }
    const json = runs.get(key)!;
    const got = typeof json === 'string' ? json : readPath(json, c.path);
    if (got !== c.expect) failures.push(`${c.file} ${key} ${c.path}: expected ${c.expect}, got ${got}`);
  }
  return failures;
}
