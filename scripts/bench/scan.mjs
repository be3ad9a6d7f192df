/**
 * Scan cost per page. Two measurements in one tab per page:
 *
 * 1. The real page load, traced: the content script's start (evaluating its bundle), its CPU time
 *    after that (lens, scan, highlights), its longest task, and the highlights it registered.
 * 2. Side by side, after the load: the scan pipeline run by the probe in the content script's own
 *    isolated world (scripts/bench/probes/scan-probe.ts: the scanner's proseMatches + Range +
 *    Highlight, whole page, synchronously) against the bare read of shared/PERF-NOTES.md run in the
 *    page's main world. Rounds alternate which side goes first; each side's figure is the median
 *    of its rounds, each round `repeats` passes timed together.
 */
import { median } from './stats.mjs';
import { HIGHLIGHT_COUNT_JS, openTab, tracedLoad, writeSettings } from './session.mjs';
import { contentScriptCost, TRACE_CATEGORIES } from './trace.mjs';

const PROBE = '__dslScanProbe';
const BARE = '__dslBareRead';

/** The baseline, defined once in the main world so it is compiled and optimised like the probe. */
const DEFINE_BARE_READ = `globalThis.${BARE} ??= (repeats) => {
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < repeats; i++) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found += n.data.indexOf('\\u0001');
  }
  return { ms: (performance.now() - t0) / repeats, found };
}`;

/**
 * Waits until the highlights stop changing (the scan yields between idle-time slices).
 * @param {import('./session.mjs').Tab} tab
 */
async function settle(tab, { quietMs = 800, maxMs = 8000 } = {}) {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await tab.evaluate(HIGHLIGHT_COUNT_JS);
    if (n !== last) {
      last = n;
      since = Date.now();
    }
    if (Date.now() - since >= quietMs || Date.now() - start > maxMs) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * @param {{ lens: import('../lib/browsers.mjs').LensBrowser, server: import('../lib/server.mjs').FixtureServer,
 *   pages: string[], probeSource: string, quick: boolean, log: (s: string) => void }} ctx
 */
export async function benchScan({ lens, server, pages, probeSource, quick, log }) {
  const rounds = quick ? 5 : 9;
  const results = [];
  for (const file of pages) {
    const tab = await openTab(lens, server.origin);
    try {
      await tab.page.tracing.start({ categories: TRACE_CATEGORIES });
      await tab.page.goto(server.url(encodeURI(file)), { waitUntil: 'load', timeout: 30_000 });
      const highlights = await settle(tab);
      const trace = JSON.parse(Buffer.from(await tab.page.tracing.stop()).toString());
      const load = contentScriptCost(trace.traceEvents);

      const ext = await tab.extensionContextId();
      if (ext === undefined) throw new Error('the content script did not start');
      await tab.evaluate(probeSource, ext);
      await tab.evaluate(DEFINE_BARE_READ);
      const lang = await tab.evaluate(`${PROBE}.language()`, ext);
      const bare = (/** @type {number} */ k) => tab.evaluate(`${BARE}(${k})`);
      const stage = (/** @type {string} */ s, /** @type {number} */ k) => tab.evaluate(`${PROBE}.time(${JSON.stringify(s)}, ${k})`, ext);

      // Enough passes per round that one round takes a few ms: the timer's 0.1 ms is then noise.
      await bare(5);
      const perPass = (await bare(20)).ms;
      const repeats = Math.min(400, Math.max(3, Math.round(4 / Math.max(perPass, 0.005))));

      const row = { file, lang, highlights, load, repeats, bareMs: NaN, scanMs: NaN, ratio: NaN, matches: 0, stages: {}, census: null };
      if (lang === 'other') {
        // The content script stays dormant on pages in other languages: no scan to compare.
        const runs = [];
        for (let r = 0; r < 3; r++) runs.push((await bare(repeats)).ms);
        row.bareMs = median(runs);
        // One load's start is ~1–2 ms of CPU, within the noise of a shared 2-core machine: more
        // loads of the same page, each in a fresh tab, make the median worth comparing.
        row.moreStarts = await moreStarts(lens, server, file, quick ? 2 : 6);
      } else {
        await stage('scan', repeats); // warm-up, as the bare read had
        const bareRuns = [];
        const scanRuns = [];
        for (let r = 0; r < rounds; r++) {
          if (r % 2) {
            scanRuns.push(await stage('scan', repeats));
            bareRuns.push(await bare(repeats));
          } else {
            bareRuns.push(await bare(repeats));
            scanRuns.push(await stage('scan', repeats));
          }
        }
        row.bareMs = median(bareRuns.map((x) => x.ms));
        row.scanMs = median(scanRuns.map((x) => x.ms));
        row.ratio = row.scanMs / row.bareMs;
        row.matches = scanRuns[0].found;
        // Where the time goes: each stage adds one step, all in the isolated world, interleaved.
        const names = ['walk', 'read', 'match', 'prose', 'scan'];
        /** @type {Record<string, number[]>} */
        const runs = Object.fromEntries(names.map((n) => [n, []]));
        for (let r = 0; r < (quick ? 3 : 5); r++) {
          for (const n of r % 2 ? [...names].reverse() : names) runs[n].push((await stage(n, repeats)).ms);
        }
        row.stages = Object.fromEntries(names.map((n) => [n, median(runs[n])]));
        row.census = await tab.evaluate(`${PROBE}.census()`, ext);
      }
      results.push(row);
      log(
        `  ${file.padEnd(52)} ${lang === 'other' ? 'dormant (language)'.padEnd(24) : `${row.ratio.toFixed(2)}× (${row.scanMs.toFixed(3)} / ${row.bareMs.toFixed(3)} ms)`.padEnd(24)}` +
          ` start ${load ? `${load.startMs.toFixed(1)} ms (CPU ${load.startCpuMs.toFixed(1)})` : '?'}, longest task ${load ? `${load.longestTaskMs.toFixed(1)} ms (CPU ${load.longestTaskCpuMs.toFixed(1)})` : '?'}, ${highlights} highlights`,
      );
      const ours = tab.errors.filter((e) => e.world === 'extension');
      if (ours.length) log(`    extension errors: ${ours.map((e) => e.text).join('; ')}`);
    } catch (error) {
      results.push({ file, error: String(error) });
      log(`  ${file}: FAILED ${error}`);
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  }
  return { rows: results, dormant: await dormantStarts({ lens, server, pages: results.filter((r) => r.lang === 'en' || r.lang === 'none').slice(0, quick ? 2 : 4).map((r) => r.file), log }) };
}

/**
 * The content script's start CPU on further loads of one page, in fresh tabs (null where the trace
 * lost it).
 * @param {import('../lib/browsers.mjs').LensBrowser} lens @param {import('../lib/server.mjs').FixtureServer} server
 * @param {string} file @param {number} count
 */
async function moreStarts(lens, server, file, count) {
  const out = [];
  for (let k = 0; k < count; k++) {
    const load = await tracedLoad(lens, server, file, 500);
    if (load) out.push(load.startCpuMs);
  }
  return out;
}

/**
 * The start where the reader switched the extension off (for all sites, or for this one): the
 * content script is not registered there, so nothing of ours should run (a trace without our
 * script counts as 0 ms). Measured on pages the lens is otherwise active on, with the settings
 * written as the options page writes them, and the defaults restored after.
 * @param {{ lens: import('../lib/browsers.mjs').LensBrowser, server: import('../lib/server.mjs').FixtureServer, pages: string[], log: (s: string) => void }} ctx
 */
async function dormantStarts({ lens, server, pages, log }) {
  const rows = [];
  const cases = /** @type {const} */ ([
    ['global off', { enabled: false }],
    ['site off', { disabledSites: [new URL(server.origin).hostname] }],
  ]);
  try {
    for (const [reason, settings] of cases) {
      await writeSettings(lens, settings);
      for (const file of pages) {
        const load = await tracedLoad(lens, server, file, 1000);
        rows.push({ file, reason, load, injected: load !== null });
        log(`  ${file.padEnd(52)} ${reason.padEnd(12)} ${load ? `start CPU ${load.startCpuMs.toFixed(2)} ms${load.lensLoaded ? ' (LENS LOADED: not dormant)' : ''}` : 'nothing of ours ran'}`);
      }
    }
  } finally {
    await writeSettings(lens, null);
  }
  return rows;
}
