#!/usr/bin/env node
// Thin shim: the program lives in dist/cli.js (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli.js';

// A closed pipe (`cadre-stats --help | head -3`) ends the output quietly, as the commands' own writes do
// (src/io/node/write-output.ts); any other stdout error is still raised.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
});

process.exitCode = await main(process.argv);
