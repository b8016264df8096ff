import type { IoPlatform } from '../byte-source.js';
import { ascii, indexOfBytes } from '../bytes.js';
import type { SheetRef } from '../sheet-rows.js';
import { isDateFormat } from './number-format.js';
import { joinPath } from './part-path.js';
import { attr, stringItemText, tags, unescapeXml } from './xml-text.js';

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

const SI_OPEN = ascii('<si>');
const T_OPEN = ascii('<t>');
const T_OPEN_PRESERVE = ascii('<t xml:space="preserve">');
const ITEM_END = ascii('</t></si>');
const SST_END = ascii('</sst>');
const SI_TAG = /<(?:[\w.-]+:)?si(?:\s[^<>]*)?\/?>/;
const UNIQUE_COUNT = /\suniqueCount\s*=\s*["'](\d{1,9})["']/;
/** The shortest plain item, `<si><t></t></si>`. */
const PLAIN_ITEM_MIN = 16;

function at(bytes: Uint8Array, pos: number, word: Uint8Array): boolean {
  if (pos + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[pos + k] !== word[k]) return false;
  return true;
}

/**
 * The shared string table read straight from its bytes when every item has the plain shape Excel and most
 * writers use, `<si><t>text</t></si>` (or `<t xml:space="preserve">`): each text is decoded on its own, so
 * the strings are compact copies (not slices holding the whole table's text alive) and no XML string is
 * built. Answers undefined for anything else (rich text, phonetic runs, prefixes, a DTD, damage), which
 * `parseSharedStrings` then reads; where this answers, it answers what that would. The texts are decoded
 * by the platform's `utf8Ranges` where it has one (no view per text), else by `utf8` on a view.
 */
export function sharedStringsFromBytes(bytes: Uint8Array, platform: Pick<IoPlatform, 'utf8' | 'utf8Ranges'>): string[] | undefined {
  const first = indexOfBytes(bytes, SI_OPEN);
  if (first < 0) return undefined;
  const text = platform.utf8Ranges?.(bytes) ?? ((start: number, end: number) => platform.utf8(bytes.subarray(start, end)));
  // Before the first item: the declaration and <sst …>, with no other item start and no DTD.
  const head = text(0, first);
  if (head.includes('<!') || SI_TAG.test(head)) return undefined;
  // Room for as many texts as the table says it has, made once (growing an array of 300,000 took longer
  // than filling it); a wrong count costs only time.
  const hint = Number(UNIQUE_COUNT.exec(head)?.[1] ?? 0);
  const out = new Array<string>(Math.min(hint, Math.floor(bytes.length / PLAIN_ITEM_MIN)));
  let n = 0;
  let p = first;
  while (at(bytes, p, SI_OPEN)) {
    let q = p + SI_OPEN.length;
    if (at(bytes, q, T_OPEN)) q += T_OPEN.length;
    else if (at(bytes, q, T_OPEN_PRESERVE)) q += T_OPEN_PRESERVE.length;
    else return undefined;
    // The text ends at the next '<'. Without '&', CR or '_' in it (nor '<'), unescapeXml would not change it.
    let lt = q;
    let escaped = false;
    for (; lt < bytes.length; lt++) {
      const c = bytes[lt];
      if (c === 0x3c) break;
      if (c === 0x26 || c === 0x0d || c === 0x5f) escaped = true;
    }
    if (!at(bytes, lt, ITEM_END)) return undefined;
    if (lt === q) out[n++] = '';
    else {
      const item = text(q, lt);
      out[n++] = escaped ? unescapeXml(item) : item;
    }
    p = lt + ITEM_END.length;
  }
  // After the last item: </sst> and white space only.
  if (!at(bytes, p, SST_END)) return undefined;
  for (let i = p + SST_END.length; i < bytes.length; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return undefined;
  }
  out.length = n;
  return out;
}
