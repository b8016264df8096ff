// Copies the vocabulary JSON (words are data) next to the compiled code so dist/ is self-contained, then
// stamps dist/ with the hash of the sources it was built from (see source-hash.js).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sourceHash, STAMP } from './source-hash.js';

mkdirSync(join(ROOT, 'dist', 'vocab'), { recursive: true });
cpSync(join(ROOT, 'src', 'vocab'), join(ROOT, 'dist', 'vocab'), {
  recursive: true,
  filter: (src) => !src.endsWith('.ts'),
});
writeFileSync(STAMP, sourceHash());
