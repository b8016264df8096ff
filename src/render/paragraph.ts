import { CadreError } from '../model/cadre-error.js';
import type { ComparisonReport } from '../report/comparison-report.js';
import type { SummaryReport } from '../report/types.js';
import type { RenderContext } from './render-context.js';

/** `--format text`: the paragraph a report writer pastes (Vietnamese, or English with --lang en). */
export function renderSummaryParagraph(_report: SummaryReport, _ctx: RenderContext): string {
  throw new CadreError('BAD_USAGE', '--format text is not built yet');
}

/** `--format text` for compare: the paragraph with the change since the first period. */
export function renderComparisonParagraph(_report: ComparisonReport, _ctx: RenderContext): string {
  throw new CadreError('BAD_USAGE', '--format text is not built yet');
}
