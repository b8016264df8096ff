import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

// The README shows real output of its quick-start command: every line it shows must still be printed.
describe('README quick start', () => {
  it('shows lines the sample command really prints', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```text\n\$ npx cadre-stats summarize fixtures\/sample-roster\.xlsx\n([\s\S]*?)```/.exec(readme);
    expect(block, 'README has the sample output block').not.toBeNull();
    const r = await runCli(['summarize', 'fixtures/sample-roster.xlsx']);
    expect(r.code).toBe(0);
    const printed = new Set(`${r.stderr}\n${r.stdout}`.split('\n'));
    const shown = block![1].split('\n').filter((l) => l !== '' && l !== '…');
    expect(shown.length).toBeGreaterThan(30);
    expect(shown.filter((l) => !printed.has(l))).toEqual([]);
  });
});
