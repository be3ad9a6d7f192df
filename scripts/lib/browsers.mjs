/**
 * Launches real Chromium or Firefox with the built extension, through one API (puppeteer-core:
 * CDP for Chromium, WebDriver BiDi for Firefox), so every end-to-end test runs in both and the
 * scripts (bench, screenshots) drive the same browsers. Plain JS with JSDoc types.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_PATH, FIREFOX_BUILD, FIREFOX_PATH } from './paths.mjs';

/** @typedef {'chromium' | 'firefox'} BrowserName */

/** @type {BrowserName[]} */
export const BROWSERS = /** @type {BrowserName[]} */ (process.env.E2E_BROWSERS?.split(',') ?? ['chromium', 'firefox']);

export const FIREFOX_ADDON_ID = '{94995c3c-2b89-455a-9010-dd1a3d87800b}';
export const FIREFOX_UUID = '5c0c2b9e-2f35-4c55-9a35-6d1f3c4e7a10';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/**
 * @typedef {object} LensBrowser
 * @property {BrowserName} name
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionOrigin  chrome-extension://ID or moz-extension://UUID
 * @property {(path: string, ready: string) => Promise<import('puppeteer-core').Page>} openExtensionPage
 * @property {() => Promise<import('puppeteer-core').Page>} newPage
 * @property {() => Promise<void>} close
 */

/**
 * How every Chromium here is launched, with the extension or (for the bench's "without" side)
 * without it, so both sides of a comparison run the same browser the same way.
 * @param {string} profile @param {string} [lang]
 * @returns {import('puppeteer-core').LaunchOptions}
 */
function chromiumLaunchOptions(profile, lang) {
  return {
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_ARGS, ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [])],
    env: { ...process.env, ...(lang ? { LANGUAGE: lang, LANG: `${lang}.UTF-8` } : {}) },
  };
}

/**
 * @param {BrowserName} name
 * @param {{ lang?: string, build?: string, colorScheme?: 'light' | 'dark' }} [options]
 * @returns {Promise<LensBrowser>}
 */
export async function launchBrowser(name, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), `lens-${name}-`));
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  let extensionOrigin;
  if (name === 'chromium') {
    browser = await puppeteer.launch({ ...chromiumLaunchOptions(profile, options.lang), enableExtensions: true });
    const id = await browser.installExtension(options.build ?? CHROME_BUILD);
    extensionOrigin = `chrome-extension://${id}`;
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin), { timeout: 20_000 });
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1200, height: 800 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
        ...(options.lang ? { 'intl.locale.requested': options.lang, 'intl.accept_languages': options.lang } : {}),
      },
    });
    await browser.installExtension(options.build ?? FIREFOX_BUILD);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }

  const lens = {
    name,
    browser,
    extensionOrigin,
    newPage: () => browser.newPage(),
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      // Firefox never reports an extension page's navigation as finished, and the frame is
      // replaced during it, which strands a waitForSelector started too early: poll instead.
      void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const found = await page.$(ready).catch(() => null);
        if (found) return page;
        if (Date.now() > deadline) throw new Error(`${path}: ${ready} did not appear within 20 s`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    close: () => closeAndRemove(browser, profile),
  };
  await contentScriptRegistered(lens);
  return lens;
}

/**
 * The background registers the content script when it starts (on the sites where the extension
 * is on: all of them, by default). A page opened before that would get none, as in a browser that
 * just installed the extension: wait for it.
 * @param {Pick<LensBrowser, 'openExtensionPage'>} lens
 */
async function contentScriptRegistered(lens) {
  const page = await lens.openExtensionPage('options.html', 'body');
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const count = await page
        .evaluate(() => (globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts().then((s) => s.length))
        .catch(() => 0);
      if (count > 0) return;
      if (Date.now() > deadline) throw new Error('the background registered no content script within 20 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await page.close();
  }
}

/**
 * Chromium without the extension, for the "without" side of a comparison.
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, newPage: () => Promise<import('puppeteer-core').Page>, close: () => Promise<void> }>}
 */
export async function launchPlainChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'lens-plain-'));
  const browser = await puppeteer.launch(chromiumLaunchOptions(profile));
  return { browser, newPage: () => browser.newPage(), close: () => closeAndRemove(browser, profile) };
}

/** @param {import('puppeteer-core').Browser} browser @param {string} profile */
async function closeAndRemove(browser, profile) {
  await browser.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
}

/**
 * Collects console errors and uncaught exceptions of a page.
 * @param {import('puppeteer-core').Page} page
 */
export function watchErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
