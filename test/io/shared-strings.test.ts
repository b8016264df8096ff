import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodePlatformInThread } from '../../src/io/node/node-platform.js';
import { parseSharedStrings, sharedStringsFromBytes } from '../../src/io/xlsx/workbook-parts.js';

const utf8 = nodePlatformInThread.utf8;
const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">';
const bytes = (xml: string) => new Uint8Array(Buffer.from(xml, 'utf8'));
/** What the reader makes of a table: the byte path where it answers, else the text path. */
const both = (xml: string) => ({ fromBytes: sharedStringsFromBytes(bytes(xml), utf8), fromText: parseSharedStrings(utf8(bytes(xml))) });

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
