// npm run bench [-- --sizes 10000,100000,1048575 --runs 3 --no-compare --no-page]
// Generates rosters into bench/out (git-ignored), then times on the same file in the same run:
// (a) exceljs's streaming reader iterating rows, (b) `cadre-stats summarize` end to end; and
// `cadre-stats compare` of two rosters against summarizing both; and the offline page on the 100,000-row
// roster in headless Chromium (time to the first table, peak memory) against the CLI on the same file. Prints medians, rows/s, peak RSS and
// ratios; writes bench/results.json (bench/out/results.json for a run without the 1,048,575-row size),
// and checks the scale targets (bench/targets.js): a missed target makes the run exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRoster, NON_PERSON_ROWS } from './generate-roster.js';
import { benchPage } from './page.js';
import { againstPrevious, checkTargets, FULL_ROWS } from './targets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', 'out');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = arg('sizes', '10000,100000,1048575').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const withCompare = !args.includes('--no-compare');
const withPage = !args.includes('--no-page');
const rssHook = join(root, 'bench', 'report-rss.js');
const cli = join(root, 'bin', 'cadre-stats.js');

function timed(cmdArgs) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssHook, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmdArgs.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = Number(/__MAXRSS_KB__ (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, rssMB: rss, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 2) => n.toFixed(d);

mkdirSync(out, { recursive: true });
const results = { date: new Date().toISOString(), node: process.version, runs, sizes: [], compare: null };
for (const rows of sizes) {
  const file = join(out, `roster-${rows}.xlsx`);
  if (!existsSync(file)) await generateRoster(file, rows);
  const people = rows - NON_PERSON_ROWS;
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved so that a noisy moment on the shared machine hits both sides alike.
    a.push(timed([join(root, 'bench', 'exceljs-iterate.js'), file]));
    b.push(timed([cli, 'summarize', file, '--format', 'json', '--quiet', '--as-of', '2024-12-31']));
  }
  const population = JSON.parse(b[0].stdout).population;
  if (population !== people) throw new Error(`summarize counted ${population} people, the generator wrote ${people}`);
  const sa = median(a.map((r) => r.seconds));
  const sb = median(b.map((r) => r.seconds));
  const entry = {
    rows,
    people,
    exceljs: { seconds: sa, rowsPerSecond: Math.round(rows / sa), peakRssMB: Math.round(median(a.map((r) => r.rssMB))) },
    summarize: {
      seconds: sb,
      rowsPerSecond: Math.round(rows / sb),
      peakRssMB: Math.round(median(b.map((r) => r.rssMB))),
      maxPeakRssMB: Math.round(Math.max(...b.map((r) => r.rssMB))),
    },
    ratio: Number((sa / sb).toFixed(2)),
  };
  results.sizes.push(entry);
  console.log(
    `${rows} rows: exceljs stream ${fmt(sa)} s (${entry.exceljs.rowsPerSecond} rows/s, ${entry.exceljs.peakRssMB} MB) · summarize ${fmt(sb)} s (${entry.summarize.rowsPerSecond} rows/s, ${entry.summarize.peakRssMB} MB, max ${entry.summarize.maxPeakRssMB} MB) · ratio ${entry.ratio}×`,
  );
}
if (results.sizes.length >= 2) {
  const [small, big] = [results.sizes[results.sizes.length - 2], results.sizes[results.sizes.length - 1]];
  results.growth = {
    from: small.rows,
    to: big.rows,
    timeRatio: Number((big.summarize.seconds / small.summarize.seconds).toFixed(2)),
    rowsRatio: Number((big.rows / small.rows).toFixed(2)),
  };
  console.log(`growth ${small.rows} → ${big.rows} rows: time × ${results.growth.timeRatio} for rows × ${results.growth.rowsRatio}`);
}
if (withCompare) {
  const rows = sizes[sizes.length - 1];
  const older = join(out, `roster-${rows}.xlsx`);
  const newer = join(out, `roster-${rows}-b.xlsx`);
  if (!existsSync(newer)) await generateRoster(newer, rows, 20251231);
  const both = [];
  const cmp = [];
  for (let i = 0; i < runs; i++) {
    const s1 = timed([cli, 'summarize', older, '--format', 'json', '--quiet']);
    const s2 = timed([cli, 'summarize', newer, '--format', 'json', '--quiet']);
    both.push({ seconds: s1.seconds + s2.seconds });
    cmp.push(timed([cli, 'compare', older, newer, '--format', 'json', '--quiet']));
  }
  const sb = median(both.map((r) => r.seconds));
  const sc = median(cmp.map((r) => r.seconds));
  results.compare = {
    rows,
    summarizeBothSeconds: sb,
    compareSeconds: sc,
    ratio: Number((sc / sb).toFixed(2)),
    peakRssMB: Math.round(median(cmp.map((r) => r.rssMB))),
    maxPeakRssMB: Math.round(Math.max(...cmp.map((r) => r.rssMB))),
  };
  console.log(
    `compare 2 × ${rows} rows: ${fmt(sc)} s vs summarize both ${fmt(sb)} s (× ${results.compare.ratio}), peak RSS ${results.compare.peakRssMB} MB (max ${results.compare.maxPeakRssMB} MB)`,
  );
}
if (withPage) {
  const rows = 100000;
  const file = join(out, `roster-${rows}.xlsx`);
  if (!existsSync(file)) await generateRoster(file, rows);
  const cliRun = results.sizes.find((s) => s.rows === rows)?.summarize;
  const cliSeconds =
    cliRun?.seconds ??
    median(Array.from({ length: runs }, () => timed([cli, 'summarize', file, '--format', 'json', '--quiet', '--as-of', '2024-12-31']).seconds));
  const page = await benchPage(root, file, runs, out);
  if (page.skipped) console.log(`page: skipped (${page.skipped})`);
  else {
    results.page = { rows, ...page, cliSeconds, ratio: Number((page.seconds / cliSeconds).toFixed(2)) };
    console.log(
      `page ${rows} rows in headless Chromium: first table after ${fmt(page.seconds)} s vs summarize ${fmt(cliSeconds)} s (× ${results.page.ratio}), peak RSS of the browser ${page.peakRssMB} MB (idle page ${page.idleRssMB} MB)`,
    );
  }
}
// bench/results.json (committed) holds the last run at full size; a quick run writes beside the rosters.
const committed = join(root, 'bench', 'results.json');
const previous = existsSync(committed) ? JSON.parse(readFileSync(committed, 'utf8')) : null;
const moved = againstPrevious(results, previous);
if (moved) console.log(moved.text);
const resultsFile = sizes.includes(FULL_ROWS) ? committed : join(out, 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${resultsFile.slice(root.length + 1)}`);
// The targets this run measured; a missed one makes the run fail, so a slower pipeline cannot pass unnoticed.
const checks = checkTargets(results);
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'MISS'} ${c.text}`);
if (checks.some((c) => !c.ok)) process.exitCode = 1;
