import { CadreError } from '../../model/cadre-error.js';
import type { ComparisonReport } from '../../report/comparison-report.js';
import type { SummaryReport } from '../../report/types.js';
import type { RenderContext } from '../render-context.js';

/** `--format xlsx`: one sheet per table (plus the BM01/BM02 form sheet with `--form`), as xlsx bytes. */
export async function renderSummaryXlsx(_report: SummaryReport, _ctx: RenderContext): Promise<Uint8Array> {
  throw new CadreError('BAD_USAGE', '--format xlsx is not built yet');
}

/** `--format xlsx` for compare: the side-by-side tables, one sheet per table. */
export async function renderComparisonXlsx(_report: ComparisonReport, _ctx: RenderContext): Promise<Uint8Array> {
  throw new CadreError('BAD_USAGE', '--format xlsx is not built yet');
}
