#!/usr/bin/env node
// Thin shim: the program lives in dist/cli.js (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
