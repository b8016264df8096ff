/**
 * A civil-service rank code in a cell ("01.003", "mã ngạch 01.002", "V.07.01.03" for viên chức hạng III)
 * looked up in the code table; null when the text holds no known code.
 */
export function rankCode(folded: string, codes: Readonly<Record<string, string>>): string | null {
  // foldText turns "01.003" into "01 003".
  const m = /(?:^|\s)(\d{2}) ?(\d{3})(?:\s|$)/.exec(folded);
  if (m) return codes[`${m[1]}.${m[2]}`] ?? null;
  const v = /(?:^|\s)v (\d{2}) (\d{2}) (\d{2})(?:\s|$)/.exec(folded);
  if (v) {
    // In viên chức codes the last pair is the hạng: 01 → I … 05 → V (hạng I ~ CVCC and so on).
    const grade = Number(v[3]);
    return (['senior_expert', 'principal_expert', 'expert', 'officer', 'employee'] as const)[grade - 1] ?? null;
  }
  return null;
}
