import type { SheetRef } from '../sheet-rows.js';
import { isDateFormat } from './number-format.js';
import { joinPath } from './part-path.js';
import { attr, stringItemText, tags } from './xml-text.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Relationships of a part: Id → absolute part path inside the archive. */
export function parseRels(xml: string, baseDir: string): Relationship[] {
  return tags(xml, 'Relationship').flatMap((t) => {
    const id = attr(t, 'Id');
    const target = attr(t, 'Target');
    if (!id || !target || attr(t, 'TargetMode') === 'External') return [];
    const path = target.startsWith('/') ? joinPath('', target) : joinPath(baseDir, target);
    return [{ id, type: attr(t, 'Type') ?? '', target: path }];
  });
}

/** Sheets of workbook.xml in order, with the part each one lives in, and the date system. */
export function parseWorkbook(xml: string, rels: readonly Relationship[]): { sheets: Array<SheetRef & { part: string }>; date1904: boolean } {
  const pr = tags(xml, 'workbookPr')[0];
  const d1904 = pr ? attr(pr, 'date1904') : undefined;
  const sheets: Array<SheetRef & { part: string }> = [];
  for (const t of tags(xml, 'sheet')) {
    const rel = rels.find((r) => r.id === attr(t, 'id'));
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    const state = attr(t, 'state');
    sheets.push({
      index: sheets.length,
      name: attr(t, 'name') ?? `Sheet${sheets.length + 1}`,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel.target,
    });
  }
  return { sheets, date1904: d1904 === '1' || d1904 === 'true' };
}

/** Which cell style indices (cellXfs order) show dates. */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const t of tags(xml, 'numFmt')) custom.set(Number(attr(t, 'numFmtId')), attr(t, 'formatCode') ?? '');
  const xfsBlock = /<(?:[\w.-]+:)?cellXfs[\s>](?:[^<]|<(?!\/?(?:[\w.-]+:)?cellXfs[\s>]))*<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  return tags(xfsBlock, 'xf').map((t) => {
    const id = Number(attr(t, 'numFmtId') ?? 0);
    return isDateFormat(id, custom.get(id));
  });
}

/**
 * The shared string table, `<si>` by `<si>`, rich-text runs joined, phonetic runs left out. Each item's
 * end is searched once from its start, so damaged text (items never closed) costs a linear scan.
 */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const open = /<(?:[\w.-]+:)?si(?:\s[^<>]*)?(\/?)>/g;
  const close = /<\/(?:[\w.-]+:)?si>/g;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    if (m[1]) {
      out.push('');
      continue;
    }
    close.lastIndex = open.lastIndex;
    const end = close.exec(xml);
    if (!end) break;
    out.push(stringItemText(xml.slice(open.lastIndex, end.index)));
    open.lastIndex = close.lastIndex;
  }
  return out;
}
