/**
 * The CLI's defaults for the options the page does not offer (commands/options.ts declares them; the page
 * cannot import commander). test/web/cli-defaults.test.ts checks they stay the same.
 */
export const CLI_DEFAULTS = {
  sheet: 'all',
  decimals: 2,
  rounding: 'largest-remainder',
  ageBands: 'bnv',
  youngUnder: 40,
} as const;
