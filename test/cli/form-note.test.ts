import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// BM01 is for công chức from district level up, BM02 for the commune level: people outside the form's
// scope are counted as asked, and a note on stderr says how many and how to leave them out.
describe('--form scope note', { concurrent: true, timeout: 60_000 }, () => {
  const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'cadre-form-')), name);

  it('BM01 names the commune-level people it includes, with the --where that leaves them out', async () => {
    const json = JSON.parse((await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--format', 'json'])).stdout);
    const commune = json.dimensions.level.categories.find((c: { key: string }) => c.key === 'commune').count as number;
    expect(commune).toBeGreaterThan(0);
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', out('bm01.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `Biểu BM01 gồm cả ${commune} người ở cấp xã, ngoài phạm vi của biểu (công chức từ cấp huyện trở lên); thêm --where level!=commune`,
    );
    const kept = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm01', '--out', out('bm01b.xlsx'), '--where', 'level!=commune']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stderr).not.toContain('BM01');
  });

  it('BM02 in English names the people above commune level', async () => {
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx', '--form', 'bm02', '--out', out('bm02.xlsx'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /Form BM02 includes \d+ people not at commune level, outside the form's scope \(commune-level cadres and civil servants\); add --where level=commune/,
    );
  });
});
