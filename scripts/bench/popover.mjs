/**
 * Popover latency: hover intent fired → dialog with answers painted, with the
 * background warm and after its service worker was stopped (Chromium), and on first use in a
 * fresh tab, in Chromium and in Firefox (whose MV2 background page is persistent: no worker to
 * stop, so its "cold" is the first use, the UI not yet in the tab). Measured from outside the extension:
 * the hover delay is set to 0 through storage (as the options page would), the pointer is moved
 * onto a highlighted term with real input events, and the page's main world watches our host's
 * open shadow root. Times, all on the page's clock:
 *   frame    the animation frame after the pointer moved; the content script hit-tests in that
 *            frame and, with a delay of 0, fires the intent right after it
 *   answers  the dialog holds the answers (or the "no documents" note), placed
 *   painted  the frame after that has run (requestAnimationFrame + a message: after paint)
 */
import { median, percentile, sleep } from './stats.mjs';
import { hoverableTermJs, openBenchTab, serviceWorkerStopper, writeSettings } from './session.mjs';
import { HIGHLIGHT, HOST } from '../lib/session.mjs';

const WATCH = `(() => {
  if (globalThis.__dslPop) return;
  const S = (globalThis.__dslPop = { armed: false, r: {} });
  addEventListener('pointermove', () => {
    if (!S.armed || S.r.move) return;
    S.r.move = performance.now();
    requestAnimationFrame(() => (S.r.frame = performance.now()));
  }, true);
  let watching = false;
  const check = () => {
    const root = document.querySelector(${JSON.stringify(HOST)})?.shadowRoot;
    if (!root) return;
    if (!watching) {
      watching = true;
      new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const dialog = root.querySelector('[role=dialog]');
    S.open = !!dialog;
    if (!S.armed || !dialog) return;
    S.r.dialog ??= performance.now();
    const placed = dialog.style.visibility !== 'hidden';
    const done = dialog.querySelector('.answers, [data-no-documents], [role=alert]');
    if (placed && done && !S.r.answers) {
      S.r.answers = performance.now();
      S.r.failed = !!dialog.querySelector('[role=alert]');
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { S.r.painted = performance.now(); S.armed = false; };
        channel.port2.postMessage(0);
      });
    }
  };
  new MutationObserver(check).observe(document.documentElement, { childList: true });
  check();
})()`;

/**
 * @param {Pick<import('./session.mjs').Tab, 'page' | 'evaluate'>} tab @param {{ x: number, y: number }} at
 * @param {() => string} [workerStatus]  for cold trials: the worker's running status
 */
async function trial(tab, at, workerStatus) {
  const { page } = tab;
  // Away from the term, and wait until the popover has closed (300 ms grace on leave).
  await page.mouse.move(2, 2);
  for (let i = 0; i < 100 && (await tab.evaluate('!!globalThis.__dslPop.open')); i++) await sleep(25);
  await sleep(50);
  // A cold trial is only cold if nothing woke the worker in between.
  if (workerStatus && workerStatus() !== 'stopped') throw new Error(`the service worker was ${workerStatus()} before a cold trial`);
  await tab.evaluate('globalThis.__dslPop.r = {}, globalThis.__dslPop.armed = true');
  await page.mouse.move(at.x, at.y);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const r = await tab.evaluate('globalThis.__dslPop.r');
    if (r.painted) return { answers: r.answers - r.frame, painted: r.painted - r.frame, failed: r.failed };
    if (Date.now() > deadline) throw new Error(`no popover within 10 s (${JSON.stringify(r)})`);
    await sleep(10);
  }
}

/**
 * @param {{ lens: import('../lib/browsers.mjs').LensBrowser, server: import('../lib/server.mjs').FixtureServer,
 *   page: string, quick: boolean, log: (s: string) => void }} ctx
 */
export async function benchPopover({ lens, server, page: file, quick, log }) {
  await writeSettings(lens, { trigger: { mode: 'hover', delayMs: 0, modifier: 'Alt' } });
  const tab = await openBenchTab(lens, server.origin);
  try {
    await tab.page.goto(server.url(encodeURI(file)), { waitUntil: 'load' });
    await tab.page.bringToFront();
    await sleep(1500);
    await tab.evaluate(WATCH);
    // A covered state if there is one: its popover has answers to render.
    const at = await tab.evaluate(hoverableTermJs([HIGHLIGHT.state, HIGHLIGHT.term]));
    if (!at) throw new Error(`${file} has no highlighted term to hover`);
    log(`  hovering "${at.text}" on ${file}`);

    for (let i = 0; i < 2; i++) await trial(tab, at); // warm-up: background loaded, code optimised
    const warm = [];
    for (let i = 0; i < (quick ? 8 : 25); i++) warm.push(await trial(tab, at));
    const cold = [];
    // Firefox's MV2 background page is persistent: no worker to stop there.
    const stopper = lens.name === 'chromium' ? await serviceWorkerStopper(lens) : undefined;
    await tab.page.bringToFront();
    for (let i = 0; stopper && i < (quick ? 4 : 10); i++) {
      await stopper.stop();
      cold.push(await trial(tab, at, () => stopper.status));
    }
    // First use: a fresh tab each time, so the popover UI is not in the page yet; in Chromium the
    // worker is stopped once the page has settled (the lens's injection woke it), before the first hover.
    const first = [];
    for (let i = 0; i < (quick ? 3 : 8); i++) {
      const fresh = await openBenchTab(lens, server.origin);
      try {
        await fresh.page.goto(server.url(encodeURI(file)), { waitUntil: 'load' });
        await fresh.page.bringToFront();
        await sleep(1500);
        if (await fresh.evaluate(`!!document.querySelector(${JSON.stringify(HOST)})`)) throw new Error('our host element exists before the first hover');
        await fresh.evaluate(WATCH);
        const spot = await fresh.evaluate(hoverableTermJs([HIGHLIGHT.state, HIGHLIGHT.term]));
        if (!spot) throw new Error(`${file} has no highlighted term to hover (fresh tab)`);
        if (stopper) await stopper.stop();
        first.push(await trial(fresh, spot, stopper && (() => stopper.status)));
      } finally {
        await fresh.page.close().catch(() => undefined);
      }
    }
    await tab.page.bringToFront();
    await stopper?.close();
    const summary = (/** @type {typeof warm} */ xs) => ({
      n: xs.length,
      answersMedian: median(xs.map((x) => x.answers)),
      paintedMedian: median(xs.map((x) => x.painted)),
      paintedP90: percentile(xs.map((x) => x.painted), 90),
      failed: xs.filter((x) => x.failed).length,
    });
    const result = {
      browser: lens.name,
      browserVersion: await lens.browser.version(),
      page: file,
      term: at.text,
      warm: summary(warm),
      ...(stopper ? { cold: summary(cold) } : {}),
      first: summary(first),
      errors: tab.errors.filter((e) => e.world === 'extension'),
    };
    log(
      `  ${lens.name}: warm: painted ${result.warm.paintedMedian.toFixed(1)} ms median (n=${warm.length}); ` +
        `${result.cold ? `cold: ${result.cold.paintedMedian.toFixed(1)} ms median (n=${cold.length}); ` : ''}first use: ${result.first.paintedMedian.toFixed(1)} ms median (n=${first.length})`,
    );
    return result;
  } finally {
    await tab.page.close().catch(() => undefined);
    await writeSettings(lens, null).catch((e) => log(`  could not restore the settings: ${e}`));
  }
}
