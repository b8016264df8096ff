import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORM_IDS } from '../../src/vocab/forms.js';
import { VOCAB_SCHEMAS, vocabProblem } from '../../src/vocab/schemas.js';
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

  // The program reads its words with the schemas' types but does not validate them at each start: this does.
  it('every file has a schema and matches it', () => {
    expect(Object.keys(VOCAB_SCHEMAS).sort()).toEqual(Object.keys(VOCAB_FILES).sort());
    expect(Object.keys(VOCAB_FILES).flatMap((name) => vocabProblem(name, VOCAB_FILES[name]) ?? [])).toEqual([]);
  });

  it('a schema changes nothing in its file (no key dropped, no default added): the program reads the file as it is', () => {
    for (const [name, data] of Object.entries(VOCAB_FILES)) expect([name, VOCAB_SCHEMAS[name].parse(data)]).toEqual([name, data]);
  });

  it('a file that does not match its schema is named, with why', () => {
    expect(vocabProblem('ui', ['not', 'phrases'])).toMatch(/^src\/vocab\/ui\.json does not match its schema: /);
    expect(vocabProblem('categories/gender', { ...(VOCAB_FILES['categories/gender'] as object), order: 'male' })).toMatch(
      /categories\/gender\.json does not match/,
    );
    expect(vocabProblem('forms/bm01', { ...(VOCAB_FILES['forms/bm01'] as object), sheetName: '' })).toMatch(/forms\/bm01\.json does not match/);
    expect(vocabProblem('no-such-file', {})).toBe('src/vocab/no-such-file.json has no schema in src/vocab/schemas.ts');
  });

  it('every form definition file is a --form choice', () => {
    expect(FORM_IDS).toEqual(
      Object.keys(VOCAB_FILES)
        .filter((name) => name.startsWith('forms/'))
        .map((name) => name.slice('forms/'.length))
        .sort(),
    );
  });
});
