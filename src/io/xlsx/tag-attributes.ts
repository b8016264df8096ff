/** Start-tag attributes of sheet rows and cells, read without substrings (the scanner's general path). */

// Cell types by the first letters of `t`: s (shared), str (formula text), inlineStr, b, e, d; n = number.
export const T_NUMBER = 0;
export const T_SHARED = 1;
export const T_STR = 2;
export const T_INLINE = 3;
export const T_BOOL = 4;
export const T_ERROR = 5;
export const T_DATE = 6;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The attributes of a start tag `s[from..to)` that cells and rows need, read in one pass over its
 * characters (no substrings): `r` as a column (cells) or row number (rows), `t` as a type code, `s` as
 * a style index. Attribute names may carry a namespace prefix; values never contain quotes in sheet XML.
 */
export class TagAttributes {
  /** 0-based column from a cell's `r` ("AB12" → 27), or -1. */
  col = -1;
  /** The digits of `r` (a row's number, or the row part of a cell's reference), or -1. */
  num = -1;
  type = T_NUMBER;
  style = -1;

  read(s: string, from: number, to: number): void {
    this.col = -1;
    this.num = -1;
    this.type = T_NUMBER;
    this.style = -1;
    let i = from;
    while (i < to) {
      // Find the next attribute name: a space, then letters up to '='.
      if (!isSpace(s.charCodeAt(i))) {
        i++;
        continue;
      }
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < to && s.charCodeAt(i) !== 61 && !isSpace(s.charCodeAt(i))) i++;
      let nameFrom = nameStart;
      for (let k = nameStart; k < i; k++) if (s.charCodeAt(k) === 58) nameFrom = k + 1;
      const nameLen = i - nameFrom;
      while (i < to && s.charCodeAt(i) !== 34) i++;
      const valueStart = i + 1;
      let valueEnd = valueStart;
      while (valueEnd < to && s.charCodeAt(valueEnd) !== 34) valueEnd++;
      i = valueEnd + 1;
      if (nameLen !== 1) continue;
      const name = s.charCodeAt(nameFrom);
      if (name === 114)
        this.readRef(s, valueStart, valueEnd); // r
      else if (name === 116)
        this.type = typeCode(s, valueStart, valueEnd); // t
      else if (name === 115) this.style = digits(s, valueStart, valueEnd); // s
    }
  }

  private readRef(s: string, from: number, to: number): void {
    let col = 0;
    let i = from;
    for (; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    this.col = col - 1;
    this.num = digits(s, i, to);
  }
}

/** A run of decimal digits as a number, or -1 if empty or not all digits. */
export function digits(s: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function typeCode(s: string, from: number, to: number): number {
  const len = to - from;
  switch (s.charCodeAt(from)) {
    case 115: // s, str
      return len === 1 ? T_SHARED : T_STR;
    case 105: // inlineStr
      return T_INLINE;
    case 98: // b
      return T_BOOL;
    case 101: // e
      return T_ERROR;
    case 100: // d
      return T_DATE;
    default:
      return T_NUMBER;
  }
}
