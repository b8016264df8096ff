// What both bench roster generators share: the shared-string table, column letters, and the workbook's
// parts around its one sheet ("Danh sách"), written with the bench's own zip writer.
import { ZipWriter } from './zip-writer.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The sheet's start tag up to the cell data. */
export const SHEET_START = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function col(i) {
  let s = '';
  for (let c = i + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A shared-string table filled as cells are written: `index(text)` gives a text's index, adding it once. */
export function sharedStrings() {
  const strings = [];
  const at = new Map();
  return {
    strings,
    index(s) {
      let i = at.get(s);
      if (i === undefined) {
        i = strings.length;
        strings.push(s);
        at.set(s, i);
      }
      return i;
    },
  };
}

/**
 * Writes the workbook: the sheet's XML from `sheet` (an iterable of text pieces, generated while the zip is
 * written; it fills `table`), then the shared strings, and `cellXfs` (the <xf> styles after the default
 * one; `borders`: extra <border> elements) in a styles part with a dd/mm/yyyy date format (numFmt 164).
 */
export async function writeRosterWorkbook(path, sheet, table, { borders = '', cellXfs }) {
  const zip = new ZipWriter(path);
  await zip.add('[Content_Types].xml', [
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
  ]);
  await zip.add('_rels/.rels', [
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  await zip.add('xl/workbook.xml', [
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ]);
  await zip.add('xl/_rels/workbook.xml.rels', [
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  ]);
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...cellXfs];
  const borderCount = 1 + (borders.match(/<border>/g)?.length ?? 0);
  await zip.add('xl/styles.xml', [
    `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="${borderCount}"><border/>${borders}</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
  ]);
  // The sheet is generated before the shared strings (it fills the table) and stored first, as Excel does.
  await zip.add('xl/worksheets/sheet1.xml', sheet);
  const { strings } = table;
  await zip.add(
    'xl/sharedStrings.xml',
    (function* () {
      yield `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">`;
      for (const s of strings) yield `<si><t xml:space="preserve">${esc(s)}</t></si>`;
      yield '</sst>';
    })(),
  );
  await zip.close();
}
