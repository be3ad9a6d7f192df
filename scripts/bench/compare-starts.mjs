#!/usr/bin/env node
// @ts-check
/**
 * Start cost of two or more builds side by side: `npm run bench:starts -- BUILD_A BUILD_B …`
 * (folders like .output/chrome-mv3, for example copies of the build before and after a change,
 * or a copy whose content-gate.js was edited by hand). Each build gets its own Chromium; the pages
 * are loaded in turn, build after build, so a busy moment of this shared machine falls on all of
 * them. Reported per build: the median CPU of evaluating the content script (the gate), and where
 * the lens was injected, of evaluating the lens and of the lens's own start up to its first scan
 * slice, from the same traces as `npm run bench`.
 *
 *   --active   pages where the lens runs (default: the pages in other languages, where it stays dormant)
 *   --reps N   loads of each page per build (default 5)
 *
 * Used for the side-by-side figures in BENCHMARKS.md ("Per-page cost, second round").
 */
import { openLensSession } from '../lib/session.mjs';
import { tracedLoad } from './session.mjs';
import { median } from './stats.mjs';
import { NEWS_PAGES } from '../lib/paths.mjs';

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(name);
const value = (/** @type {string} */ name, /** @type {string} */ fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const reps = Number(value('--reps', '5'));
const builds = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--reps');
if (builds.length < 1) {
  console.error('usage: npm run bench:starts -- BUILD [BUILD …] [--active] [--reps N]');
  process.exit(2);
}
const pages = flag('--active')
  ? ['postlight__www.npr.org.html', 'newspaper__gq.com2.html', 'scrapinghub__www.sfgate.com-5caf91b8.html', 'postlight__www.nytimes.com.html', 'readability__breitbart.html']
  : ['postlight__epaper.zeit.de.html', 'postlight__www.lemonde.fr.html', 'trafilatura-cache__sueddeutsche.de.flixtrain.html'];

const sessions = [];
for (const build of builds) sessions.push(await openLensSession('chromium', { fixtures: NEWS_PAGES, build, page: false }));
/** @type {{ gate: number[], lens: number[], lensStart: number[] }[]} */
const out = builds.map(() => ({ gate: [], lens: [], lensStart: [] }));
try {
  for (let rep = 0; rep < reps; rep++) {
    for (const file of pages) {
      for (let b = 0; b < builds.length; b++) {
        const cost = await tracedLoad(sessions[b].lens, sessions[b].server, file, flag('--active') ? 1200 : 600);
        if (cost) {
          out[b].gate.push(cost.gateCpuMs);
          if (cost.lensLoaded) {
            out[b].lens.push(cost.lensCpuMs);
            out[b].lensStart.push(cost.lensStartCpuMs);
          }
        }
      }
    }
  }
} finally {
  for (const s of sessions) await s.close();
}
builds.forEach((build, b) => {
  const { gate, lens, lensStart } = out[b];
  const ms = (/** @type {number[]} */ xs) => (xs.length ? `${median(xs).toFixed(2)} ms` : '—');
  console.log(`${build}: content script ${ms(gate)} (n=${gate.length})${lens.length ? `, lens ${ms(lens)}, its start ${ms(lensStart)} (n=${lens.length})` : ''}`);
});
