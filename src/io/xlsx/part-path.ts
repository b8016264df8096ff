/** Paths of parts inside a zip package ("xl/worksheets/sheet1.xml"): always "/", never the platform's separator. */

/** The folder of a part: "xl/workbook.xml" → "xl"; a part at the root → "". */
export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

/** A relative target resolved against a folder, "." and ".." applied: ("xl", "worksheets/../a.xml") → "xl/a.xml". */
export function joinPath(base: string, target: string): string {
  const out: string[] = [];
  for (const seg of `${base}/${target}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}
