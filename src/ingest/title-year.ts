import { foldText } from '../normalize/fold-text.js';

// A legal document named in a title block, from its kind to the end of the line.
const LEGAL_REFERENCE = /(?:ban hành kèm theo|kèm theo|thông tư|nghị định|quyết định|nghị quyết|chỉ thị|công văn|hướng dẫn số).*$/;

/**
 * The report year named in a title block: "… NĂM 2024", "(Tính đến ngày 31/12/2024)", "đến ngày 31 tháng 12
 * năm 2024". The first line that names one wins; a legal document's number and date ("Thông tư số
 * 107/2017/TT-BTC ngày 10/10/2017") are not the roster's.
 */
export function titleYearOf(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    // "(Ban hành kèm theo Thông tư số 09/2004/TT-BNV ngày 19/02/2004 …)" dates the form, not the roster.
    const f = foldText(line).replace(LEGAL_REFERENCE, ' ');
    const m =
      /\bnăm (19[5-9]\d|20\d\d)\b/.exec(f) ??
      /\b\d{1,2}\/\d{1,2}\/(19[5-9]\d|20\d\d)\b/.exec(f) ??
      /\b\d{1,2} \d{1,2} (19[5-9]\d|20\d\d)\b/.exec(f) ??
      /\b(?:đến|tính đến|thời điểm)\b.*\b(19[5-9]\d|20\d\d)\b/.exec(f);
    if (m) return Number(m[1]);
  }
  return undefined;
}
