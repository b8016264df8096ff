import type { Command } from 'commander';
import { inspectFile } from '../pipeline/inspect-file.js';
import { inspectBlocks } from '../render/inspect-text.js';
import { drawGrid } from '../render/table.js';
import { checkOutputPath } from '../io/node/write-output.js';
import { emit, useColor } from './emit.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';
import { policyWith } from '../vocab/policy.js';

/** Runs `cadre-stats inspect` with the options commander parsed (see inspect.ts). */
export async function runInspect(file: string, raw: Record<string, unknown>, self: Command): Promise<void> {
  const { options, settings } = await resolveOptions('inspect', { ...raw, ...optionSources(self) });
  if (options.out) checkOutputPath(options.out, [file]);
  const { inspection, error } = await inspectFile(file, {
    open: settings.open,
    sheet: settings.sheet,
    config: settings.config,
    lang: settings.lang,
    today: settings.today,
    asOf: settings.asOf,
    locality: settings.locality,
    units:
      settings.units && settings.units.asOf !== 'latest' && settings.units.asOf !== 'own'
        ? { asOf: settings.units.asOf, province: settings.units.province }
        : undefined,
    eligibility: options.eligibility ? (settings.congress ?? { policy: policyWith(settings.config.policy) }) : undefined,
  });
  const color = useColor(options.color, options.out);
  const text =
    options.format === 'json'
      ? `${JSON.stringify(inspection, null, 2)}\n`
      : `${inspectBlocks(inspection, settings.lang)
          .map((b) => [...b.lines, ...b.grids.map((g) => drawGrid(g, color))].join('\n'))
          .join('\n\n')}\n`;
  await emit(text, options.out, [file]);
  if (error) throw error;
}
