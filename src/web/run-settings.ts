import { blobSource } from '../io/browser/blob-source.js';
import { browserPlatform } from '../io/browser/browser-platform.js';
import type { IoPlatform } from '../io/byte-source.js';
import { openWorkbook } from '../io/open-workbook.js';
import type { DayDate, Format } from '../model/options.js';
import type { ReadProgress } from '../pipeline/roster-events.js';
import type { SummarizeSettings } from '../pipeline/summarize-files.js';
import type { RenderContext } from '../render/render-context.js';
import { parseAgeBands } from '../stats/age-bands.js';
import { parseWhere } from '../stats/where.js';
import { CLI_DEFAULTS } from './cli-defaults.js';
import type { DownloadAsk, Job, PageOptions } from './protocol.js';

function today(): DayDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function day(text: string): DayDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** The settings the CLI would resolve from the same options (its defaults for everything the page does not set). */
export function settingsOf(job: Job, options: PageOptions, onProgress: (p: ReadProgress) => void, platform: IoPlatform = browserPlatform): SummarizeSettings {
  const files = new Map((job.kind === 'summary' ? job.files : job.periods.flatMap((p) => p.files)).map((f) => [f.name, f.blob]));
  const settings: SummarizeSettings = {
    open: async (name) => openWorkbook(blobSource(name, files.get(name)!), platform),
    sheet: CLI_DEFAULTS.sheet,
    config: {},
    lang: options.lang,
    decimals: CLI_DEFAULTS.decimals,
    rounding: CLI_DEFAULTS.rounding,
    bands: parseAgeBands(options.ageBands || CLI_DEFAULTS.ageBands, undefined),
    youngUnder: CLI_DEFAULTS.youngUnder,
    where: parseWhere(options.where),
    whereSources: options.where,
    by: options.by ?? (options.byUnit ? 'unit' : undefined),
    asOf: options.asOf ? day(options.asOf) : undefined,
    today: today(),
    onProgress,
  };
  // As `compare` does: old unit names line up under the units in force at the latest roster's date.
  if (job.kind === 'compare') settings.units ??= { asOf: 'latest', province: undefined };
  return settings;
}

/** The renderer's context the CLI builds for `--format <format>` with the same options (commands/emit.ts). */
export function renderContext(options: PageOptions, format: Format, ask?: DownloadAsk): RenderContext {
  const by = options.by ?? (options.byUnit ? 'unit' : undefined);
  return {
    lang: options.lang,
    decimals: CLI_DEFAULTS.decimals,
    by,
    color: false,
    csvLocale: ask?.csvLocale ?? 'default',
    csvKeys: false,
    // As the CLI: units side by side in a workbook or a page, group after group elsewhere.
    layout: by && (format === 'xlsx' || format === 'html') ? 'wide' : 'long',
    bars: false,
    form: ask?.form,
  };
}
