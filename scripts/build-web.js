// Builds the offline page (`cadre-stats web`): src/web/main.ts and everything it imports from src/ bundled
// by esbuild into one script, inlined with the page's CSS into dist/web/cadre-stats.html. One file, no
// request to any server (the Content-Security-Policy forbids them); the same script runs the page and, from
// a blob: URL, the Web Worker that reads the rosters.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './source-hash.js';

const PAGE = join(ROOT, 'dist', 'web', 'cadre-stats.html');
/** The page may not grow past this (issue 16: under 3 MB). */
const MAX_PAGE_BYTES = 3_000_000;

// Scripts and styles only from the page itself; the worker from a blob: URL of the page's own script;
// images (bar charts) inline; no fetch, no form, no frame, no font or anything else from anywhere.
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  'worker-src blob:',
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// The page draws no terminal tables: cli-table3 and chalk (render/table.ts, for the CLI's `--format table`)
// are replaced by stand-ins that refuse to be used, so Node-only code stays out of the bundle.
const TERMINAL_ONLY = {
  'cli-table3': 'export default class Table { constructor() { throw new Error("terminal tables are not drawn in the page"); } }',
  chalk: 'export class Chalk { constructor() { throw new Error("terminal colours are not used in the page"); } } export default {};',
};
const terminalOnly = {
  name: 'terminal-only',
  setup(build) {
    build.onResolve({ filter: /^(cli-table3|chalk)$/ }, (args) => ({ path: args.path, namespace: 'terminal-only' }));
    build.onLoad({ filter: /.*/, namespace: 'terminal-only' }, (args) => ({ contents: TERMINAL_ONLY[args.path], loader: 'js' }));
  },
};

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const result = await esbuild.build({
  entryPoints: [join(ROOT, 'src', 'web', 'main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['chrome103', 'edge103', 'firefox113', 'safari16.4'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  outdir: join(ROOT, 'dist', 'web'),
  define: { __CADRE_STATS_VERSION__: JSON.stringify(pkg.version) },
  plugins: [terminalOnly],
  metafile: true,
  logLevel: 'warning',
});
const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
// The script sits inside <script>: its text may not close the element.
if (/<\/script/i.test(js) || /<\/style/i.test(css)) throw new Error('build-web: the bundle contains </script> or </style>');

const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cadre-stats ${pkg.version}">
<title>cadre-stats — Thống kê chất lượng đội ngũ cán bộ, công chức, viên chức</title>
<style>${css}</style>
</head>
<body>
<noscript>Trang này cần JavaScript. / This page needs JavaScript.</noscript>
<div id="app"></div>
<script id="cadre-stats-script">${js}</script>
</body>
</html>
`;
const bytes = Buffer.byteLength(html);
if (bytes > MAX_PAGE_BYTES) throw new Error(`build-web: the page is ${bytes} bytes, over the ${MAX_PAGE_BYTES} limit`);
mkdirSync(join(ROOT, 'dist', 'web'), { recursive: true });
if (process.env.WEB_METAFILE) writeFileSync(process.env.WEB_METAFILE, JSON.stringify(result.metafile));
writeFileSync(`${PAGE}.tmp`, html);
renameSync(`${PAGE}.tmp`, PAGE);
process.stdout.write(`build-web: dist/web/cadre-stats.html, ${(bytes / 1e6).toFixed(2)} MB\n`);
