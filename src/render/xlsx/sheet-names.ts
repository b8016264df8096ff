/** Excel's longest sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME = 31;

// At most `max` code units, never half of a surrogate pair, no trailing blank.
function cut(text: string, max: number): string {
  let out = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.trimEnd();
}

/**
 * Hands out sheet names Excel accepts: no `[]:*?/\`, no leading or trailing apostrophe, at most 31
 * characters, and unique regardless of letter case (a repeat gets " (2)", " (3)", … within the limit).
 */
export class SheetNames {
  private readonly used = new Set<string>();

  /** A valid, not yet used sheet name as close to `wanted` as possible. */
  take(wanted: string): string {
    const clean =
      wanted
        .replace(/[[\]:*?/\\]/g, '-')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || 'Sheet';
    const base = cut(clean, MAX_SHEET_NAME);
    let name = base;
    for (let n = 2; this.used.has(name.toLocaleLowerCase('vi')); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    this.used.add(name.toLocaleLowerCase('vi'));
    return name;
  }
}
