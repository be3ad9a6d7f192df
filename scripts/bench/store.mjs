/**
 * Search, seeding and import, in an extension page (popup.html opened as a tab)
 * with the store probe (scripts/bench/probes/store-probe.ts: the extension's own parse, index,
 * Dexie and Fuse.js code, bundled for the bench), plus the real install: the extension removed
 * and installed again, and the time until the background had seeded and published its coverage.
 */
/* global chrome -- functions passed to page.evaluate run in extension pages */
import { median, percentile, sleep } from './stats.mjs';

const PROBE = '__dslStoreProbe';

/** What people type into the popup: its own starting questions, names, typos, long questions. */
export const QUERIES = [
  'share data with ICE',
  'court order',
  'REAL ID',
  'AB 60',
  'facial recognition',
  'what can I do',
  'Minesota licence',
  'New Mexico DMV',
  'Texas court records',
  'warrant',
  'undocumented driver license',
  'Does the DMV share my address with ICE',
];

/**
 * @param {import('puppeteer-core').Page} page @param {string} fn @param {unknown[]} args
 */
const call = (page, fn, ...args) => page.evaluate((p, f, a) => globalThis[p][f](...a), PROBE, fn, args);

/**
 * Removes the extension and installs it again (a fresh profile for it: storage and IndexedDB go),
 * then reads when the background had stored the seed and published the covered states.
 * @param {import('../lib/browsers.mjs').LensBrowser} lens @param {string} build
 */
async function reinstall(lens, build) {
  const id = lens.extensionOrigin.slice('chrome-extension://'.length);
  await lens.browser.uninstallExtension(id);
  await sleep(500);
  const t0 = Date.now();
  const again = await lens.browser.installExtension(build);
  if (again !== id) throw new Error(`reinstalled under another id (${again})`);
  // Read afterwards, from timestamps the background wrote, so the reading cannot slow it down.
  await sleep(3000);
  const page = await lens.openExtensionPage('popup.html', '[data-doc-id]');
  try {
    return await page.evaluate(async (start) => {
      const { coverage } = await chrome.storage.local.get('coverage');
      const seededAt = await new Promise((resolve, reject) => {
        const open = indexedDB.open('data-sharing-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('bundledSeededAt');
          get.onsuccess = () => resolve(get.result?.value);
          get.onerror = () => reject(get.error);
        };
      });
      return { seededMs: Number(seededAt) - start, coverageMs: Number(coverage?.updatedAt) - start };
    }, t0);
  } finally {
    await page.close();
  }
}

/**
 * Index build and load, then each query as many times as fits a time budget (search time grows
 * with the index: a fixed count would take minutes at 5,000 entries), then the queries as typed.
 * @param {import('puppeteer-core').Page} page @param {string} name @param {boolean} quick
 */
async function searchAt(page, name, quick) {
  const opened = await call(page, 'openSearch', name, quick ? 1 : 3);
  const perQuery = {};
  const all = [];
  for (const q of QUERIES) {
    const first = (await call(page, 'query', q, 1)).ms[0]; // warm-up, and the cost of one run
    const runs = Math.max(3, Math.min(quick ? 15 : 40, Math.floor((quick ? 500 : 1500) / Math.max(first, 0.05))));
    const { ms, hits } = await call(page, 'query', q, runs);
    perQuery[q] = { p50: percentile(ms, 50), p95: percentile(ms, 95), runs, hits };
    all.push(...ms);
  }
  const typedMs = [];
  const start = Date.now();
  for (const q of QUERIES) {
    if (Date.now() - start > (quick ? 5000 : 10_000)) break;
    typedMs.push(...(await call(page, 'typed', q)));
  }
  return {
    entries: opened.entries,
    buildMs: median(opened.buildMs),
    loadMs: median(opened.loadMs),
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    typedN: typedMs.length,
    typedP50: percentile(typedMs, 50),
    typedP95: percentile(typedMs, 95),
    perQuery,
  };
}

/**
 * @param {{ lens: import('../lib/browsers.mjs').LensBrowser, build: string, probeSource: string,
 *   quick: boolean, log: (s: string) => void }} ctx
 */
export async function benchStore({ lens, build, probeSource, quick, log }) {
  const result = {};
  const installs = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) installs.push(await reinstall(lens, build));
  result.install = {
    runs: installs.length,
    seededMs: median(installs.map((x) => x.seededMs)),
    coverageMs: median(installs.map((x) => x.coverageMs)),
  };
  log(`  install → seeded ${result.install.seededMs} ms, → coverage published ${result.install.coverageMs} ms (median of ${installs.length})`);

  const page = await lens.openExtensionPage('popup.html', '[data-doc-id]');
  try {
    await page.evaluate(probeSource);
    const seed = await call(page, 'seed', quick ? 3 : 7);
    result.seed = { entries: seed.entries, indexMs: median(seed.indexMs), totalMs: median(seed.totalMs) };
    log(`  seeding ${seed.entries} entries: ${result.seed.totalMs.toFixed(1)} ms (parse + index ${result.seed.indexMs.toFixed(1)} ms)`);

    const sizes = [
      { name: 'dsl-bench-bundled', documents: 0 },
      { name: 'dsl-bench-1k', documents: 45 },
      { name: 'dsl-bench-5k', documents: 250 },
    ];
    result.search = [];
    for (const size of sizes) {
      const imported = await call(page, 'buildIndex', size.name, size.documents);
      if (size.documents === 250) {
        result.import = imported;
        log(`  importing 250 documents: plan ${imported.planMs.toFixed(0)} ms + store ${imported.storeMs.toFixed(0)} ms in ${imported.batches} batches`);
      }
      const row = await searchAt(page, size.name, quick);
      result.search.push(row);
      log(`  search at ${row.entries} entries: p50 ${row.p50.toFixed(2)} ms, p95 ${row.p95.toFixed(2)} ms; as typed p95 ${row.typedP95.toFixed(2)} ms; index build ${row.buildMs.toFixed(0)} ms, load ${row.loadMs.toFixed(0)} ms`);
    }
    await call(page, 'cleanup', sizes.map((s) => s.name));
  } finally {
    await page.close();
  }
  return result;
}
