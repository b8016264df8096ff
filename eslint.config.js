// Lint: a small rule set, each rule for a way code goes silently wrong here (see README, "Development").
// Formatting is Prettier's job (.prettierrc.json); `npm run lint` runs both, `npm run format` fixes both.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', '.tmp/'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // A promise nobody awaits loses its error: the run ends "fine" with part of the work undone.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a callback's result is ignored (stream 'data' handlers, forEach) loses errors too.
      '@typescript-eslint/no-misused-promises': 'error',
      // A switch over a union (format, operator, cell kind) must name every member: a new one is not silently skipped.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // House style: never `catch {}`; an error is handled, rethrown or said.
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Type-only imports say so: the core stays loadable by a bundler for the browser page without Node types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // The core prints nothing: results go through render/ and commands/, notes through commands/emit.ts.
      'no-console': 'error',
    },
  },
  {
    // The core runs in Node and in the browser page alike: no Node built-ins, no Node-only packages. The
    // platform comes in through io/byte-source.ts (ByteSource, IoPlatform); io/node/ is Node's adapter.
    files: ['src/{io,ingest,normalize,stats,report,render,model}/**/*.ts'],
    ignores: ['src/io/node/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', '__dirname', '__filename', 'require'].map((name) => ({ name, message: 'Node only: the core must run in a browser too' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'the core imports no Node built-in: take bytes from a ByteSource and the rest from IoPlatform (io/byte-source.ts)' },
          ],
          paths: ['fs', 'fs/promises', 'path', 'zlib', 'worker_threads', 'buffer', 'stream', 'os', 'child_process', 'yauzl'].map((name) => ({
            name,
            message: 'the core imports no Node built-in: take bytes from a ByteSource and the rest from IoPlatform (io/byte-source.ts)',
          })),
        },
      ],
    },
  },
  {
    // report/ and render/ turn numbers into output: they take their types from model/, ingest/ and report/,
    // never from pipeline/ (which reads the files). Repeats the Node rule above: a later block replaces it.
    files: ['src/{report,render}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'the core imports no Node built-in: take bytes from a ByteSource and the rest from IoPlatform (io/byte-source.ts)' },
            { group: ['**/pipeline/*'], message: 'report/ and render/ do not depend on pipeline/: put the shared type in report/ or model/' },
          ],
          paths: ['fs', 'fs/promises', 'path', 'zlib', 'worker_threads', 'buffer', 'stream', 'os', 'child_process', 'yauzl'].map((name) => ({
            name,
            message: 'the core imports no Node built-in: take bytes from a ByteSource and the rest from IoPlatform (io/byte-source.ts)',
          })),
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always'],
    },
  },
);
