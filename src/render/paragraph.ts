import type { Lang } from '../model/options.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { SummaryReport } from '../report/types.js';
import { comparedView, summaryView } from './paragraph-view.js';
import { phrase, separator, series } from './paragraph-words.js';
import { asOfDatesText, dmy, sourceDates } from './as-of-dates.js';
import { writeParagraph } from './paragraph-writer.js';
import type { RenderContext } from './render-context.js';
import { sectionsOf } from './summary-rows.js';

/**
 * A period as a sentence names it: "năm 2020" (en "2020") when the label is a year, "nhiệm kỳ 2015–2020"
 * (en "the 2015–2020 term") when it is a term's years, else the label as is.
 */
export function periodName(label: string, lang: Lang): string {
  if (/^\d{4}$/.test(label)) return phrase('year', lang, { year: label });
  if (/^\d\d\/\d\d\/\d{4}$/.test(label)) return phrase('day', lang, { day: label });
  const term = /^(\d{4}) ?[-–] ?(\d{4})$/.exec(label);
  return term ? phrase('term', lang, { term: `${term[1]}–${term[2]}` }) : label;
}

function groupLead(label: string, lang: Lang): string {
  return phrase('groupLead', lang, { label });
}

/**
 * `--format text`: the paragraph a report writer pastes, then one per `--by` group; one line each. Rosters
 * of different dates: the first paragraph ends by saying each one's date (a pasted paragraph keeps it).
 */
export function renderSummaryParagraph(report: SummaryReport, ctx: RenderContext): string {
  const lines = sectionsOf(report).map((s) =>
    writeParagraph(summaryView(s), { lang: ctx.lang, decimals: ctx.decimals, periods: [], lead: s.label === null ? '' : groupLead(s.label, ctx.lang) }),
  );
  const each = sourceDates(report.sources);
  if (each) lines[0] += ` ${phrase('asOfEach', ctx.lang, { dates: asOfDatesText(each, ctx.lang) })}${separator('end', ctx.lang)}`;
  return `${lines.join('\n')}\n`;
}

/** `--format text` for compare: the paragraph of every period, changes since the first; then one per `--by` group. */
export function renderComparisonParagraph(report: ComparisonReport, ctx: RenderContext): string {
  const style = { lang: ctx.lang, decimals: ctx.decimals, periods: report.periods.map((p) => periodName(p.label, ctx.lang)) };
  const lines = [writeParagraph(comparedView(report), { ...style, lead: '' })];
  // A period aged today (its roster names no date): its ages are not those of its time, said where pasted.
  const today = report.periods.flatMap((p, i) => (p.asOfSource === 'today' ? [i] : []));
  if (today.length)
    lines[0] += ` ${phrase('agedToday', ctx.lang, {
      periods: series(
        today.map((i) => style.periods[i]),
        ctx.lang,
      ),
      date: dmy(report.periods[today[0]].asOf),
    })}${separator('end', ctx.lang)}`;
  for (const g of report.groups ?? []) lines.push(writeParagraph(comparedView(g), { ...style, lead: groupLead(g.label, ctx.lang) }));
  return `${lines.join('\n')}\n`;
}
