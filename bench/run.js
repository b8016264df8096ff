// npm run bench [-- --sizes 10000,100000,1048575 --runs 3 --shapes simple,diverse[,diverse-ids] --no-compare --no-page]
// Generates rosters into bench/out (git-ignored) in two shapes: "simple" (7 units, ~3,000 names, 5 home
// towns: generate-roster.js) and "diverse" (a province-wide roster: ~42,000 units, ~150,000 names,
// thousands of home-town spellings: generate-diverse.js), and on request "diverse-ids" (the diverse roster
// with a 15th column of distinct 12-digit CCCD numbers, as rosters keyed to the national database have;
// measured, no target of its own). Then times on the same file in the same run:
// (a) exceljs's streaming reader iterating rows, (b) `cadre-stats summarize` end to end; and
// `cadre-stats compare` of two rosters against summarizing both; and the offline page on the 100,000-row
// roster in headless Chromium (time to the first table, peak memory) against the CLI on the same file. Prints medians, rows/s, peak RSS and
// ratios; writes bench/results.json (bench/out/results.json for a run without the 1,048,575-row size),
// and checks the scale targets (bench/targets.js): a missed target makes the run exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIVERSE_NON_PERSON_ROWS, generateDiverseRoster } from './generate-diverse.js';
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
const shapes = arg('shapes', 'simple,diverse').split(',');
const SHAPES = ['simple', 'diverse', 'diverse-ids'];
for (const s of shapes) if (!SHAPES.includes(s)) throw new Error(`unknown shape ${s} (${SHAPES.join(', ')})`);
const withCompare = !args.includes('--no-compare');
const withPage = !args.includes('--no-page');
const rssHook = join(root, 'bench', 'report-rss.js');
const cli = join(root, 'bin', 'cadre-stats.js');

function timed(cmdArgs) {
  const t0 = process.hrtime.bigint();
  // The CLI reports how long each thread waited for the other (one line per threaded sheet).
  const env = { ...process.env, CADRE_STATS_THREAD_REPORT: '1' };
  const r = spawnSync(process.execPath, ['--import', rssHook, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 28, env });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmdArgs.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = Number(/__MAXRSS_KB__ (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const cpu = Number(/__CPU_MS__ (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1000;
  const waits = /__THREADS__ .*\((\d+)%\);.*\((\d+)%\)/.exec(r.stderr);
  return { seconds, rssMB: rss, cpuSeconds: cpu, stdout: r.stdout, ...(waits ? { scanWaitPct: Number(waits[1]), mainWaitPct: Number(waits[2]) } : {}) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cores = availableParallelism();
// How busy the machine's cores were during a run: CPU time over wall time and cores (100% = every core all the time).
const busyPct = (cpuSeconds, seconds) => Math.round((100 * cpuSeconds) / seconds / cores);
const fmt = (n, d = 2) => n.toFixed(d);

mkdirSync(out, { recursive: true });
const rosterFile = (shape, rows, b = '') => join(out, shape === 'simple' ? `roster-${rows}${b}.xlsx` : `roster-${shape}-${rows}${b}.xlsx`);
async function ensureRoster(shape, rows, b = '') {
  const file = rosterFile(shape, rows, b);
  const seed = b ? 20251231 : 20241231;
  if (!existsSync(file)) {
    if (shape === 'simple') await generateRoster(file, rows, seed);
    else {
      const c = await generateDiverseRoster(file, rows, seed, { ids: shape === 'diverse-ids' });
      console.log(`generated ${file.slice(root.length + 1)}: ${c.units} units, ${c.names} names, ${c.hometowns} home-town spellings, ${c.positions} positions`);
    }
  }
  return file;
}
const load = () => {
  try {
    const l = readFileSync('/proc/loadavg', 'utf8').split(' ');
    return Number(l[0]);
  } catch {
    return null;
  }
};
const results = { date: new Date().toISOString(), node: process.version, runs, cores, loadAtStart: load(), sizes: [], compare: null };
for (const shape of shapes) {
  const measured = [];
  for (const rows of sizes) {
    const file = await ensureRoster(shape, rows);
    const people = rows - (shape === 'simple' ? NON_PERSON_ROWS : DIVERSE_NON_PERSON_ROWS);
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
    // exceljs's time on the same file is bimodal (seen: ~23 s or ~47 s at random on the diverse 1M roster):
    // its fastest run is recorded beside the median, and the ratio to it.
    const fastest = Math.min(...a.map((r) => r.seconds));
    const entry = {
      rows,
      people,
      exceljs: {
        seconds: sa,
        cpuSeconds: median(a.map((r) => r.cpuSeconds)),
        fastestSeconds: fastest,
        rowsPerSecond: Math.round(rows / sa),
        peakRssMB: Math.round(median(a.map((r) => r.rssMB))),
      },
      summarize: {
        seconds: sb,
        cpuSeconds: median(b.map((r) => r.cpuSeconds)),
        rowsPerSecond: Math.round(rows / sb),
        peakRssMB: Math.round(median(b.map((r) => r.rssMB))),
        maxPeakRssMB: Math.round(Math.max(...b.map((r) => r.rssMB))),
        coresBusyPct: busyPct(median(b.map((r) => r.cpuSeconds)), sb),
        // Share of each thread's time spent waiting for the other (medians; absent when the sheet is scanned on one thread).
        ...(b[0].scanWaitPct !== undefined
          ? { scanThreadWaitPct: median(b.map((r) => r.scanWaitPct)), mainThreadWaitPct: median(b.map((r) => r.mainWaitPct)) }
          : {}),
      },
      ratio: Number((sa / sb).toFixed(2)),
      ratioToFastest: Number((fastest / sb).toFixed(2)),
    };
    measured.push(entry);
    console.log(
      `${shape} ${rows} rows: exceljs stream ${fmt(sa)} s (fastest ${fmt(fastest)} s, cpu ${fmt(entry.exceljs.cpuSeconds)} s, ${entry.exceljs.rowsPerSecond} rows/s, ${entry.exceljs.peakRssMB} MB) · summarize ${fmt(sb)} s (cpu ${fmt(entry.summarize.cpuSeconds)} s, ${cores} cores ${entry.summarize.coresBusyPct}% busy, ${entry.summarize.rowsPerSecond} rows/s, ${entry.summarize.peakRssMB} MB, max ${entry.summarize.maxPeakRssMB} MB${entry.summarize.scanThreadWaitPct !== undefined ? `, waits: scan thread ${entry.summarize.scanThreadWaitPct}%, main ${entry.summarize.mainThreadWaitPct}%` : ''}) · ratio ${entry.ratio}× (${entry.ratioToFastest}× exceljs's fastest run; load ${load()})`,
    );
  }
  let growth;
  if (measured.length >= 2) {
    const [small, big] = [measured[measured.length - 2], measured[measured.length - 1]];
    growth = {
      from: small.rows,
      to: big.rows,
      timeRatio: Number((big.summarize.seconds / small.summarize.seconds).toFixed(2)),
      rowsRatio: Number((big.rows / small.rows).toFixed(2)),
    };
    console.log(`${shape} growth ${small.rows} → ${big.rows} rows: time × ${growth.timeRatio} for rows × ${growth.rowsRatio}`);
  }
  // The low-cardinality shape keeps its historical place (results.sizes, results.growth); the diverse one
  // sits under results.diverse, the one with CCCD numbers under results.diverseIds.
  if (shape === 'simple') {
    results.sizes = measured;
    if (growth) results.growth = growth;
  } else results[shape === 'diverse' ? 'diverse' : 'diverseIds'] = { sizes: measured, ...(growth ? { growth } : {}) };
}
if (withCompare) {
  // Two rosters of the diverse shape (else of the last shape measured): compare against summarizing both.
  const rows = sizes[sizes.length - 1];
  const shape = shapes.includes('diverse') ? 'diverse' : shapes[shapes.length - 1];
  const older = await ensureRoster(shape, rows);
  const newer = await ensureRoster(shape, rows, '-b');
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
    shape,
    rows,
    summarizeBothSeconds: sb,
    compareSeconds: sc,
    ratio: Number((sc / sb).toFixed(2)),
    peakRssMB: Math.round(median(cmp.map((r) => r.rssMB))),
    maxPeakRssMB: Math.round(Math.max(...cmp.map((r) => r.rssMB))),
  };
  console.log(
    `compare 2 × ${rows} rows (${shape}): ${fmt(sc)} s vs summarize both ${fmt(sb)} s (× ${results.compare.ratio}), peak RSS ${results.compare.peakRssMB} MB (max ${results.compare.maxPeakRssMB} MB)`,
  );
}
if (withPage) {
  const rows = 100000;
  const file = await ensureRoster('simple', rows);
  const cliRun = results.sizes?.find((s) => s.rows === rows)?.summarize;
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
const resultsFile = sizes.includes(FULL_ROWS) && shapes.includes('simple') && shapes.includes('diverse') ? committed : join(out, 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${resultsFile.slice(root.length + 1)}`);
// The targets this run measured; a missed one makes the run fail, so a slower pipeline cannot pass unnoticed.
const checks = checkTargets(results);
for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'MISS'} ${c.text}`);
if (checks.some((c) => !c.ok)) process.exitCode = 1;
