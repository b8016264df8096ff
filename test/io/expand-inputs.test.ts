import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byName, expandInputs, isRosterName, patternRegex, refuseDuplicates } from '../../src/io/node/expand-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'cadre-inputs-'));
for (const name of ['xa-10.xlsx', 'xa-2.xlsx', 'Xa-1.XLSX', 'xa-3.csv', 'ghi-chu.txt', '~$xa-2.xlsx', '.an.xlsx']) writeFileSync(join(dir, name), name);
mkdirSync(join(dir, 'cu'));
writeFileSync(join(dir, 'cu', 'xa-4.xls'), 'xa-4');
writeFileSync(join(dir, 'xa [1].xlsx'), 'brackets');

describe('a pattern the shell did not expand', () => {
  it('matches *, ? and [..] within one name, case-sensitive except on Windows', () => {
    expect(patternRegex('xa-*.xlsx', false).test('xa-10.xlsx')).toBe(true);
    expect(patternRegex('xa-?.xlsx', false).test('xa-10.xlsx')).toBe(false);
    expect(patternRegex('xa-[12].xlsx', false).test('xa-2.xlsx')).toBe(true);
    expect(patternRegex('xa-[!12].xlsx', false).test('xa-2.xlsx')).toBe(false);
    expect(patternRegex('xa-*.xlsx', false).test('Xa-1.XLSX')).toBe(false);
    expect(patternRegex('xa-*.xlsx', true).test('Xa-1.XLSX')).toBe(true);
    expect(patternRegex('a.b(c)+*', false).test('a.b(c)+z')).toBe(true);
    expect(patternRegex('a.b', false).test('axb')).toBe(false);
  });

  it('is expanded in name order (xa-2 before xa-10), skipping lock files and hidden names', async () => {
    const [e] = await expandInputs([join(dir, 'xa-*.xlsx')], { windows: false });
    expect(e.kind).toBe('pattern');
    expect(e.files).toEqual(['xa-2.xlsx', 'xa-10.xlsx'].map((n) => join(dir, n)));
  });

  it('takes Windows separators and any case on Windows', async () => {
    const [e] = await expandInputs([`${dir.replace(/\//g, '\\')}\\XA-*.xlsx`], { windows: true });
    expect(e.files.map((f) => f.slice(dir.length + 1))).toEqual(['Xa-1.XLSX', 'xa-2.xlsx', 'xa-10.xlsx']);
  });

  it('leaves a path that exists alone, even with brackets in its name', async () => {
    const [e] = await expandInputs([join(dir, 'xa [1].xlsx')]);
    expect(e).toEqual({ arg: join(dir, 'xa [1].xlsx'), kind: 'file', files: [join(dir, 'xa [1].xlsx')] });
  });

  it('matching nothing is an error naming the pattern', async () => {
    await expect(expandInputs([join(dir, 'phuong-*.xlsx')])).rejects.toThrow(`${join(dir, 'phuong-*.xlsx')}: no file matches`);
  });
});

describe('a folder', () => {
  it('gives every roster inside it, sorted, not its subfolders', async () => {
    const [e] = await expandInputs([dir], { windows: false });
    expect(e.kind).toBe('folder');
    expect(e.files.map((f) => f.slice(dir.length + 1))).toEqual(['xa [1].xlsx', 'Xa-1.XLSX', 'xa-2.xlsx', 'xa-3.csv', 'xa-10.xlsx']);
  });

  it('with recursive, the rosters of its subfolders after its own', async () => {
    const [e] = await expandInputs([dir], { recursive: true });
    expect(e.files.map((f) => f.slice(dir.length + 1))).toEqual(['xa [1].xlsx', 'Xa-1.XLSX', 'xa-2.xlsx', 'xa-3.csv', 'xa-10.xlsx', join('cu', 'xa-4.xls')]);
  });

  it('holding no roster is an error that suggests --recursive', async () => {
    mkdirSync(join(dir, 'trong'));
    await expect(expandInputs([join(dir, 'trong')])).rejects.toThrow('no roster file (.xlsx .xlsm .xls .ods .csv .tsv) in this folder');
  });
});

describe('the same roster twice', () => {
  it('is refused by content, whatever its name', async () => {
    writeFileSync(join(dir, 'ban-sao.xlsx'), 'xa-2.xlsx');
    await expect(refuseDuplicates([join(dir, 'xa-2.xlsx'), join(dir, 'xa-10.xlsx'), join(dir, 'ban-sao.xlsx')])).rejects.toThrow(
      `${join(dir, 'ban-sao.xlsx')} has the same content as ${join(dir, 'xa-2.xlsx')}`,
    );
    await expect(refuseDuplicates([join(dir, 'xa-2.xlsx'), join(dir, 'xa-2.xlsx')])).rejects.toThrow('is given twice');
    await expect(refuseDuplicates([join(dir, 'xa-2.xlsx'), join(dir, 'xa-10.xlsx')])).resolves.toBeUndefined();
  });
});

it('roster names and their order', () => {
  expect(['xa-10', 'xa-2', 'Xã-1'].sort(byName)).toEqual(['Xã-1', 'xa-2', 'xa-10']);
  expect(isRosterName('~$ds.xlsx')).toBe(false);
  expect(isRosterName('ds.ODS')).toBe(true);
  expect(isRosterName('ds.pdf')).toBe(false);
});
