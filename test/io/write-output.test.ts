import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/io/node/write-output.js';

describe('writeOutputFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-out-'));

  it('writes atomically and leaves no temporary file', () => {
    const out = join(dir, 'bao-cao.csv');
    writeOutputFile(out, 'a,b\n', []);
    expect(readFileSync(out, 'utf8')).toBe('a,b\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write over an input file, even by another path', () => {
    const input = join(dir, 'roster.xlsx');
    writeFileSync(input, 'original');
    expect(() => writeOutputFile(join(dir, '.', 'roster.xlsx'), 'x', [input])).toThrow(/refusing to write over the input file/);
    expect(readFileSync(input, 'utf8')).toBe('original');
  });

  it('refuses a missing folder', () => {
    expect(() => writeOutputFile(join(dir, 'no-such-folder', 'x.csv'), 'x', [])).toThrow(/does not exist/);
  });
});
