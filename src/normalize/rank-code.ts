/**
 * A civil-service rank code in its canonical form: ngạch "01.003", "06a.031", "15a.201"; chức danh nghề
 * nghiệp "V.07.01.03". Loosely typed codes read as the code they mean: missing or extra dots and spaces
 * ("01003", "V07.01.03"), codes stored as numbers (1.003, 1.01 for 01.010: leading and trailing zeros lost).
 * Null when the text is not a code.
 */
export function canonicalRankCode(text: string): string | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, '');
  const n = /^(\d{1,2})([ABC]?)[.,-]?(\d{1,3})$/.exec(t);
  if (n) {
    // A number lost its zeros: 1.01 was 01.010, 1.003 was 01.003 (three digits after the dot).
    const tail = n[3].length < 3 && /[.,]/.test(t) ? n[3].padEnd(3, '0') : n[3].padStart(3, '0');
    if (!/[.,-]/.test(t) && n[3].length !== 3) return null;
    return `${n[1].padStart(2, '0')}${n[2].toLowerCase()}.${tail}`;
  }
  const v = /^V[.-]?(\d{1,2})[.-](\d{1,2})[.-](\d{1,2})$/.exec(t) ?? /^V(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (v) return `V.${v[1].padStart(2, '0')}.${v[2].padStart(2, '0')}.${v[3].padStart(2, '0')}`;
  return null;
}

/**
 * The rank group of the code in a cell ("01.003", "mã ngạch 01.002", "V.07.01.03"), looked up in the code
 * table (src/vocab/rank-codes.json); null when the text holds no code or an unmapped one.
 */
export function rankCode(text: string, codes: Readonly<Record<string, { group: string }>>): string | null {
  for (const token of text.split(/\s+(?=V|\d)/i)) {
    const code = canonicalRankCode(token.replace(/^(mã ngạch|mã số|mã)\s*/i, ''));
    if (code) {
      const group = codes[code]?.group;
      return group && group !== 'unknown' ? group : null;
    }
  }
  return null;
}
