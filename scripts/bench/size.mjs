/**
 * Size and memory. Sizes: gzip bytes of each bundle of the Chrome build, an HTML
 * entry counted as every script and style sheet it loads (as scripts/check-budgets.mjs counts
 * them; the budgets themselves stay in budgets.json). Memory: the page's JS heap after a forced
 * garbage collection, with the extension and without it (a second, plain Chromium), on the same
 * page; the difference is what the content script's isolated world holds (its code, the lexicon,
 * the compiled matcher, its highlights). Runtime.getHeapUsage reports the renderer's whole
 * isolate, which both worlds share: a per-world figure is not available, hence the difference.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/paths.mjs';
import { median, sleep } from './stats.mjs';
import { HIGHLIGHT_COUNT_JS, openTab } from './session.mjs';

const BUNDLES = [
  ['content script (every page)', 'content-gate.js'],
  ['lens (injected where on)', 'content-lens.js'],
  ['popover UI (injected on first use)', 'content-ui.js'],
  ['background', 'background.js'],
  ['popup', 'popup'],
  ['side panel', 'sidepanel'],
  ['options', 'options'],
];

/** @param {string} build @param {string} name */
function files(build, name) {
  const file = join(build, name);
  if (existsSync(file) && statSync(file).isFile()) return [file];
  const html = readFileSync(join(build, `${name}.html`), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(build, m[1]));
}

/** @param {string} build */
export function bundleSizes(build) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8')).gzipBytes;
  return BUNDLES.map(([label, name]) => {
    const list = files(build, name);
    const bytes = list.map((f) => readFileSync(f));
    return {
      label,
      name,
      rawBytes: bytes.reduce((n, b) => n + b.length, 0),
      gzipBytes: bytes.reduce((n, b) => n + gzipSync(b).length, 0),
      budgetBytes: budgets[name],
    };
  });
}

/**
 * @param {{ newPage: () => Promise<import('puppeteer-core').Page> }} owner
 * @param {string} origin @param {string} url @param {boolean} withExtension
 */
async function heapAfterLoad(owner, origin, url, withExtension) {
  const tab = await openTab(owner, origin);
  try {
    await tab.page.goto(url, { waitUntil: 'load' });
    // The scan runs in idle-time slices after load; give both sides the same wait.
    await sleep(2500);
    const highlights = withExtension ? await tab.evaluate(HIGHLIGHT_COUNT_JS) : 0;
    await tab.cdp.send('HeapProfiler.enable');
    await tab.cdp.send('HeapProfiler.collectGarbage');
    const heap = await tab.cdp.send('Runtime.getHeapUsage');
    await tab.cdp.send('Performance.enable');
    const { metrics } = await tab.cdp.send('Performance.getMetrics');
    const metric = (/** @type {string} */ n) => metrics.find((m) => m.name === n)?.value ?? NaN;
    return { usedBytes: heap.usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), highlights };
  } finally {
    await tab.page.close().catch(() => undefined);
  }
}

/**
 * @param {{ lens: import('../lib/browsers.mjs').LensBrowser, plain: { newPage: () => Promise<import('puppeteer-core').Page> },
 *   server: import('../lib/server.mjs').FixtureServer, pages: string[], quick: boolean, log: (s: string) => void }} ctx
 */
export async function benchMemory({ lens, plain, server, pages, quick, log }) {
  const results = [];
  for (const file of pages) {
    const url = server.url(encodeURI(file));
    const withExt = [];
    const without = [];
    for (let i = 0; i < (quick ? 2 : 4); i++) {
      without.push(await heapAfterLoad(plain, server.origin, url, false));
      withExt.push(await heapAfterLoad(lens, server.origin, url, true));
    }
    const row = {
      file,
      withMB: median(withExt.map((x) => x.usedBytes)) / 2 ** 20,
      withoutMB: median(without.map((x) => x.usedBytes)) / 2 ** 20,
      deltaMB: NaN,
      nodesDelta: median(withExt.map((x) => x.nodes)) - median(without.map((x) => x.nodes)),
      listenersDelta: median(withExt.map((x) => x.listeners)) - median(without.map((x) => x.listeners)),
      highlights: withExt[0].highlights,
    };
    row.deltaMB = row.withMB - row.withoutMB;
    results.push(row);
    log(`  ${file}: JS heap ${row.withMB.toFixed(2)} MB with the extension, ${row.withoutMB.toFixed(2)} MB without (+${row.deltaMB.toFixed(2)} MB)`);
  }
  return results;
}
