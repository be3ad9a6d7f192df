// @ts-check
/**
 * One lens session per browser, as the end-to-end tests, the bench and the screenshots all start
 * it: the fixture server on 127.0.0.1, the browser with the built extension, and a page tab whose
 * console errors are collected; `open` navigates and waits for the scan to settle, `rest` moves
 * the pointer away so the popover closes. Also what those need to read a page from outside: our
 * host element's and highlights' names and the waits built on them. Plain JS with JSDoc types, so
 * the scripts use it without a TypeScript loader and the tests get its types.
 */
import { launchBrowser, watchErrors } from './browsers.mjs';
import { FIXTURES } from './paths.mjs';
import { startServer } from './server.mjs';

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').Frame} Frame */

/** Our element on the page; the popover lives in its open shadow root. */
export const HOST = 'data-sharing-lens';

/** The names the content script registers its ranges under in CSS.highlights. */
export const HIGHLIGHT = /** @type {const} */ ({
  state: 'data-sharing-lens-state',
  otherState: 'data-sharing-lens-other-state',
  term: 'data-sharing-lens-term',
  active: 'data-sharing-lens-active',
});

/** @param {number} ms */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `check` in the page until it returns true. Not puppeteer's waitForFunction: that injects
 * helpers into the page's world, which a page that pollutes Object.prototype breaks
 * (hostile-builtins.html); a plain evaluate does not.
 * @template A
 * @param {Page | Frame} target
 * @param {(arg: A) => boolean} check  runs in the page
 * @param {A} arg
 */
export async function until(target, check, arg, timeout = 5_000, what = 'condition') {
  const deadline = Date.now() + timeout;
  const inPage = /** @type {(a: unknown) => boolean} */ (check);
  while (!(await target.evaluate(inPage, /** @type {unknown} */ (arg)).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeout} ms`);
    await sleep(50);
  }
}

/** @param {Page | Frame} target */
const countHighlights = (target) =>
  target.evaluate((prefix) => {
    let size = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith(prefix)) size += h.size;
    return size;
  }, HOST);

/**
 * Waits for at least `min` highlights and then for the scan to settle (the count unchanged for
 * `settleMs`): the scanner works in idle slices, so the first highlights come before the last.
 * @param {Page | Frame} target
 */
export async function waitForHighlights(target, min = 1, timeout = 15_000, settleMs = 400) {
  const deadline = Date.now() + timeout;
  let count = await countHighlights(target).catch(() => 0);
  let stableSince = Date.now();
  for (;;) {
    if (count >= min && Date.now() - stableSince >= settleMs) return;
    if (Date.now() > deadline) throw new Error(`${min} highlights not reached within ${timeout} ms (have ${count})`);
    await sleep(50);
    const next = await countHighlights(target).catch(() => 0);
    if (next !== count) {
      count = next;
      stableSince = Date.now();
    }
  }
}

/** @param {Page | Frame} target */
export async function waitForNoPopover(target, timeout = 3_000) {
  await until(target, (tag) => !document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]'), HOST, timeout, 'no popover');
}

/**
 * @typedef {object} LensSessionOptions
 * @property {string | false} [fixtures]  the directory the server serves (default tests/fixtures/pages); false: no server
 * @property {(path: string) => Record<string, string>} [headers]  extra response headers per path
 * @property {string} [lang]  the browser's UI language
 * @property {string} [build]  the extension build to install (default .output/…)
 * @property {boolean} [page]  open a page tab with its errors collected (default true)
 * @property {(lens: import('./browsers.mjs').LensBrowser) => Promise<void> | void} [onLaunch]
 *   runs once the browser is up, before the page tab opens (to watch the browser from the start)
 */

/**
 * @typedef {object} OpenOptions
 * @property {number} [minHighlights]  wait for at least this many (default 1)
 * @property {number} [timeout]  for them to appear (default 15 s)
 * @property {number} [settleMs]  how long the count must stay unchanged (0 for a page that never settles)
 */

/**
 * @typedef {object} LensSession
 * @property {import('./browsers.mjs').BrowserName} name
 * @property {import('./browsers.mjs').LensBrowser} lens
 * @property {import('./server.mjs').FixtureServer} server  throws when opened with `fixtures: false`
 * @property {Page} page  the page tab; throws when opened with `page: false`
 * @property {string[]} errors  the page tab's console errors and uncaught exceptions
 * @property {(path: string, options?: OpenOptions) => Promise<Page>} open  navigates the page tab
 *   to a fixture page and waits for its highlights
 * @property {() => Promise<void>} rest  rests the pointer on blank margin and waits for the popover to close
 * @property {() => Promise<void>} close
 */

/**
 * @param {import('./browsers.mjs').BrowserName} name
 * @param {LensSessionOptions} [options]
 * @returns {Promise<LensSession>}
 */
export async function openLensSession(name, options = {}) {
  const fixtures = options.fixtures ?? FIXTURES;
  const server = fixtures === false ? undefined : await startServer(fixtures, { headers: options.headers });
  /** @type {import('./browsers.mjs').LensBrowser | undefined} */
  let lens;
  /** @type {Page | undefined} */
  let page;
  /** @type {string[]} */
  let errors = [];
  const close = async () => {
    try {
      await lens?.close();
    } finally {
      await server?.close();
    }
  };
  try {
    lens = await launchBrowser(name, { lang: options.lang, build: options.build });
    await options.onLaunch?.(lens);
    if (options.page ?? true) {
      page = await lens.newPage();
      errors = watchErrors(page);
    }
  } catch (error) {
    // A half-started session would keep the server (and the test run) alive.
    await close().catch(() => undefined);
    throw error;
  }
  const launched = lens;
  const pageTab = () => page ?? fail('this session was opened without a page (page: false)');
  const fixtureServer = () => server ?? fail('this session was opened without a server (fixtures: false)');
  return {
    name,
    lens: launched,
    get server() {
      return fixtureServer();
    },
    get page() {
      return pageTab();
    },
    errors,
    async open(path, { minHighlights = 1, timeout, settleMs } = {}) {
      const tab = pageTab();
      await tab.goto(fixtureServer().url(path));
      await waitForHighlights(tab, minHighlights, timeout, settleMs);
      return tab;
    },
    async rest() {
      const tab = pageTab();
      // The bottom-left corner: blank margin on every fixture page, whatever the viewport.
      await tab.mouse.move(4, (tab.viewport()?.height ?? 800) - 10, { steps: 2 });
      await waitForNoPopover(tab);
    },
    close,
  };
}

/** @param {string} message @returns {never} */
function fail(message) {
  throw new Error(message);
}
