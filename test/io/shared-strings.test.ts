import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/fixtures/people.js';
import type { IoPlatform } from '../../src/io/byte-source.js';
import { browserPlatform } from '../../src/io/browser/browser-platform.js';
import { nodePlatformInThread } from '../../src/io/node/node-platform.js';
import { parseSharedStrings, sharedStringsFromBytes } from '../../src/io/xlsx/workbook-parts.js';

const utf8 = nodePlatformInThread.utf8;
const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">';
const bytes = (xml: string) => new Uint8Array(Buffer.from(xml, 'utf8'));
/** What the reader makes of a table: the byte path where it answers, else the text path. */
const both = (xml: string) => ({ fromBytes: sharedStringsFromBytes(bytes(xml), nodePlatformInThread), fromText: parseSharedStrings(utf8(bytes(xml))) });

describe('shared strings read from their bytes', () => {
  it('read plain items, as the text path does, as compact strings', () => {
    const xml = `${HEAD}<si><t>Nguyễn Văn An</t></si><si><t xml:space="preserve"> Đại học </t></si><si><t></t></si><si><t>A &amp; B_x000D_&#10;c\r\nd</t></si></sst>\r\n`;
    const { fromBytes, fromText } = both(xml);
    expect(fromBytes).toEqual(['Nguyễn Văn An', ' Đại học ', '', 'A & B\r\nc\nd']);
    expect(fromBytes).toEqual(fromText);
  });

  it.each([
    ['rich text', `${HEAD}<si><t>a</t></si><si><r><rPr><b/></rPr><t>b</t></r><r><t>c</t></r></si></sst>`],
    ['a phonetic run', `${HEAD}<si><t>a</t><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>`],
    ['prefixed tags', '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si></x:sst>'],
    ['an empty item', `${HEAD}<si><t>a</t></si><si/></sst>`],
    ['an item with attributes', `${HEAD}<si foo="1"><t>a</t></si></sst>`],
    ['an item in the head', `<?xml version="1.0"?><sst><si a="1"/><si><t>a</t></si></sst>`],
    ['a DTD', `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x "y">]><sst><si><t>a</t></si></sst>`],
    ['an item never closed', `${HEAD}<si><t>a</t></si><si><t>b</t></sst>`],
    ['text after the table', `${HEAD}<si><t>a</t></si></sst><si><t>b</t></si>`],
    ['a table cut short', `${HEAD}<si><t>a</t></si><si><t>b`],
  ])('leave %s to the text path', (_name, xml) => {
    expect(both(xml).fromBytes).toBeUndefined();
  });

  it('answer what the text path answers, whenever they answer (random tables)', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'Ấ', 'đ', ' ', '&amp;', '&#13;', '&#x1F600;', '_x000D_', '\r', '\n', '>', '&', 'rPh', ']]>') });
    const text = fc.string({ unit: fc.constantFrom('a', 'Ấ', '&amp;', '<', '</t>', '<t>', '<![CDATA[x]]>') });
    const item = fc.oneof(
      { weight: 6, arbitrary: plain.map((t) => `<si><t>${t}</t></si>`) },
      { weight: 3, arbitrary: plain.map((t) => `<si><t xml:space="preserve">${t}</t></si>`) },
      { weight: 1, arbitrary: text.map((t) => `<si><t>${t}</t></si>`) },
      { weight: 1, arbitrary: text.map((t) => `<si>${t}</si>`) },
      { weight: 1, arbitrary: text.map((t) => `<si><r><t>${t}</t></r></si>`) },
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.constantFrom('</sst>', '</sst>', '</sst>\r\n', '', '</sst>x'), (items, tail) => {
        const { fromBytes, fromText } = both(`${HEAD}${items.join('')}${tail}`);
        if (fromBytes === undefined) return;
        answered++;
        expect(fromBytes).toEqual(fromText);
      }),
      { numRuns: 2000 },
    );
    // The byte path is exercised, not only the refusals.
    expect(answered).toBeGreaterThan(200);
  });
});

type Decoding = Pick<IoPlatform, 'utf8' | 'utf8Ranges'>;
/** Node's (its own decoding of ranges), Node's `utf8` on views (any platform without `utf8Ranges`), the browser's. */
const PLATFORMS: Array<[string, Decoding]> = [
  ['node', nodePlatformInThread],
  ['utf8 on views', { utf8 }],
  ['browser', browserPlatform],
];

// Texts meant to meet every case of the decoding: ASCII, Vietnamese (2 and 3 bytes in UTF-8), the ends of the
// 2- and 3-byte ranges and the surrogates' neighbours, 4 bytes (surrogate pairs), U+FEFF, references and
// Excel's escapes (unescaped), CR (becomes LF), and things that look like them but are not.
const ASCII_PIECES = ['Nguyen', 'Van', 'A', ' ', '-', '(1)', '31/12/2024', 'x', '0', '  ', '.', ',', '"', "'", '>', ']]>', '_', '_x', 'rPh', '\n', '\t'];
const VIET_PIECES = ['Nguyễn', 'Thị', 'Đại học', 'ạ', 'ữ', 'ơ', 'Ấ', 'đ', 'Phó Giám đốc', 'Lý luận chính trị', 'Ngạch', 'ỹ', 'Ử'];
const OTHER_PIECES = ['é', '\u0080', '\u00ff', '\u0100', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\ufeff', '\uffff', '€', '😀', '𝔸', '\u{10ffff}'];
const ESCAPES = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#x1EA1;',
  '&#7841;',
  '&#13;',
  '&#10;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  '&',
  '&amp',
  '_x000D_',
  '_x005F_x000D_',
  '_x00e9_',
  '\r\n',
  '\r',
  '_x12',
];

function table(rnd: () => number, kind: 'ascii' | 'mixed', items: number): string {
  const pick = (list: readonly string[]) => list[Math.floor(rnd() * list.length)];
  const text = (): string => {
    // Mostly short texts; now and then a long one (longer than any buffer a decoder starts with).
    const length = rnd() < 0.02 ? 200 + Math.floor(rnd() * 400) : Math.floor(rnd() * 8);
    const style = kind === 'ascii' ? 0 : Math.floor(rnd() * 4); // ascii, Vietnamese, mixed, anything
    let out = '';
    for (let k = 0; k < length; k++) {
      const r = rnd();
      if (r < 0.08) out += kind === 'ascii' ? pick(ESCAPES.filter((e) => !/[^\x00-\x7f]/.test(e))) : pick(ESCAPES);
      else if (style === 0) out += pick(ASCII_PIECES);
      else if (style === 1) out += pick(VIET_PIECES);
      else if (style === 2) out += r < 0.5 ? pick(ASCII_PIECES) : pick(VIET_PIECES);
      else out += r < 0.3 ? pick(ASCII_PIECES) : r < 0.6 ? pick(VIET_PIECES) : pick(OTHER_PIECES);
    }
    // Multi-byte characters right at the item's edges.
    if (style !== 0 && rnd() < 0.3) out = pick(VIET_PIECES.concat(OTHER_PIECES)) + out + pick(VIET_PIECES.concat(OTHER_PIECES));
    return out;
  };
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items}" uniqueCount="${items}">`;
  for (let i = 0; i < items; i++) {
    const r = rnd();
    if (r < 0.05) xml += '<si><t></t></si>';
    else if (r < 0.08) xml += '<si><t xml:space="preserve"></t></si>';
    else xml += `<si>${r < 0.5 ? '<t>' : '<t xml:space="preserve">'}${text()}</t></si>`;
  }
  return xml + (rnd() < 0.5 ? '</sst>' : '</sst>\r\n');
}

describe.each(PLATFORMS)('shared strings read from their bytes (%s)', (_name, platform) => {
  const viaText = (data: Uint8Array) => parseSharedStrings(platform.utf8(data));

  it.each([1, 2, 3, 4, 5, 6])('equal the text path on generated tables (seed %i)', (seed) => {
    const rnd = mulberry32(seed);
    for (const kind of ['ascii', 'mixed'] as const) {
      for (let n = 0; n < 5; n++) {
        const data = bytes(table(rnd, kind, 1 + Math.floor(rnd() * 300)));
        const fromBytes = sharedStringsFromBytes(data, platform);
        // Every generated table has the plain shape: the byte path must answer, and answer the same.
        expect(fromBytes, `${kind} table ${n}`).toBeDefined();
        expect(fromBytes, `${kind} table ${n}`).toEqual(viaText(data));
      }
    }
  });

  it('equal the text path on damaged UTF-8 inside items', () => {
    const damage = [
      [0xff],
      [0x80],
      [0xc0, 0x80],
      [0xc1, 0xbf],
      [0xc2],
      [0xe0, 0x80, 0x80],
      [0xe0, 0x9f, 0xbf],
      [0xed, 0xa0, 0x80],
      [0xed, 0xbf, 0xbf],
      [0xe1, 0xba],
      [0xe1],
      [0xf0, 0x9f, 0x98],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
      [0xc3, 0x28],
      [0xe1, 0xba, 0x28],
    ];
    const rnd = mulberry32(42);
    for (let n = 0; n < 40; n++) {
      const xml = table(rnd, 'mixed', 20);
      // Bad bytes spliced in at the edges of texts (right after <t>, right before </t>), sometimes several together.
      const at = [...xml.matchAll(/<t(?: xml:space="preserve")?>|<\/t>/g)].map(
        (m) => Buffer.byteLength(xml.slice(0, m.index)) + (m[0] === '</t>' ? 0 : m[0].length),
      );
      let data = Buffer.from(xml, 'utf8');
      for (let k = 0; k < 6; k++) {
        const pos = at[Math.floor(rnd() * at.length)];
        const bad = Buffer.from(damage[Math.floor(rnd() * damage.length)]);
        data = Buffer.concat([data.subarray(0, pos), bad, data.subarray(pos)]);
        for (let j = 0; j < at.length; j++) if (at[j] > pos) at[j] += bad.length;
      }
      const plain = new Uint8Array(data);
      const fromBytes = sharedStringsFromBytes(plain, platform);
      expect(fromBytes, `table ${n}`).toBeDefined();
      expect(fromBytes, `table ${n}`).toEqual(viaText(plain));
    }
  });
});

describe("Node's utf8Ranges", () => {
  it('answer what utf8 answers on a view, for any range of any bytes (seeded)', () => {
    const ranges = nodePlatformInThread.utf8Ranges!;
    const rnd = mulberry32(7);
    const pieces = [...VIET_PIECES, ...OTHER_PIECES, ...ASCII_PIECES].map((p) => [...Buffer.from(p, 'utf8')]);
    for (let n = 0; n < 300; n++) {
      // Well-formed text cut anywhere (ranges end inside sequences, continuation bytes follow), damaged now and then.
      const list: number[] = [];
      while (list.length < 200) list.push(...(rnd() < 0.05 ? [Math.floor(rnd() * 256)] : pieces[Math.floor(rnd() * pieces.length)]));
      const data = new Uint8Array(list);
      const text = ranges(data);
      for (let k = 0; k < 20; k++) {
        const start = Math.floor(rnd() * data.length);
        const end = start + Math.floor(rnd() * (data.length - start + 1));
        expect(text(start, end), `bytes ${start}–${end} of ${Buffer.from(data).toString('hex')}`).toBe(utf8(data.subarray(start, end)));
      }
    }
  });
});

describe('shared strings: the count a table gives', () => {
  it('is only a hint: too many or too few items are read all the same', () => {
    const items = '<si><t>a</t></si><si><t>Đ</t></si>';
    for (const count of ['0', '1', '2', '1000', '999999999']) {
      const xml = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${items}</sst>`;
      const got = sharedStringsFromBytes(bytes(xml), nodePlatformInThread);
      expect(got, `uniqueCount ${count}`).toEqual(['a', 'Đ']);
      expect(got, `uniqueCount ${count}`).toHaveLength(2);
    }
  });
});
