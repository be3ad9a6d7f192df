#!/usr/bin/env node
// `npm run robustness`: every page of a directory (default: the shared news pages beside the checkout)
// loaded with and without the extension; fails when the extension throws, changes the page's DOM
// beyond its one host element, or changes the page's own errors. Same as
// `npm run bench -- --only robustness`; writes its table into BENCHMARKS.md too.
//
//   npm run robustness -- --pages DIR
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('./bench.mjs', import.meta.url));
const res = spawnSync(process.execPath, [bench, '--only', 'robustness', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(res.status ?? 1);
