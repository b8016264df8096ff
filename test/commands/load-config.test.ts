import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/commands/resolve-options.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-config-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('--config files as people save them', () => {
  it('reads a file saved with a byte-order mark (Notepad)', async () => {
    expect(await loadConfig(file('bom.json', '\uFEFF{"defaults":{"decimals":1}}'))).toEqual({ defaults: { decimals: 1 } });
  });

  it('refuses age bands that do not increase, as --age-bands does', async () => {
    await expect(loadConfig(file('bands.json', '{"ageBands":{"x":[50,40]}}'))).rejects.toThrow(/ageBands\.x.*upper bounds must increase/);
    expect(await loadConfig(file('ok.json', '{"ageBands":{"x":[35,45]}}'))).toEqual({ ageBands: { x: [35, 45] } });
  });
});
