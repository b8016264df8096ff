import { Command } from 'commander';
import { CadreError } from '../model/cadre-error.js';
import { summarizeFiles } from '../pipeline/summarize-files.js';
import { formatCount } from '../render/format-number.js';
import { ui } from '../vocab/ui.js';
import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { addOptions } from './options.js';
import { checkOutputPath } from '../io/node/write-output.js';
import { emit, note, renderContext } from './emit.js';
import { renderSummary } from '../render/summary-output.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';
import { progressLine } from './progress.js';
import { lowConfidenceColumns, reportLoadNotes } from './load-notes.js';
import { nobodyWhy, rosterFiles } from './inputs.js';
import { formRun, keepEveryoneKey, leftOut, type FormRun } from '../report/form-scope.js';
import { categoryLabel } from '../normalize/classify.js';

/** `cadre-stats summarize <roster...>`: every dimension and indicator of one population. */
export function summarizeCommand(): Command {
  const cmd = new Command('summarize')
    .alias('summary')
    .description('count and percent of every dimension and indicator, over one or more roster files (one population)')
    .argument('<roster...>', 'roster files (.xlsx .xls .ods .csv), folders of them or patterns (xa-*.xlsx); several files are one population');
  addOptions(cmd, 'summarize').action(async (args: string[], raw: Record<string, unknown>, self: Command) => {
    const { options, settings } = resolveOptions('summarize', { ...raw, ...optionSources(self) });
    const files = await rosterFiles(args, { recursive: options.recursive, lang: settings.lang, quiet: options.quiet });
    if (options.out) checkOutputPath(options.out, files);
    const progress = progressLine(settings.lang, options.quiet);
    const form = options.form ? formRun(options.form, settings.where) : undefined;
    const run = form
      ? {
          ...settings,
          extraIndicators: form.extraIndicators,
          scope: form.scope?.keep,
          whereSources: [...settings.whereSources, ...(form.scope ? [form.scope.filter] : [])],
        }
      : settings;
    const result = await summarizeFiles(files, { ...run, onProgress: progress.onProgress }).finally(() => progress.done());
    reportLoadNotes(result.load, settings.lang, options.quiet, result.yearOnlyAges);
    if (result.report.population === 0) {
      // No one: the rosters held no person (exit 1, no report of zeros), or the filters removed everyone (said).
      const why = nobodyWhy(result, settings.lang);
      if (why === undefined) throw new CadreError('NO_PEOPLE', ui('nobodyInRosters', settings.lang, { files: args.join(', ') }), 'see cadre-stats inspect');
      note(why, options.quiet);
    }
    const missing = Object.values(result.report.dimensions)
      .filter((t) => t?.missing)
      .map((t) => t!.label);
    if (missing.length) note(ui('missingColumns', settings.lang, { labels: missing.join(', ') }), options.quiet);
    const left = form ? leftOut(form, result.outside) : [];
    const text = await renderSummary(result.report, options.format ?? 'table', { ...renderContext(options, settings), formLeftOut: left });
    await emit(text, options.out, files);
    if (options.form && form) {
      formScopeNote(options.form, form, left, result.report, settings.lang, options.quiet);
      formLevelNote(options.form, result.report, settings.lang, options.quiet);
    }
    const low = lowConfidenceColumns(result.load);
    if (low > 0 && options.strict)
      throw new CadreError(
        'STRICT_LOW_CONFIDENCE',
        ui('strictLowConfidence', settings.lang, { n: low }),
        'run cadre-stats inspect to see the candidates, or choose columns with --map field=COLUMN',
      );
    if (result.problemCount > 0) {
      note(ui('problemsLine', settings.lang, { n: formatCount(result.problemCount, settings.lang) }), options.quiet);
      if (options.strict) {
        throw new CadreError(
          'STRICT_PROBLEMS',
          `${result.problemCount} values could not be classified (--strict)`,
          'run cadre-stats inspect to see them, or add synonyms with --config',
        );
      }
    }
  });
  return cmd;
}

/** Says whom a form's scope left out (BM01 counts công chức only) and the `--where` that would count them too. */
function formScopeNote(
  id: 'bm01' | 'bm02',
  form: FormRun,
  left: Array<{ key: string; count: number }>,
  report: SummaryReport,
  lang: Lang,
  quiet: boolean,
): void {
  const shown = left.filter((l) => l.count > 0);
  if (!form.scope || !shown.length) return;
  const dim = form.scope.dimension;
  const counted = (key: string): number => report.dimensions[dim]?.categories.find((c) => c.key === key)?.count ?? 0;
  const everyone = keepEveryoneKey(form, (key) => counted(key) + (left.find((l) => l.key === key)?.count ?? 0));
  note(
    ui('formScopeNote', lang, {
      form: id.toUpperCase(),
      counted: ui(`formCounts.${id}`, lang),
      left: shown
        .map((l) =>
          ui('formLeftItem', lang, {
            n: formatCount(l.count, lang),
            label: lang === 'vi' ? categoryLabel(dim, l.key, lang).toLowerCase() : categoryLabel(dim, l.key, lang),
          }),
        )
        .join(', '),
      where: `${dim}!=${categoryLabel(dim, everyone, lang).toLowerCase()}`,
    }),
    quiet,
  );
}

/**
 * BM01 is for công chức from district level up, BM02 for the commune level: say when the counted people
 * fall outside the form's scope (they are counted as asked; the note tells how to keep only the form's).
 */
function formLevelNote(form: 'bm01' | 'bm02', report: SummaryReport, lang: Lang, quiet: boolean): void {
  const levels = report.dimensions.level?.categories ?? [];
  const commune = levels.find((c) => c.key === 'commune')?.count ?? 0;
  const above = levels.filter((c) => c.key !== 'commune' && c.key !== 'unknown').reduce((n, c) => n + c.count, 0);
  const outside = form === 'bm01' ? commune : above;
  if (outside === 0) return;
  note(
    ui('formLevelNote', lang, {
      form: form.toUpperCase(),
      n: formatCount(outside, lang),
      level: ui(form === 'bm01' ? 'atCommuneLevel' : 'aboveCommuneLevel', lang),
      scope: ui(form === 'bm01' ? 'formBm01Scope' : 'formBm02Scope', lang),
      where: form === 'bm01' ? 'level!=commune' : 'level=commune',
    }),
    quiet,
  );
}
