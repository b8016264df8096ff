import { CadreError } from '../model/cadre-error.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { SummaryReport } from '../report/types.js';
import type { RenderContext } from './render-context.js';

/** `--format html`: one self-contained page (no network) with the tables and a bar chart per dimension. */
export function renderSummaryHtml(_report: SummaryReport, _ctx: RenderContext): string {
  throw new CadreError('BAD_USAGE', '--format html is not built yet');
}

/** `--format html` for compare: stacked bars per period. */
export function renderComparisonHtml(_report: ComparisonReport, _ctx: RenderContext): string {
  throw new CadreError('BAD_USAGE', '--format html is not built yet');
}
