// Preloaded into benchmarked processes (node --import): reports the peak resident set size at exit.
process.on('exit', () => {
  process.stderr.write(`__MAXRSS_KB__ ${process.resourceUsage().maxRSS}\n`);
});
