import type { Lang } from '../model/options.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { SummaryReport } from '../report/types.js';
import { comparedView, summaryView } from './paragraph-view.js';
import { phrase } from './paragraph-words.js';
import { writeParagraph } from './paragraph-writer.js';
import type { RenderContext } from './render-context.js';
import { sectionsOf } from './summary-rows.js';

/** A period as a sentence names it: "năm 2020" (en "2020") when the label is a year, else the label as is. */
export function periodName(label: string, lang: Lang): string {
  return /^\d{4}$/.test(label) ? phrase('year', lang, { year: label }) : label;
}

function groupLead(label: string, lang: Lang): string {
  return phrase('groupLead', lang, { label });
}

/** `--format text`: the paragraph a report writer pastes, then one per `--by` group; one line each. */
export function renderSummaryParagraph(report: SummaryReport, ctx: RenderContext): string {
  const lines = sectionsOf(report).map((s) =>
    writeParagraph(summaryView(s), { lang: ctx.lang, decimals: ctx.decimals, lead: s.label === null ? '' : groupLead(s.label, ctx.lang) }),
  );
  return `${lines.join('\n')}\n`;
}

/** `--format text` for compare: the last period's paragraph with the change since the first period. */
export function renderComparisonParagraph(report: ComparisonReport, ctx: RenderContext): string {
  const first = report.periods[0].label;
  const last = report.periods[report.periods.length - 1].label;
  const style = { lang: ctx.lang, decimals: ctx.decimals, since: periodName(first, ctx.lang) };
  const name = periodName(last, ctx.lang);
  const lines = [
    writeParagraph(comparedView(report, last), { ...style, lead: phrase('periodLead', ctx.lang, { period: name.charAt(0).toUpperCase() + name.slice(1) }) }),
  ];
  for (const g of report.groups ?? []) lines.push(writeParagraph(comparedView(g, last), { ...style, lead: groupLead(g.label, ctx.lang) }));
  return `${lines.join('\n')}\n`;
}
