#!/usr/bin/env node
// Fails when a bundle outgrows its budget (budgets.json) or the scripts that run in pages carry
// Dexie, Fuse.js or popover code. Sizes are deterministic, so they are checked in `npm test`; speed is not (see
// BENCHMARKS.md and `npm run bench`).
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = process.argv[2] ?? '.output/chrome-mv3';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
let bad = 0;

/** An HTML entry's bundle: its own chunk plus the shared chunks it loads. */
function entrySize(name) {
  const file = join(BUILD, name);
  if (existsSync(file) && statSync(file).isFile()) return gzipSync(readFileSync(file)).length;
  const html = readFileSync(join(BUILD, `${name}.html`), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return refs.reduce((sum, ref) => sum + gzipSync(readFileSync(join(BUILD, ref))).length, 0);
}

for (const [name, limit] of Object.entries(budgets.gzipBytes)) {
  const size = entrySize(name);
  const ok = size <= limit;
  if (!ok) bad++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(28)} ${(size / 1024).toFixed(1).padStart(6)} KB gzip (budget ${(limit / 1024).toFixed(1)} KB)`);
}

// What runs in a page before the first hover: the gate every page evaluates and the lens.
for (const script of ['content-gate.js', 'content-lens.js']) {
  const content = readFileSync(join(BUILD, script), 'utf8');
  for (const [lib, markers] of Object.entries(budgets.forbiddenInContentScript)) {
    const found = markers.filter((m) => content.includes(m));
    if (found.length) {
      bad++;
      console.log(`FAIL ${script} contains ${lib} code (${found.join(', ')})`);
    } else console.log(`ok   ${script} has no ${lib} code`);
  }
}
// Sanity: the scan must be in the lens, or the check above proves nothing.
if (!readFileSync(join(BUILD, 'content-lens.js'), 'utf8').includes('data-sharing-lens-state')) {
  bad++;
  console.log('FAIL content-lens.js does not hold the scan (no highlight name found)');
}
process.exit(bad ? 1 : 0);
