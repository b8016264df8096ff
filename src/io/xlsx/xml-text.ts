const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** XML character references and entities, then Excel's `_xHHHH_` escapes ("_x000D_" → CR; "_x005F_x000D_" → "_x000D_"). */
export function unescapeXml(text: string): string {
  // XML parsers turn CR LF and lone CR in text into LF (XML 1.0 §2.11); "&#13;" and "_x000D_" keep a CR.
  let s = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // Section text stops at "]]>" or at the next section's start: a linear scan however damaged the text.
  if (s.includes('<![CDATA['))
    s = s.replace(/<!\[CDATA\[((?:[^\]<]|\](?!\]>)|<(?!!\[CDATA\[))*)\]\]>/g, (_m, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  if (s.includes('&')) {
    s = s.replace(ENTITY, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name];
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }
  if (s.includes('_x')) s = s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

/** The value of attribute `name` inside a start tag's text, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/**
 * Every start tag `<prefix:name …>` (any namespace prefix) in an XML text, as the tag's text. A tag ends
 * before the next `<` at the latest, so unclosed tags cost a linear scan, not a quadratic one.
 */
export function tags(xml: string, name: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^<>]*>`, 'g');
  return xml.match(re) ?? [];
}

// An element's content ends at its end tag or, in damaged text, at the next start of the same element:
// one character at a time (no nested quantifier), so a scan never backtracks past the next element.
const PHONETIC = /<(?:[\w.-]+:)?rPh[\s>](?:[^<]|<(?!\/?(?:[\w.-]+:)?rPh[\s>]))*<\/(?:[\w.-]+:)?rPh>/g;
const TEXT = /<(?:[\w.-]+:)?t(?:\s[^<>]*)?(?:\/>|>((?:[^<]|<(?!\/?(?:[\w.-]+:)?t[\s/>]))*)<\/(?:[\w.-]+:)?t>)/g;

/** Text of all `<t>` elements in a string item, leaving out phonetic runs (`<rPh>`). */
export function stringItemText(si: string): string {
  const body = si.includes('rPh') ? si.replace(PHONETIC, '') : si;
  let out = '';
  const re = TEXT;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ?? '';
  return unescapeXml(out);
}

/** Refuses XML that declares a DTD or entities (billion-laughs and external-entity attacks). */
export function hasDoctype(xml: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(xml);
}
