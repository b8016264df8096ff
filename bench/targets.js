// The scale targets the benchmark keeps us to, checked against one run's results (the shape of
// bench/results.json). A target is checked only when the run measured it: the ratio and memory at
// 1,048,575 rows, the growth from 100,000 to 1,048,575 rows (for each shape: the low-cardinality roster in
// results.sizes, the diverse one in results.diverse), and compare of two 1,048,575-row rosters.
export const FULL_ROWS = 1048575;

export const TARGETS = {
  ratio: 10, // low-cardinality roster: summarize rows/s ≥ 10 × exceljs streaming rows/s (medians, same run)
  diverseRatio: 8, // diverse roster: ≥ 8 × exceljs streaming
  rssMB: 300, // summarize peak RSS < 300 MB (the highest of the runs)
  growth: 12, // 100k → 1M rows within 12 × the time
  compareRatio: 1.5, // compare ≤ 1.5 × summarizing both
  compareRssMB: 1024, // compare peak RSS < 1 GB (the highest of the runs)
  pageRatio: 2, // the offline page's first table on 100,000 rows ≤ 2 × summarize on the same file (issue 16)
};

/** Each target the run measured: { name, value, limit, ok, text }. */
export function checkTargets(results) {
  const checks = [];
  const add = (name, value, limit, ok, text) => checks.push({ name, value, limit, ok, text });
  const shape = (prefix, sizes, growth, ratioLimit) => {
    const full = sizes?.find((s) => s.rows === FULL_ROWS);
    const label = prefix ? `${prefix} ` : '';
    const name = (n) => (prefix ? `${prefix}.${n}` : n);
    if (full) {
      add(name('ratio'), full.ratio, ratioLimit, full.ratio >= ratioLimit, `${label}summarize ${full.ratio}× exceljs (target ≥ ${ratioLimit}×)`);
      const rss = full.summarize.maxPeakRssMB;
      add(name('rss'), rss, TARGETS.rssMB, rss < TARGETS.rssMB, `${label}summarize peak RSS ${rss} MB (target < ${TARGETS.rssMB} MB)`);
    }
    const g = growth;
    if (g && g.from === 100000 && g.to === FULL_ROWS) {
      add(
        name('growth'),
        g.timeRatio,
        TARGETS.growth,
        g.timeRatio <= TARGETS.growth,
        `${label}100k → 1M rows: time × ${g.timeRatio} (target ≤ ${TARGETS.growth})`,
      );
    }
  };
  shape('', results.sizes, results.growth, TARGETS.ratio);
  shape('diverse', results.diverse?.sizes, results.diverse?.growth, TARGETS.diverseRatio);
  const p = results.page;
  if (p) add('page', p.ratio, TARGETS.pageRatio, p.ratio <= TARGETS.pageRatio, `page first table × ${p.ratio} summarize (target ≤ ${TARGETS.pageRatio})`);
  const c = results.compare;
  if (c && c.rows === FULL_ROWS) {
    add('compare', c.ratio, TARGETS.compareRatio, c.ratio <= TARGETS.compareRatio, `compare × ${c.ratio} summarizing both (target ≤ ${TARGETS.compareRatio})`);
    add(
      'compareRss',
      c.maxPeakRssMB,
      TARGETS.compareRssMB,
      c.maxPeakRssMB < TARGETS.compareRssMB,
      `compare peak RSS ${c.maxPeakRssMB} MB (target < ${TARGETS.compareRssMB} MB)`,
    );
  }
  return checks;
}

/** How this run's 1M-row figures moved against the previous results (null when either lacks them). */
export function againstPrevious(results, previous) {
  const now = results.sizes.find((s) => s.rows === FULL_ROWS);
  const before = previous?.sizes?.find((s) => s.rows === FULL_ROWS);
  if (!now || !before) return null;
  return {
    ratio: { now: now.ratio, before: before.ratio },
    summarizeSeconds: { now: now.summarize.seconds, before: before.summarize.seconds },
    text: `previous run (${String(previous.date).slice(0, 10)}): ratio ${before.ratio}× → ${now.ratio}×, summarize ${before.summarize.seconds.toFixed(2)} s → ${now.summarize.seconds.toFixed(2)} s`,
  };
}
