// A hash of everything the build reads: every file under src/ (names and contents), the TypeScript config,
// package.json and this folder's build scripts. The build writes it to dist/.source-hash; the test setup
// rebuilds when it differs, so tests never run a stale dist/.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = join(ROOT, 'dist', '.source-hash');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

export function sourceHash() {
  const h = createHash('sha256');
  const inputs = [
    ...filesUnder(join(ROOT, 'src')),
    ...['tsconfig.json', 'package.json', 'scripts/copy-vocab.js', 'scripts/build-web.js', 'scripts/source-hash.js'].map((f) => join(ROOT, f)),
  ];
  for (const f of inputs) h.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}
