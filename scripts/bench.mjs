#!/usr/bin/env node
// `npm run bench`: measures the built extension in headless Chromium on real news pages and writes
// BENCHMARKS.md. Speed claims live here, with numbers, not in timed tests.
//
//   npm run bench                          every section, pages from the shared news pages beside the checkout
//   npm run bench -- --pages DIR           any directory of saved pages (*.html)
//   npm run bench -- --only scan,popover   sections: scan, popover, store, size, robustness
//   npm run bench -- --quick               fewer repeats (a first look, not numbers to quote)
//   npm run bench -- --no-write            print only; leave BENCHMARKS.md alone
//   npm run bench -- --popover-page FILE   the page to hover on (default: most highlights)
//
// It builds nothing: it measures .output/chrome-mv3 (and, for the popover, .output/firefox-mv2) as
// `npm run build` left them, copied first so a rebuild during the run cannot change what is measured.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchPlainChromium } from './lib/browsers.mjs';
import { openLensSession } from './lib/session.mjs';
import { CHROME_BUILD, FIREFOX_BUILD, NEWS_PAGES, ROOT } from './lib/paths.mjs';
import { buildProbe } from './bench/bundle.mjs';
import { benchScan } from './bench/scan.mjs';
import { benchPopover } from './bench/popover.mjs';
import { benchStore } from './bench/store.mjs';
import { benchMemory, bundleSizes } from './bench/size.mjs';
import { robustnessRun } from './bench/robustness.mjs';
import { loadResults, machine, saveResults, writeBenchmarksMd, BENCHMARKS_MD } from './bench/results.mjs';
import { pageFiles } from './bench/pages.mjs';

const SECTIONS = ['scan', 'popover', 'store', 'size', 'robustness'];

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: NEWS_PAGES },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'popover-page': { type: 'string' },
  },
});
// Robustness is its own script (`npm run robustness`); here only when asked for by name.
const only = values.only ? values.only.split(',').map((s) => s.trim()) : SECTIONS.filter((s) => s !== 'robustness');
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) fail(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) fail(`no Chrome build in ${CHROME_BUILD}: run \`npm run build\` first.`);
const pagesDir = resolve(values.pages);
if (!existsSync(pagesDir)) fail(`no directory ${pagesDir}`);
const pages = pageFiles(pagesDir);
if (!pages.length) fail(`no .html pages in ${pagesDir}`);

const builtAt = statSync(join(CHROME_BUILD, 'manifest.json')).mtime;
const build = mkdtempSync(join(tmpdir(), 'lens-bench-build-'));
cpSync(CHROME_BUILD, build, { recursive: true });
const log = (/** @type {string} */ s) => console.log(s);
const started = Date.now();
// Tabs come from openTab (requests outside the server blocked, errors sorted by world), not the session's page.
const session = await openLensSession('chromium', { fixtures: pagesDir, build, page: false });
const { lens, server } = session;
/** @type {Awaited<ReturnType<typeof launchPlainChromium>> | undefined} */
let plain;
const results = {};
let failed = false;

try {
  const info = machine({ browserVersion: await lens.browser.version(), pages: relative(ROOT, pagesDir) || '.', quick: values.quick, builtAt });
  log(`bench: ${pages.length} pages from ${pagesDir}; sections ${only.join(', ')}; ${info.cpu}, ${info.cores} cores, ${info.browser}; build of ${info.builtAt}`);
  const section = async (name, run) => {
    if (!only.includes(name)) return;
    log(`\n── ${name}`);
    const t0 = Date.now();
    try {
      results[name] = { machine: info, ...(await run()) };
    } catch (error) {
      failed = true;
      log(`  ${name} failed: ${error instanceof Error ? error.stack : error}`);
    }
    log(`  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  };

  await section('scan', async () => {
    const probeSource = await buildProbe('scan-probe', '__dslScanProbe');
    return await benchScan({ lens, server, pages, probeSource, quick: values.quick, log });
  });
  await section('popover', async () => {
    const known = (results.scan ?? loadResults().scan)?.rows?.filter((r) => r.highlights > 0 && pages.includes(r.file));
    const page = values['popover-page'] ?? known?.sort((a, b) => b.highlights - a.highlights)[0]?.file ?? pages[0];
    const chromium = await benchPopover({ lens, server, page, quick: values.quick, log });
    // The same hover in Firefox, on a copy of its build (the goals hold in both browsers).
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
      log(`  no Firefox build in ${FIREFOX_BUILD} (npm run build makes it): Firefox not measured`);
      return chromium;
    }
    const firefoxBuild = mkdtempSync(join(tmpdir(), 'lens-bench-firefox-'));
    cpSync(FIREFOX_BUILD, firefoxBuild, { recursive: true });
    const firefox = await openLensSession('firefox', { fixtures: pagesDir, build: firefoxBuild, page: false });
    try {
      return { ...chromium, firefox: await benchPopover({ lens: firefox.lens, server: firefox.server, page, quick: values.quick, log }) };
    } finally {
      await firefox.close();
      rmSync(firefoxBuild, { recursive: true, force: true });
    }
  });
  await section('store', async () => {
    const probeSource = await buildProbe('store-probe', '__dslStoreProbe');
    return benchStore({ lens, build, probeSource, quick: values.quick, log });
  });
  await section('size', async () => {
    const bundles = bundleSizes(build);
    for (const b of bundles) log(`  ${b.label.padEnd(16)} ${(b.gzipBytes / 1024).toFixed(1)} KB gzip`);
    plain ??= await launchPlainChromium();
    const largest = pageFiles(pagesDir, 'largest')[0];
    const busiest = (results.scan ?? loadResults().scan)?.rows?.filter((r) => pages.includes(r.file)).sort((a, b) => (b.matches ?? 0) - (a.matches ?? 0))[0]?.file;
    const memoryPages = [...new Set([largest, busiest].filter(Boolean))];
    return { bundles, memory: await benchMemory({ lens, plain, server, pages: memoryPages, quick: values.quick, log }) };
  });
  await section('robustness', async () => {
    plain ??= await launchPlainChromium();
    const rows = await robustnessRun({ lens, plain, server, pages, log });
    const bad = rows.filter((r) => !r.ok).length;
    log(`  robustness: ${rows.length - bad} of ${rows.length} pages ok`);
    if (bad) failed = true;
    return { rows };
  });
} finally {
  // The plain browser first: the server's close waits for its open connections.
  await plain?.close();
  await session.close();
  rmSync(build, { recursive: true, force: true });
}

// A --no-write run (a look at other pages, a try-out) leaves both the stored results and the file.
if (!values['no-write']) {
  writeBenchmarksMd(saveResults(results));
  log(`\nbench: wrote ${BENCHMARKS_MD}`);
}
log(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
