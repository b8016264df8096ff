/**
 * General education written as grade/system ("12/12", "10/10", "9/12", "7/10"): the old 10-year and the
 * 12-year systems (domain notes §2.5). Returns null when the text is not of that form.
 */
export function schoolLevel(folded: string): 'upper_secondary' | 'lower_secondary' | 'primary' | null {
  const m = /(?:^|\s)(\d{1,2})\s*\/\s*(10|12)(?:\s|$)/.exec(folded);
  if (!m) return null;
  const grade = Number(m[1]);
  const system = Number(m[2]);
  if (grade > system || grade === 0) return null;
  if (grade >= system) return 'upper_secondary';
  if (system === 12 ? grade >= 6 : grade >= 5) return 'lower_secondary';
  return 'primary';
}
