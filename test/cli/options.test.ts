import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const SAMPLE = 'fixtures/sample-roster.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'cadre-options-'));

/** The error line of a run (notes such as the reference date may come first). */
const errorLine = (stderr: string): string | undefined => stderr.split('\n').find((l) => l.startsWith('cadre-stats:') || l.startsWith('error:'));

// Issue 14, Build 4: options are checked before any row is counted, each command accepts only what it
// honours, and --out and --format agree.
describe('options a command cannot honour are refused (exit 2)', { concurrent: true }, () => {
  it.each([
    [['inspect', SAMPLE, '--by', 'unit'], "error: unknown option '--by'"],
    [['inspect', SAMPLE, '--where', 'gender=nữ'], "error: unknown option '--where'"],
    [['inspect', SAMPLE, '--format', 'csv'], "error: option '--format <format>' argument 'csv' is invalid. Allowed choices are table, json."],
    [['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--form', 'bm01'], "error: unknown option '--form'"],
    [['compare', 'fixtures/compare-2020.xlsx', 'fixtures/compare-2025.xlsx', '--strict'], "error: unknown option '--strict'"],
    [['summarize', SAMPLE, '--labels', '2020'], "error: unknown option '--labels'"],
    [['summarize', SAMPLE, '--out', 'guess.xlsx', '--format', 'table'], 'cadre-stats: --out guess.xlsx: a .xlsx file cannot hold --format table'],
    [['summarize', SAMPLE, '--form', 'bm02', '--out', 'x.csv'], 'cadre-stats: --out x.csv: a .csv file cannot hold --form bm02 (a workbook)'],
    [['inspect', SAMPLE, '--out', 'x.csv'], 'cadre-stats: --out x.csv: inspect writes text or JSON, not .csv'],
    [
      ['summarize', SAMPLE, '--by', 'nonexistent'],
      'cadre-stats: --by "nonexistent": no field named that, and no column titled that in fixtures/sample-roster.xlsx › Danh sách',
    ],
    [['summarize', SAMPLE, '--where', 'độ tuổi=30'], 'cadre-stats: --where "độ tuổi=30": ages are not filtered by band'],
  ])('%j', async (args, first) => {
    const r = await runCli([...args, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(2);
    expect(errorLine(r.stderr)).toBe(first);
    expect(r.stdout).toBe('');
  });

  it('an unknown field lists the valid ones, with their Vietnamese names', async () => {
    const r = await runCli(['summarize', SAMPLE, '--by', 'nonexistent', '--lang', 'en']);
    expect(r.stderr).toMatch(
      /\n {2}valid: name \(họ và tên\), id \(mã\), unit \(đơn vị\), position \(chức vụ\), .*age_band \(độ tuổi\), gender \(giới tính\), .*level \(cấp\).*, or a column title of the roster; this sheet's columns: /,
    );
  });
});

describe('fields named in Vietnamese', { concurrent: true }, () => {
  it.each([
    [
      ['--by', 'đơn vị'],
      ['--by', 'unit'],
    ],
    [
      ['--by', 'Cấp'],
      ['--by', 'level'],
    ],
    [
      ['--by', 'độ tuổi'],
      ['--by', 'age_band'],
    ],
    [
      ['--where', 'giới tính=nữ'],
      ['--where', 'gender=nữ'],
    ],
    [
      ['--where', 'chức vụ~trưởng'],
      ['--where', 'position~trưởng'],
    ],
  ])('%j = %j', async (vi, en) => {
    const [a, b] = await Promise.all([runCli(['summarize', SAMPLE, '--format', 'json', ...vi]), runCli(['summarize', SAMPLE, '--format', 'json', ...en])]);
    expect(a.code, a.stderr).toBe(0);
    const strip = (json: string) => ({ ...JSON.parse(json), filters: [] });
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
  });
});

describe('--by age_band', { concurrent: true }, () => {
  // ward-report-2024 lists a 51–60 person first: the groups came in the order people were met.
  it('lists the groups youngest band first, "unknown" last', async () => {
    const keys = async (...extra: string[]): Promise<string[]> => {
      const r = await runCli(['summarize', 'fixtures/ward-report-2024.xlsx', '--by', 'age_band', '--format', 'json', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { groups: Array<{ key: string }> }).groups.map((g) => g.key);
    };
    expect(await keys()).toEqual(['0-30', '31-40', '41-50', '51-60']);
    expect(await keys('--as-of', '1980-06-01')).toEqual(['0-30', 'unknown']);
  });
});

describe('--out decides the format when --format is not given', { concurrent: true }, () => {
  it.each([
    ['report.xlsx', (bytes: Buffer) => expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')],
    ['report.csv', (bytes: Buffer) => expect(bytes.toString('utf8')).toMatch(/^\uFEFF?[^\n]*,/)],
    ['report.json', (bytes: Buffer) => expect(JSON.parse(bytes.toString('utf8')).schema).toBe('cadre-stats/summary@1')],
    ['report.html', (bytes: Buffer) => expect(bytes.toString('utf8')).toMatch(/^<!DOCTYPE html>/i)],
    ['report.md', (bytes: Buffer) => expect(bytes.toString('utf8')).toMatch(/^# /)],
    ['report.txt', (bytes: Buffer) => expect(bytes.toString('utf8')).toContain('┌')],
  ])('%s', async (name, check) => {
    const out = join(dir, name);
    const r = await runCli(['summarize', SAMPLE, '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    check(readFileSync(out));
  });

  it('--help says an existing --out file is replaced atomically', async () => {
    const r = await runCli(['summarize', '--help', '--lang', 'en']);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('an existing file is replaced atomically');
  });
});
