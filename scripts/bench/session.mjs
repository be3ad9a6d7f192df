/**
 * Browser plumbing shared by the benchmark sections and the robustness run: pages whose only
 * network is our 127.0.0.1 server, the content script's isolated world found through the
 * DevTools protocol, errors sorted by the world that threw them, the extension's service worker.
 */
/* global chrome -- functions passed to page.evaluate run in extension pages */
import { HIGHLIGHT } from '../lib/session.mjs';
import { contentScriptCost, TRACE_CATEGORIES } from './trace.mjs';

/**
 * Lets a tab load from `origin` (and data:, blob:) only; every other request fails at once.
 * @param {import('puppeteer-core').Page} page @param {string} origin
 */
async function onlyFrom(page, origin) {
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith(origin) || r.url().startsWith('data:') || r.url().startsWith('blob:')) void r.continue().catch(() => undefined);
    else void r.abort('internetdisconnected').catch(() => undefined);
  });
}

/**
 * A tab whose requests outside `origin` fail at once: the saved pages reference publishers' CDNs,
 * and no network makes both sides of every comparison see the same failures, fast.
 * @param {{ newPage: () => Promise<import('puppeteer-core').Page> }} owner
 * @param {string} origin
 */
export async function openTab(owner, origin) {
  const page = await owner.newPage();
  const cdp = await page.createCDPSession();
  /** @type {Map<number, { id: number, origin: string, name: string, auxData?: any }>} */
  const contexts = new Map();
  /** @type {{ world: 'page' | 'extension' | 'other', text: string }[]} */
  const errors = [];
  const worldOf = (/** @type {number | undefined} */ id) => {
    const c = id === undefined ? undefined : contexts.get(id);
    if (!c) return 'page';
    if (c.origin.startsWith('chrome-extension://')) return 'extension';
    return c.auxData?.isDefault ? 'page' : 'other';
  };
  cdp.on('Runtime.executionContextCreated', (e) => contexts.set(e.context.id, e.context));
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    errors.push({ world: worldOf(d.executionContextId), text: `uncaught: ${d.exception?.description?.split('\n')[0] ?? d.text}` });
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ').slice(0, 200);
    errors.push({ world: worldOf(e.executionContextId), text: `console.error: ${text}` });
  });
  await cdp.send('Runtime.enable');
  await onlyFrom(page, origin);
  return {
    page,
    cdp,
    errors,
    /** The content script's isolated world in the top frame, once it has started. */
    async extensionContextId() {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const frameId = frameTree.frame.id;
      const found = [...contexts.values()].filter((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === frameId);
      return found.at(-1)?.id;
    },
    /**
     * Evaluates an expression in a context (the page's main world when contextId is undefined).
     * @param {string} expression @param {number} [contextId]
     */
    async evaluate(expression, contextId) {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value;
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof openTab>>} Tab */

/**
 * A tab for the sections that also run in Firefox (the popover), where there is no DevTools
 * protocol: WebDriver BiDi through puppeteer. Requests outside `origin` fail at once, as in
 * openTab; `evaluate` runs in the page's main world. Errors cannot be told apart by world here, so
 * the page's own are kept with ours (`world: 'other'`); the e2e suite checks our errors in Firefox.
 * @param {import('../lib/browsers.mjs').LensBrowser} lens
 * @param {string} origin
 * @returns {Promise<Pick<Tab, 'page' | 'errors' | 'evaluate'>>}
 */
export async function openBidiTab(lens, origin) {
  const page = await lens.newPage();
  /** @type {Tab['errors']} */
  const errors = [];
  page.on('pageerror', (e) => errors.push({ world: 'other', text: `uncaught: ${String(e).split('\n')[0]}` }));
  await onlyFrom(page, origin);
  return {
    page,
    errors,
    /** @param {string} expression */
    evaluate: (expression) => page.evaluate(expression),
  };
}

/**
 * The tab the popover section uses in this browser: openTab in Chromium, openBidiTab in Firefox.
 * @param {import('../lib/browsers.mjs').LensBrowser} lens @param {string} origin
 * @returns {Promise<Pick<Tab, 'page' | 'errors' | 'evaluate'>>}
 */
export const openBenchTab = (lens, origin) => (lens.name === 'firefox' ? openBidiTab(lens, origin) : openTab(lens, origin));

/**
 * Writes settings as the options page would (storage.local 'settings'), from an extension page:
 * missing fields take their defaults (utils/settings.ts normalizeSettings); open tabs pick the
 * change up at once. (Not from the service worker: evaluating there through puppeteer's worker
 * handle sometimes ran before `chrome` existed, and a worker stopped after that never restarted.)
 * @param {import('../lib/browsers.mjs').LensBrowser} lens @param {object | null} settings  null: back to defaults
 */
export async function writeSettings(lens, settings) {
  const page = await lens.openExtensionPage('options.html', 'body');
  try {
    if (settings === null) await page.evaluate(() => chrome.storage.local.remove('settings'));
    else await page.evaluate((value) => chrome.storage.local.set({ settings: value }), { version: 1, ...settings });
  } finally {
    await page.close();
  }
}

/**
 * Stops the extension's service worker through the DevTools protocol (ServiceWorker domain of a
 * blank control tab), as Chrome does to an idle worker after 30 s; resolves once it has stopped.
 * @param {import('../lib/browsers.mjs').LensBrowser} lens
 */
export async function serviceWorkerStopper(lens) {
  const control = await lens.browser.newPage();
  const cdp = await control.createCDPSession();
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(lens.extensionOrigin)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  // The domain learns the registrations asynchronously; stopAllWorkers before that stops nothing.
  for (let i = 0; i < 200 && status === 'unknown'; i++) await new Promise((r) => setTimeout(r, 10));
  return {
    get status() {
      return status;
    },
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 5000;
      while (status !== 'stopped') {
        if (Date.now() > deadline) throw new Error(`bench: the service worker did not stop (${status})`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => control.close().catch(() => undefined),
  };
}

/** Sums the sizes of the content script's highlights, as the page's own script could read them. */
export const HIGHLIGHT_COUNT_JS = `${JSON.stringify([HIGHLIGHT.state, HIGHLIGHT.otherState, HIGHLIGHT.term])}
  .reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0)`;

/**
 * The centre of a highlighted term the pointer can reach (scrolled into view; a term under a
 * sticky header or an overlay is skipped), trying the highlight names in order; or null.
 * @param {string[]} names
 */
export const hoverableTermJs = (names) => `(() => {
  for (const name of ${JSON.stringify(names)}) {
    for (const range of CSS.highlights.get(name) ?? []) {
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      if (!r || r.width === 0) continue;
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y)?.contains(range.startContainer)) return { x, y, text: range.toString() };
    }
  }
  return null;
})()`;

/**
 * One load of a page in a fresh tab, traced: what our scripts cost it (trace.mjs), or null when
 * nothing of ours ran (or the trace lost it).
 * @param {import('../lib/browsers.mjs').LensBrowser} lens @param {import('../lib/server.mjs').FixtureServer} server
 * @param {string} file @param {number} settleMs  time after `load` for the lens and its first scan
 */
export async function tracedLoad(lens, server, file, settleMs) {
  const tab = await openTab(lens, server.origin);
  try {
    await tab.page.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.page.goto(server.url(encodeURI(file)), { waitUntil: 'load', timeout: 30_000 });
    await new Promise((r) => setTimeout(r, settleMs));
    return contentScriptCost(JSON.parse(Buffer.from(/** @type {Uint8Array} */ (await tab.page.tracing.stop())).toString()).traceEvents);
  } finally {
    await tab.page.close().catch(() => undefined);
  }
}
