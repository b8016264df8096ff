import { foldText } from '../normalize/fold-text.js';

/**
 * The report year named in a title block: "… NĂM 2024", "(Tính đến ngày 31/12/2024)", "đến ngày 31 tháng 12
 * năm 2024". The first line that names one wins.
 */
export function titleYearOf(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const f = foldText(line);
    const m =
      /\bnăm (19[5-9]\d|20\d\d)\b/.exec(f) ??
      /\b\d{1,2}\/\d{1,2}\/(19[5-9]\d|20\d\d)\b/.exec(f) ??
      /\b\d{1,2} \d{1,2} (19[5-9]\d|20\d\d)\b/.exec(f) ??
      /\b(?:đến|tính đến|thời điểm)\b.*\b(19[5-9]\d|20\d\d)\b/.exec(f);
    if (m) return Number(m[1]);
  }
  return undefined;
}
