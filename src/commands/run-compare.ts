import type { Command } from 'commander';
import { CadreError } from '../model/cadre-error.js';
import { compareFiles, periodYear } from '../pipeline/compare-files.js';
import { congressYear } from '../stats/congress.js';
import { checkOutputPath } from '../io/node/write-output.js';
import { emit, note, renderContext } from './emit.js';
import { nobodyWhy, rosterFiles } from './inputs.js';
import { ui } from '../vocab/ui.js';
import { formatCount } from '../render/format-number.js';
import { renderComparison } from '../render/comparison-output.js';
import { reportLoadNotes } from './load-notes.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';
import { progressLine } from './progress.js';

/** Runs `cadre-stats compare` with the options commander parsed (see compare.ts). */
export async function runCompare(args: string[], raw: Record<string, unknown>, self: Command): Promise<void> {
  const { options, settings } = await resolveOptions('compare', { ...raw, ...optionSources(self) });
  const files = await rosterFiles(args, { recursive: options.recursive, lang: settings.lang, quiet: options.quiet });
  if (options.out) checkOutputPath(options.out, files);
  const labels = options.labels?.split(',').map((l) => l.trim());
  if (labels && labels.length !== files.length) {
    throw new CadreError(
      'BAD_USAGE',
      `--labels ${options.labels}: ${labels.length} labels for ${files.length} rosters`,
      'give one label per roster, oldest first, e.g. --labels 2020,2025',
    );
  }
  // Old unit names line up under today's units by default when the latest roster is of the two-level state.
  settings.units ??= { asOf: 'latest', province: options.province };
  const progress = progressLine(settings.lang, options.quiet);
  const { report, results, reordered } = await compareFiles(
    files.map((f, i) => ({ files: [f], label: labels?.[i] })),
    { ...settings, onProgress: progress.onProgress },
  ).finally(() => progress.done());
  for (const r of results) reportLoadNotes(r.load, settings.lang, options.quiet, r.yearOnlyAges, 'period');
  if (reordered) note(ui('periodsReordered', settings.lang, { order: reordered.order.join(', '), given: reordered.given.join(', ') }), options.quiet);
  // An earlier term's period under --preset dai-hoi: its young and eligibility are at its own date (compareFiles).
  const since = settings.congress && !settings.congress.date ? congressYear(settings.congress.policy) : undefined;
  for (const p of report.periods)
    if (since !== undefined && Number(p.asOf.slice(0, 4)) < since - 1)
      note(ui('congressOwnDate', settings.lang, { label: p.label, date: p.asOf.split('-').reverse().join('/'), year: since }), options.quiet);
  // --as-of holds for every period: a period whose roster is of another year is aged (and its levels told)
  // at that date, not its own; said, since it is seldom what a comparison of terms wants.
  if (settings.asOf) {
    const asOf = settings.asOf;
    report.periods.forEach((p, i) => {
      const year = periodYear(results[i], p.files);
      if (year !== undefined && year !== asOf.year)
        note(ui('periodAtAsOf', settings.lang, { label: p.label, date: p.asOf.split('-').reverse().join('/'), year }), options.quiet);
    });
  }
  // Values no category knows are counted as "không rõ" in each period: said per period, as summarize says them.
  report.periods.forEach((p, i) => {
    const n = results[i].problemCount;
    if (n > 0) note(ui('periodProblems', settings.lang, { label: p.label, n: formatCount(n, settings.lang), files: p.files.join(' ') }), options.quiet);
  });
  report.periods.forEach((p, i) => {
    if (p.population > 0) return;
    const why = nobodyWhy(results[i], settings.lang) ?? ui('nobodyInRosters', settings.lang, { files: p.files.join(', ') });
    note(ui('nobodyInPeriod', settings.lang, { label: p.label, why }), options.quiet);
  });
  const text = await renderComparison(report, options.format ?? 'table', renderContext(options, settings));
  await emit(text, options.out, files);
}
