import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CellError, type CellValue, type MergeRange } from '../../src/io/sheet-rows.js';
import { openFile } from '../../src/io/node/open-file.js';
import { FIXTURES, HANG_GUARD_MS, ROOT } from '../helpers/run-cli.js';
import { CORPUS, noCorpus } from '../helpers/shared.js';

// The project's streaming reader against exceljs's FULL reader (correct, but whole-file in memory), cell
// by cell, over every fixture and every .xlsx of the corpus.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.xls[xm]$/i.test(n) ? [p] : [];
  });
}

/** Known, explained differences (checked by hand): corpus file → why the two readers differ. */
const ALLOWED: Record<string, string> = {
  'calamine/date.xlsx': 'A3 has the elapsed-time format [h]:mm:ss: a duration, read as a number; exceljs makes it a date',
  'calamine/date_1904.xlsx': 'exceljs ignores the 1904 date system; ours honours date1904 (the values equal date.xlsx, as calamine expects)',
  'calamine/date_iso.xlsx': 't="d" ISO cells: exceljs reads them as 1905 dates; ours reads the ISO text (and keeps a time-only value as text)',
  'calamine/has_x000D_inline.xlsx': 'exceljs does not decode _x000D_ in inline strings',
  'calamine/inlineStr_cdata.xlsx': 'exceljs drops CDATA text in inline strings',
  'calamine/issue_419.xlsx': 'exceljs misses a shared-strings part named with another letter case',
  'calamine/issues.xlsx': 'exceljs drops boolean FALSE cells',
  'calamine/pivots.xlsx': 'exceljs turns the cached #DIV/0! error of a formula into an invalid date',
  'real-layouts/hqht_qlcb.xlsx': 'D6 holds text in a cell styled as a date: exceljs makes it an invalid date (NaN); ours keeps the text',
  'exceljs/missing-bits.xlsx': 'the archive has no workbook part: ours refuses it as damaged, exceljs makes up a workbook',
};

type Plain = string | number | boolean | null;
function plain(v: CellValue): Plain {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return `date:${v.getTime()}`;
  if (v instanceof CellError) return `error:${v.code}`;
  return v;
}

async function ours(file: string): Promise<Map<string, Map<string, Plain>>> {
  const wb = await openFile(file, { inThread: true });
  const out = new Map<string, Map<string, Plain>>();
  try {
    for (const s of wb.sheets) {
      const cells = new Map<string, Plain>();
      let late: MergeRange[] | undefined;
      for await (const batch of wb.rows(s)) {
        batch.numbers.forEach((r, i) => batch.values[i].forEach((v: CellValue, c) => plain(v) !== null && cells.set(`${r}:${c + 1}`, plain(v))));
        if (batch.merges) late = batch.merges;
      }
      // The rows' last batch brings the merged ranges; a pass of their own finds the same.
      const merges = await wb.readMerges(s);
      expect(late, `${file} › ${s.name}: merges after the rows`).toEqual(merges);
      // exceljs shows every cell of a merged range with the range's value: do the same before comparing.
      for (const m of merges) {
        const top = cells.get(`${m.top}:${m.left + 1}`);
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (r !== m.top || c !== m.left) top === undefined ? cells.delete(`${r}:${c + 1}`) : cells.set(`${r}:${c + 1}`, top);
      }
      out.set(s.name, cells);
    }
  } finally {
    await wb.close();
  }
  return out;
}

// exceljs's reading of a file never changes for one exceljs version: kept under node_modules/.cache by
// content hash, so a rerun spawns no exceljs process (118 spawns took ~80 s of a ~4 min suite).
const EXCELJS_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'exceljs', 'package.json'), 'utf8')) as { version: string }).version;
const CACHE = join(ROOT, 'node_modules', '.cache', 'cadre-stats', `exceljs-${EXCELJS_VERSION}`);

function reference(file: string): { cells: Record<string, Record<string, Plain>> } | { failed: string } {
  const cached = join(CACHE, `${createHash('sha256').update(readFileSync(file)).digest('hex')}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as { cells: Record<string, Record<string, Plain>> } | { failed: string };
  const r = spawnSync(process.execPath, [join(ROOT, 'test', 'helpers', 'exceljs-dump.mjs'), file], {
    encoding: 'utf8',
    timeout: HANG_GUARD_MS,
    maxBuffer: 1 << 28,
  });
  // A run stopped by the guard (a loaded machine, or exceljs looping) is not remembered: it may end next time.
  if (r.signal) return { failed: `exceljs did not finish (${r.signal})` };
  const result = r.status !== 0 ? { failed: 'exceljs cannot read it' } : { cells: JSON.parse(r.stdout) as Record<string, Record<string, Plain>> };
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(`${cached}.${process.pid}`, JSON.stringify(result));
  renameSync(`${cached}.${process.pid}`, cached);
  return result;
}

// The fixtures are compared on any checkout; the corpus files only where ../shared is beside it.
const all = [...files(FIXTURES), ...(noCorpus('the differential test over the corpus .xlsx files (fixtures still compared)') ? [] : files(CORPUS))].sort();
const tally = { compared: 0, skipped: 0, allowed: 0 };

describe('streaming reader = exceljs full reader, cell by cell', { concurrent: false }, () => {
  it.each(all.map((f) => [relative(join(CORPUS, '..', '..'), f), f]))('%s', async (_n, file) => {
    const allowed = ALLOWED[relative(CORPUS, file)];
    const want = reference(file);
    if ('failed' in want) {
      tally.skipped++;
      return;
    }
    let got: Map<string, Map<string, Plain>>;
    try {
      got = await ours(file);
    } catch (err) {
      if (allowed) return void tally.allowed++;
      throw err;
    }
    if (allowed) return void tally.allowed++;
    for (const [name, cells] of Object.entries(want.cells)) {
      const mine = got.get(name) ?? new Map();
      for (const [k, v] of Object.entries(cells)) if (v === '__formula__') (mine.delete(k), delete cells[k]);
      expect({ file, name, cells: Object.fromEntries(mine) }).toEqual({ file, name, cells });
    }
    tally.compared++;
  });

  afterAll(() => {
    process.stdout.write(
      `differential: ${all.length} files: ${tally.compared} compared equal, ${tally.skipped} unreadable by exceljs, ${tally.allowed} allowed differences\n`,
    );
  });
});
