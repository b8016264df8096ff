import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadVocab } from '../../src/vocab/load-json.js';
import { VOCAB_FILES } from '../../src/vocab/vocab-files.js';

const VOCAB_DIR = fileURLToPath(new URL('../../src/vocab/', import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsonFiles(join(dir, e.name))
      : e.name.endsWith('.json')
        ? [relative(VOCAB_DIR, join(dir, e.name)).replaceAll('\\', '/').slice(0, -5)]
        : [],
  );
}

describe('vocabulary files (static imports, shared by the CLI and the offline page)', () => {
  it('lists every src/vocab JSON file, and no other', () => {
    expect(Object.keys(VOCAB_FILES).sort()).toEqual(jsonFiles(VOCAB_DIR).sort());
  });

  it('a name not listed is an error that says where to add it', () => {
    expect(() => loadVocab('no-such-file', z.unknown())).toThrow('src/vocab/no-such-file.json is not listed in src/vocab/vocab-files.ts');
  });

  it('a file that does not match its schema names the file', () => {
    expect(() => loadVocab('ui', z.array(z.string()))).toThrow(/^src\/vocab\/ui\.json does not match its schema/);
  });
});
