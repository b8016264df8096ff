import type { Command } from 'commander';

/** Which options were left at their defaults, so `--config` defaults can apply to exactly those. */
export function optionSources(cmd: Command): Record<string, string | undefined> {
  return {
    langSource: cmd.getOptionValueSource('lang'),
    decimalsSource: cmd.getOptionValueSource('decimals'),
    ageBandsSource: cmd.getOptionValueSource('ageBands'),
    youngUnderSource: cmd.getOptionValueSource('youngUnder'),
    csvLocaleSource: cmd.getOptionValueSource('csvLocale'),
  };
}
