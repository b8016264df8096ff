import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFile } from '../../src/io/node/open-file.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { createClassifier } from '../../src/normalize/classifier.js';
import { loadRosters } from '../../src/pipeline/load-roster.js';
import { runCli } from '../helpers/run-cli.js';
import { rosterRows, writeXlsx, xlsxParts, zipBuffer, type ZipOptions } from '../helpers/xlsx-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-zip-'));
const PEOPLE = 16;

/** People read from a workbook through the whole loading pipeline. */
async function people(file: string): Promise<number> {
  let n = 0;
  await loadRosters([file], {
    open: (f) => openFile(f, { inThread: true }),
    sheet: 'all',
    config: {},
    lang: 'vi',
    classifier: createClassifier('vi'),
    today: { year: 2026, month: 1, day: 1 },
    onOfficial: () => n++,
  });
  return n;
}

async function failure(file: string): Promise<CadreError> {
  const err = await people(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CadreError);
  return err as CadreError;
}

// Zip packages as other writers make them are read like Excel's own (issue 14: stored entries were refused).
describe('zip packages as writers make them', () => {
  it.each<[string, ZipOptions]>([
    ['every entry stored, none compressed', { stored: 'all' }],
    ['sizes and CRC in data descriptors after the data', { descriptors: true }],
    ['zip64 sizes, offsets and end record', { zip64: true }],
    ['all three at once', { stored: 'all', descriptors: true, zip64: true }],
  ])('%s', async (_name, zip) => {
    const file = writeXlsx(join(dir, `${Object.keys(zip).join('-')}.xlsx`), rosterRows(PEOPLE), {}, zip);
    expect(await people(file)).toBe(PEOPLE);
  });
});

describe('a part that is not what the zip directory says', () => {
  const sheet = 'xl/worksheets/sheet1.xml';
  const good = zipBuffer(xlsxParts(rosterRows(PEOPLE)), { stored: 'all' });
  const at = good.indexOf('<row r="9"');

  it('altered data (CRC-32 mismatch) is damaged, naming the part', async () => {
    const bytes = Buffer.from(good);
    bytes[at + 8] = '7'.charCodeAt(0); // row 9 becomes row 7: same size, another checksum
    const file = join(dir, 'crc.xlsx');
    writeFileSync(file, bytes);
    const err = await failure(file);
    expect([err.code, err.message]).toEqual([
      'DAMAGED_FILE',
      `${file}: damaged workbook: sheet 'DS' part ${sheet}: does not match its CRC-32 checksum (the data is altered)`,
    ]);
  });

  it('a part shorter than its declared size is damaged', async () => {
    // The central directory promises 100 bytes more than the (stored) part holds.
    const bytes = Buffer.from(good);
    const central = bytes.lastIndexOf(Buffer.from(sheet), bytes.length) - 46;
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) + 100, central + 24);
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 20) + 100, central + 20);
    const file = join(dir, 'short.xlsx');
    writeFileSync(file, bytes);
    const err = await failure(file);
    expect(err.code).toBe('DAMAGED_FILE');
    expect(err.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: damaged workbook: .*part ${sheet}`));
  });

  it('the CLI says it in one line and exits 1', async () => {
    const bytes = Buffer.from(good);
    bytes[at + 8] = '7'.charCodeAt(0);
    const file = join(dir, 'crc-cli.xlsx');
    writeFileSync(file, bytes);
    const r = await runCli(['summarize', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `cadre-stats: ${file}: damaged workbook: sheet 'DS' part ${sheet}: does not match its CRC-32 checksum (the data is altered)\n  open it in Excel or LibreOffice and save it again\n`,
    );
  });
});
