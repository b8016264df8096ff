import type { Command } from 'commander';
import { CadreError } from '../model/cadre-error.js';
import { countingWarnings, summarizeFiles } from '../pipeline/summarize-files.js';
import { formatCount } from '../render/format-number.js';
import { dmy } from '../render/as-of-dates.js';
import { ui } from '../vocab/ui.js';
import type { Lang } from '../model/options.js';
import type { SummaryReport } from '../report/types.js';
import { checkOutputPath } from '../io/node/write-output.js';
import { emit, note, renderContext } from './emit.js';
import { renderSummary } from '../render/summary-output.js';
import { optionSources } from './option-sources.js';
import { resolveOptions } from './resolve-options.js';
import { progressLine } from './progress.js';
import { lowConfidenceColumns, reportLoadNotes } from './load-notes.js';
import { nobodyWhy, rosterInputs } from './inputs.js';
import { formRun, keepEveryoneKey, leftOut, outsideLevels, type FormRun } from '../report/form-scope.js';
import { categoryLabel } from '../normalize/classify.js';
import { FORMS, isTwoLevelDate } from '../vocab/forms.js';
import { leftOutLabel } from '../render/xlsx/form-figures.js';
import { POLICY } from '../vocab/policy.js';

/** Runs `cadre-stats summarize` with the options commander parsed (see summarize.ts). */
export async function runSummarize(args: string[], raw: Record<string, unknown>, self: Command): Promise<void> {
  const { options, settings } = await resolveOptions('summarize', { ...raw, ...optionSources(self) });
  const { files, fromFolders } = await rosterInputs(args, { recursive: options.recursive, lang: settings.lang, quiet: options.quiet });
  settings.optionalFiles = fromFolders;
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
    if (why === undefined)
      throw new CadreError('NO_PEOPLE', ui('nobodyInRosters', settings.lang, { files: args.join(', ') }), 'run cadre-stats inspect to see what was read');
    note(why, options.quiet);
  }
  const missing = Object.values(result.report.dimensions)
    .filter((t) => t?.missing)
    .map((t) => t!.label);
  if (missing.length) note(ui('missingColumns', settings.lang, { labels: missing.join(', ') }), options.quiet);
  // What counting found (a locality no home town names, people born after the date): the JSON's warnings, on stderr too.
  for (const w of countingWarnings(result.report)) note(w.message, options.quiet);
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
        result.problemCount === 1 ? '1 value could not be classified (--strict)' : `${result.problemCount} values could not be classified (--strict)`,
        'run cadre-stats inspect to see them, or add synonyms with --config',
      );
    }
  }
}

/** Says whom a form's scope left out (BM01 counts công chức only) and the `--where` that would count them too. */
function formScopeNote(id: string, form: FormRun, left: Array<{ key: string; count: number }>, report: SummaryReport, lang: Lang, quiet: boolean): void {
  const shown = left.filter((l) => l.count > 0);
  const counts = FORMS[id].counts;
  if (!form.scope || !counts || !shown.length) return;
  const dim = form.scope.dimension;
  const counted = (key: string): number => report.dimensions[dim]?.categories.find((c) => c.key === key)?.count ?? 0;
  const everyone = keepEveryoneKey(form, (key) => counted(key) + (left.find((l) => l.key === key)?.count ?? 0));
  note(
    // A form whose columns are its levels counts no other level, whatever --where says (see formRun).
    ui(dim === 'level' ? 'formScopeNoteLevels' : 'formScopeNote', lang, {
      form: formName(id),
      counted: counts.people[lang],
      left: shown
        .map((l) =>
          dim === 'level'
            ? `${formatCount(l.count, lang)} ${leftOutLabel(dim, l.key, lang)}`
            : ui('formLeftItem', lang, {
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

/** "BM01" for BM01/BNV: the form as the notes name it. */
function formName(id: string): string {
  return FORMS[id].code.split('/')[0];
}

/**
 * A form is about some levels (BM01 from district up, BM02 the commune level): say when the counted people
 * fall outside them (they are counted as asked; the note tells how to keep only the form's). For a roster
 * of the two-level state (on or after 1/7/2025) say what the form covers now that there is no district level.
 */
function formLevelNote(id: string, report: SummaryReport, lang: Lang, quiet: boolean): void {
  const def = FORMS[id];
  const twoLevel = def.twoLevel && isTwoLevelDate(report.asOf) ? def.twoLevel : undefined;
  if (twoLevel)
    note(
      ui('formTwoLevelNote', lang, { form: formName(id), date: dmy(report.asOf), since: dmy(POLICY.twoLevelSince.date), scope: twoLevel.scope[lang] }),
      quiet,
    );
  const outside = outsideLevels(def, report);
  if (!outside || !def.levels) return;
  note(
    ui('formLevelNote', lang, {
      form: formName(id),
      n: formatCount(outside.n, lang),
      level: def.levels.outside[lang],
      scope: outside.scope[lang],
      where: def.levels.where,
    }),
    quiet,
  );
}
