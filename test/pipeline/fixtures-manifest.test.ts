import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeFiles } from '../../src/pipeline/summarize-files.js';
import { FIX, settings } from '../helpers/settings.js';

// What the fixture script planted (from the people's category keys, not from the rendered text)
// must be what the whole pipeline counts back from the workbooks.
const manifest = JSON.parse(readFileSync(FIX('manifest.json'), 'utf8')) as Record<
  string,
  {
    population: number;
    counts: Record<string, Record<string, number>>;
    studying: { professional: number };
    expectedProblems?: Array<{ field: string; value: string }>;
  }
>;
const files = Object.keys(manifest).filter((k) => k.endsWith('.xlsx'));

describe('every fixture gives back the counts its script planted', () => {
  it.each(files)('%s', async (file) => {
    const want = manifest[file];
    const { report, problemCount } = await summarizeFiles([FIX(file)], settings());
    expect(report.population).toBe(want.population);
    for (const [dim, counts] of Object.entries(want.counts)) {
      const got = Object.fromEntries(report.dimensions[dim as 'gender']!.categories.filter((c) => c.count > 0).map((c) => [c.key, c.count]));
      expect({ dim, counts: got }).toEqual({ dim, counts });
    }
    expect(report.indicators['professional.studying']).toMatchObject({ count: want.studying.professional });
    const problems = report.problems.map((p) => ({ field: p.field, value: p.value }));
    expect(problems).toEqual(want.expectedProblems ?? []);
    expect(problemCount).toBe(problems.length);
  });
});
