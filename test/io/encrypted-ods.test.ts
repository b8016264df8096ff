import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFile as openWorkbook } from '../../src/io/node/open-file.js';
import { CadreError } from '../../src/model/cadre-error.js';
import { FIXTURES } from '../helpers/run-cli.js';
import { CORPUS, noCorpus } from '../helpers/shared.js';
import { zipBuffer } from '../helpers/xlsx-parts.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-ods-'));
const PASSWORD = 'this file is password-protected; open it in Excel, remove the password and save again';

async function failure(file: string): Promise<CadreError> {
  const err = await openWorkbook(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CadreError);
  return err as CadreError;
}

const MANIFEST = (entry: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${entry}</manifest:file-entry></manifest:manifest>`;

// An ODF package saved with a password keeps its zip readable, but every part is encrypted; its manifest
// says so. It is told like an encrypted xlsx, not as a damaged file.
describe('password-protected .ods', () => {
  it.skipIf(noCorpus('password-protected .ods: the corpus files'))('the corpus file gives the message of an encrypted xlsx', async () => {
    const ods = await failure(join(CORPUS, 'calamine', 'pass_protected.ods'));
    const xlsx = await failure(join(CORPUS, 'calamine', 'pass_protected.xlsx'));
    expect([ods.code, ods.message]).toEqual(['ENCRYPTED_WORKBOOK', `${join(CORPUS, 'calamine', 'pass_protected.ods')}: ${PASSWORD}`]);
    expect([xlsx.code, xlsx.message]).toEqual(['ENCRYPTED_WORKBOOK', `${join(CORPUS, 'calamine', 'pass_protected.xlsx')}: ${PASSWORD}`]);
  });

  it('a package whose manifest has encryption-data, whatever its name', async () => {
    const file = join(dir, 'locked.bin');
    writeFileSync(
      file,
      zipBuffer(
        {
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'META-INF/manifest.xml': MANIFEST('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'),
          'content.xml': 'not xml: encrypted bytes',
        },
        ['mimetype'],
      ),
    );
    const err = await failure(file);
    expect([err.code, err.message]).toEqual(['ENCRYPTED_WORKBOOK', `${file}: ${PASSWORD}`]);
  });

  it('the same package without encryption-data is damaged, not encrypted', async () => {
    const file = join(dir, 'broken.ods');
    writeFileSync(
      file,
      zipBuffer({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'META-INF/manifest.xml': MANIFEST(''), 'content.xml': 'not xml' }, ['mimetype']),
    );
    expect((await failure(file)).code).toBe('DAMAGED_FILE');
  });

  it('an ordinary .ods still opens', async () => {
    const wb = await openWorkbook(join(FIXTURES, 'twin-clean.ods'));
    expect(wb.format).toBe('ods');
    await wb.close();
  });
});
