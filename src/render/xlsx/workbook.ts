import ExcelJS from 'exceljs';
import type { ComparisonReport } from '../../report/comparison-report.js';
import type { SummaryReport } from '../../report/types.js';
import type { RenderContext } from '../render-context.js';
import { addComparedSheets, addComparisonCover, addMovementSheet } from './compare-sheets.js';
import { addFormSheet } from './form-engine.js';
import { SheetNames } from './sheet-names.js';
import { pinZipDates } from './zip-dates.js';
import { addSummaryCover, addTableSheets } from './summary-sheets.js';

// Fixed properties, dated at the reference day (zip entries too): the same report gives the same bytes.
function newWorkbook(asOf: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const day = new Date(`${asOf}T00:00:00Z`);
  wb.creator = 'cadre-stats';
  wb.lastModifiedBy = 'cadre-stats';
  wb.created = day;
  wb.modified = day;
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook, asOf: string): Promise<Uint8Array> {
  return pinZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), asOf);
}

/**
 * `--format xlsx`: a cover sheet ("Tổng hợp"), the BM01/BM02 form sheet with `--form`, one sheet per
 * dimension (with `--by`: a row per group, or with `--layout long` the groups side by side) and the
 * indicators, every sheet set to print on A4, as xlsx bytes.
 */
export async function renderSummaryXlsx(report: SummaryReport, ctx: RenderContext): Promise<Uint8Array> {
  const wb = newWorkbook(report.asOf);
  const names = new SheetNames();
  addSummaryCover(wb, names, report, ctx);
  if (ctx.form) addFormSheet(wb, names, report, ctx.form, ctx);
  addTableSheets(wb, names, report, ctx);
  return bytesOf(wb, report.asOf);
}

/**
 * `--format xlsx` for compare: a cover sheet of the periods, one sheet per dimension with the periods
 * side by side and the change (total, then each `--by` group), the indicators, and the movements.
 */
export async function renderComparisonXlsx(report: ComparisonReport, ctx: RenderContext): Promise<Uint8Array> {
  const asOf = report.periods[report.periods.length - 1].asOf;
  const wb = newWorkbook(asOf);
  const names = new SheetNames();
  addComparisonCover(wb, names, report, ctx);
  addComparedSheets(wb, names, report, ctx);
  addMovementSheet(wb, names, report, ctx);
  return bytesOf(wb, asOf);
}
