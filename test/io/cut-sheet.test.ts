import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFile } from '../../src/io/node/open-file.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { loadRosters } from '../../src/pipeline/load-roster.js';
import { runCli } from '../helpers/run-cli.js';
import { rosterRows, xlsxParts, zipBuffer } from '../helpers/xlsx-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-cut-'));
const PEOPLE = 16;
const SHEET = 'xl/worksheets/sheet1.xml';
const rows = rosterRows(PEOPLE);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
// A merge after the cell data, as Excel writes it: cutting there loses the merges, never silently.
const full = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="F1:G1"/></mergeCells></worksheet>`;

/** "read N" (people counted) or the error's code; anything else thrown (a bug of ours) fails the test. */
async function outcome(sheetXml: string, name: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, zipBuffer(xlsxParts(rows, { [SHEET]: sheetXml })));
  let n = 0;
  try {
    await loadRosters([file], {
      open: (f) => openFile(f, { inThread: true }),
      sheet: 'all',
      config: {},
      lang: 'vi',
      classifier: createClassifier('vi'),
      today: { year: 2026, month: 1, day: 1 },
      onOfficial: () => n++,
    });
    return `read ${n}`;
  } catch (err) {
    if (err instanceof CadreError) return err.code;
    throw err;
  }
}

const tally = { offsets: 0, errors: 0, full: 0, short: 0 };
const cuts = Array.from({ length: full.length }, (_, i) => i + 1).filter((k) => k % 9 === 0 || k === full.length || full.slice(k - 6, k) === '</row>');

// Issue 14: a sheet whose XML ends early was summarised from the rows before the cut (9 of 16 people,
// exit 0). A sheet part cut at any offset is now an error, or (cut after its end) the full population.
describe('a sheet part cut short', () => {
  it(`at ${cuts.length} offsets: an error or everyone, never fewer people`, async () => {
    for (const k of cuts) {
      const got = await outcome(full.slice(0, k), `cut-${k}.xlsx`);
      tally.offsets++;
      if (got === `read ${PEOPLE}`) tally.full++;
      else if (got.startsWith('read')) tally.short++;
      else tally.errors++;
      expect(got, `sheet XML cut after ${k} of ${full.length} characters`).toMatch(new RegExp(`^(read ${PEOPLE}|[A-Z_]+)$`));
    }
    expect(tally.short).toBe(0);
    expect(tally.errors).toBeGreaterThan(0);
  }, 300_000);

  it('the whole part reads everyone', async () => {
    expect(await outcome(full, 'whole.xlsx')).toBe(`read ${PEOPLE}`);
  });
});

describe('a row cut inside its tags, the sheet closed after it', () => {
  it('is an error wherever the cut falls inside a row; a cut between rows is a shorter sheet', async () => {
    const start = full.indexOf('<sheetData>') + '<sheetData>'.length;
    const body = full.indexOf('</sheetData>');
    for (let k = start + 1; k < body; k += 3) {
      const xml = `${full.slice(0, k)}</sheetData></worksheet>`;
      const betweenRows = full.slice(0, k).endsWith('</row>');
      const got = await outcome(xml, `row-cut-${k}.xlsx`);
      if (betweenRows) continue;
      // Cut inside a row: the row has no end, and that is damage, not a shorter row.
      expect(got, `cut after ${k}: ${full.slice(k - 20, k)}|`).not.toMatch(/^read/);
    }
  }, 300_000);

  it('the CLI names the file, sheet and row in one line, exit 1', async () => {
    const k = full.indexOf('<row r="9"') + 30;
    const file = join(dir, 'row-cut-cli.xlsx');
    writeFileSync(file, zipBuffer(xlsxParts(rows, { [SHEET]: `${full.slice(0, k)}</sheetData></worksheet>` })));
    const r = await runCli(['summarize', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `cadre-stats: ${file}: damaged workbook: sheet 'DS' row 9: has no end: the sheet is cut inside it\n  open it in Excel or LibreOffice and save it again\n`,
    );
  });
});

afterAll(() => {
  process.stdout.write(`cut sheet: ${tally.offsets} offsets tried: ${tally.errors} errors, ${tally.full} full reads, ${tally.short} silently short\n`);
});
