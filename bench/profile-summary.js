// node bench/profile-summary.js <folder of .cpuprofile files> [top]
// Self time per function for each thread's profile (one file per thread), as in bench/results/*.md.
// Made with: node --cpu-prof --cpu-prof-dir=<folder> bin/cadre-stats.js summarize <roster> --format json --quiet
// (the scanning thread writes its own file). Sampled milliseconds are wall-clock: on a loaded machine read the shares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, topArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node bench/profile-summary.js <folder of .cpuprofile files> [top]');
const top = Number(topArg ?? 16);
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort()) {
  const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const cf = byId.get(p.samples[i]).callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/^.*\/dist\//, '').replace(/^file:\/\//, '')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${f}\n\n\`\`\`\ntotal ${(total / 1000).toFixed(2)} s sampled`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${String(Math.round(v)).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
  console.log('```\n');
}
