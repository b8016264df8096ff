import { writeOutputFile, writeStdout } from '../io/node/write-output.js';
import type { CliOptions } from './options.js';
import type { SummarizeSettings } from '../pipeline/summarize-files.js';
import type { RenderContext } from '../render/render-context.js';

/** Writes a command's result to `--out` (atomically, never over an input) or to stdout. */
export async function emit(data: string | Uint8Array, out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out) writeOutputFile(out, data, inputs);
  else await writeStdout(data);
}

/** A note for the user on stderr (never stdout, so piped results stay clean). */
export function note(line: string, quiet: boolean): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}

/** Colour only on a terminal, and never with NO_COLOR or --no-color. */
export function useColor(flag: boolean, out: string | undefined): boolean {
  return flag && !out && Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}

/** The renderer's context from the parsed options and settings. */
export function renderContext(options: CliOptions, settings: Pick<SummarizeSettings, 'lang' | 'decimals' | 'by'>): RenderContext {
  return {
    lang: settings.lang,
    decimals: settings.decimals,
    by: settings.by,
    color: useColor(options.color, options.out),
    width: !options.out && process.stdout.isTTY ? process.stdout.columns : undefined,
    csvLocale: options.csvLocale,
    csvKeys: options.csvKeys,
    // Units side by side is what a workbook or a page is for; a terminal lists group after group.
    layout: options.layout ?? (settings.by && (options.format === 'xlsx' || options.format === 'html') ? 'wide' : 'long'),
    bars: options.bars,
    form: options.form,
  };
}
