// Copies the vocabulary JSON (words are data) next to the compiled code so dist/ is self-contained.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'dist', 'vocab'), { recursive: true });
cpSync(join(root, 'src', 'vocab'), join(root, 'dist', 'vocab'), {
  recursive: true,
  filter: (src) => !src.endsWith('.ts'),
});
