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
    expect(await loadConfig(file('bom.json', '\uFEFF{"defaults":{"decimals":1}}'), 'vi')).toEqual({ defaults: { decimals: 1 } });
  });

  it("refuses a preset of the program's own redefined (bnv gives BM01/BM02 their age columns), and a defaults.ageBands no preset is, as the config's fault", async () => {
    await expect(loadConfig(file('bnv.json', '{"ageBands":{"bnv":[20,30]}}'), 'en')).rejects.toThrow(/ageBands\.bnv: bnv is a preset of the program's own$/);
    const bad = loadConfig(file('default.json', '{"defaults":{"ageBands":"xyz"}}'), 'en');
    await expect(bad).rejects.toThrow(/defaults\.ageBands: "xyz" is not a preset nor a list of increasing upper bounds$/);
    await expect(bad).rejects.toMatchObject({ code: 'BAD_CONFIG' });
    expect(await loadConfig(file('mine.json', '{"ageBands":{"mine":[35,45]},"defaults":{"ageBands":"mine"}}'), 'en')).toEqual({
      ageBands: { mine: [35, 45] },
      defaults: { ageBands: 'mine' },
    });
  });

  it('refuses age bands that do not increase, as --age-bands does', async () => {
    await expect(loadConfig(file('bands.json', '{"ageBands":{"x":[50,40]}}'), 'en')).rejects.toThrow(/ageBands\.x.*upper bounds must increase/);
    expect(await loadConfig(file('ok.json', '{"ageBands":{"x":[35,45]}}'), 'vi')).toEqual({ ageBands: { x: [35, 45] } });
  });

  // zod's own messages are English and name JavaScript types ("expected number, received string"): a key's
  // fault is said in the user's language, with what was written.
  it.each([
    ['{"defaults":{"decimals":"two"}}', 'defaults.decimals: cần một số, không phải "two"', 'defaults.decimals: expected a number, not "two"'],
    ['{"defaults":{"decimals":1.5}}', 'defaults.decimals: cần một số nguyên, không phải 1.5', 'defaults.decimals: expected a whole number, not 1.5'],
    ['{"defaults":{"decimals":9}}', 'defaults.decimals: lớn nhất là 6, không phải 9', 'defaults.decimals: at most 6, not 9'],
    ['{"defaults":{"lang":"fr"}}', 'defaults.lang: cần một trong: "vi", "en"', 'defaults.lang: expected one of: "vi", "en"'],
    ['{"nope":1}', '(cả tệp): không có khoá "nope" ở đây', '(top): no key "nope" here'],
    ['[]', '(cả tệp): cần một nhóm khoá { … }, không phải []', '(top): expected an object { … }, not []'],
    ['{"ageBands":{"x":[]}}', 'ageBands.x: cần ít nhất 1 phần tử', 'ageBands.x: needs at least 1 item'],
    [
      '{"ageBands":{"x":[50,40]}}',
      'ageBands.x: các cận trên phải tăng dần, ví dụ [30, 40, 50, 60]',
      'ageBands.x: upper bounds must increase, e.g. [30, 40, 50, 60]',
    ],
    ['{"map":{"unit":""}}', 'map.unit: không được để trống', 'map.unit: must not be empty'],
    [
      '{"policy":{"congress":{"termMonths":0}}}',
      'policy.congress.termMonths: phải lớn hơn 0, không phải 0',
      'policy.congress.termMonths: must be greater than 0, not 0',
    ],
    [
      '{"policy":{"congress":{"referenceMonth":{"province":"2025-13"}}}}',
      'policy.congress.referenceMonth.province: cần dạng YYYY-MM, không phải "2025-13"',
      'policy.congress.referenceMonth.province: expected the form YYYY-MM, not "2025-13"',
    ],
  ])('%s', async (text, vi, en) => {
    const path = file('bad.json', text);
    await expect(loadConfig(path, 'vi')).rejects.toThrow(`--config ${path}: ${vi}`);
    await expect(loadConfig(path, 'en')).rejects.toThrow(`--config ${path}: ${en}`);
  });
});
