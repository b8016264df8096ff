import { expect, it } from 'vitest';
import { cliOptions } from '../../src/commands/options.js';
import { CLI_DEFAULTS } from '../../src/web/cli-defaults.js';

it("the page counts with the CLI's defaults for the options it does not offer", () => {
  const cli = cliOptions({});
  expect(Object.fromEntries(Object.keys(CLI_DEFAULTS).map((k) => [k, cli[k as keyof typeof cli]]))).toEqual(CLI_DEFAULTS);
});
