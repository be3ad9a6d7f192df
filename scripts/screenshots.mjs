#!/usr/bin/env node
// `npm run screenshots`: renders, in headless Chromium with the built extension,
// - docs/screenshots/*.png, the pictures README shows: the popover on the fixture article, the
//   popup mid-search and the side panel for New Mexico (light and dark);
// - docs/store/*.png, the store listing's pictures: four 1280×800 screenshots (the popover on an
//   article, the popup mid-search, the side panel for New Mexico, and for Texas, a state without
//   documents) and the 440×280 promo tile.
// `--store` renders only the store pictures. Needs `npm run build` first.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT } from './lib/paths.mjs';
import { HOST, openLensSession, sleep, until } from './lib/session.mjs';

if (!existsSync(CHROME_BUILD)) {
  console.error('No Chrome build: run `npm run build` first.');
  process.exit(1);
}
const storeOnly = process.argv.includes('--store');
const OUT = join(ROOT, 'docs/screenshots');
const STORE = join(ROOT, 'docs/store');
mkdirSync(OUT, { recursive: true });
mkdirSync(STORE, { recursive: true });

const session = await openLensSession('chromium');
const { lens, page } = session;

async function readmeScreenshots() {
  await page.setViewport({ width: 1100, height: 760 });
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const suffix = scheme === 'dark' ? '-dark' : '';

    // The popover, opened by hovering "California" in the article like a reader would.
    // One tab for both schemes: the popup and side panel of the first were in front of it.
    await page.bringToFront();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await session.open('article.html');
    const point = await page.evaluate(() => {
      const p = /** @type {HTMLElement} */ (document.getElementById('license'));
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = /** @type {Text} */ (n);
        const i = text.data.indexOf('California');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 10);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      throw new Error('no "California" in #license');
    });
    await page.mouse.move(point.x - 60, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 6 });
    await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role=dialog] [data-answer-id]'), {}, HOST);
    await page.evaluate((host) => {
      // Open the first review note so the picture shows what a badge leads to.
      const root = document.querySelector(host)?.shadowRoot;
      const details = root?.querySelector('details.review[data-verdict="wrong"]') ?? root?.querySelector('details.review');
      if (details) /** @type {HTMLDetailsElement} */ (details).open = true;
    }, HOST);
    await sleep(300);
    await page.screenshot({ path: join(OUT, `popover${suffix}.png`) });
    await session.rest();

    // The popup mid-search.
    const popup = await lens.openExtensionPage('popup.html', '[data-doc-id]');
    await popup.setViewport({ width: 460, height: 640 });
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.type('#query', 'drivers licence court', { delay: 20 });
    await popup.waitForSelector('[data-result-id]');
    await sleep(200);
    await popup.screenshot({ path: join(OUT, `popup-search${suffix}.png`) });
    await popup.close();

    // The side panel for New Mexico (both documents).
    const panel = await lens.openExtensionPage('sidepanel.html?state=NM', '[data-state-summary="NM"] [data-doc-id]');
    await panel.setViewport({ width: 420, height: 1400 });
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await sleep(200);
    await panel.screenshot({ path: join(OUT, `sidepanel-nm${suffix}.png`) });
    await panel.close();
  }
  console.log(`Screenshots written to ${OUT}`);
}

// ── Store material ────────────────────────────────────────────────────────────────────────────

/** Store screenshots: 1280×800, a strip of browser chrome (40 px) over the 1280×760 content. */
const SHOT = { width: 1280, height: 800 };
const CHROME_BAR = 40;
const CONTENT = { width: SHOT.width, height: SHOT.height - CHROME_BAR };
/** Chrome's toolbar popup is at most 600 px tall; ours is 440 px wide (components/pages.css). */
const POPUP = { width: 440, height: 600 };
const PANEL = { width: 420, height: CONTENT.height };
const ARTICLE = 'licences-article.html';

const dataUrl = (/** @type {string} */ base64) => `data:image/png;base64,${base64}`;
const ICON_32 = dataUrl(readFileSync(join(ROOT, 'public/icon/32.png')).toString('base64'));
const ICON_128 = dataUrl(readFileSync(join(ROOT, 'public/icon/128.png')).toString('base64'));

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * A puppeteer call that must not hang the script (a screenshot of a tab that is not in front).
 * @template T @param {Promise<T>} promise @param {string} what
 */
function within(promise, what, ms = 15_000) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

/**
 * Width and height from a PNG's header, to be sure of what the stores will get.
 * @param {string} file
 */
function pngSize(file) {
  const buf = readFileSync(file);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** @param {string} file @param {{ width: number, height: number }} size */
function expectSize(file, size) {
  const got = pngSize(file);
  if (got.width !== size.width || got.height !== size.height) throw new Error(`${file} is ${got.width}×${got.height}, not ${size.width}×${size.height}`);
  console.log(`  ${file.replace(`${ROOT}/`, '')} (${got.width}×${got.height})`);
}

/**
 * Renders a small HTML page of our own (no network: images are data URLs, fonts are the system's)
 * and saves it as a PNG of exactly `size`.
 * @param {string} file @param {{ width: number, height: number }} size @param {string} body @param {string} css
 */
async function renderHtml(file, size, body, css) {
  const canvas = await lens.newPage();
  try {
    await canvas.setViewport({ ...size, deviceScaleFactor: 1 });
    await canvas.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await canvas.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
        html, body { margin: 0; width: ${size.width}px; height: ${size.height}px; overflow: hidden; }
        body { font-family: 'DejaVu Sans', 'Noto Sans', system-ui, sans-serif; -webkit-font-smoothing: antialiased; }
        ${css}</style></head><body>${body}</body></html>`,
      { waitUntil: 'load' },
    );
    await canvas.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    await canvas.screenshot({ path: file, clip: { x: 0, y: 0, ...size } });
  } finally {
    await canvas.close();
  }
  expectSize(file, size);
}

/**
 * One store screenshot: a strip of browser chrome (the tab's title, the extension's button) over
 * the content, laid out from absolutely placed images.
 * @param {string} name
 * @param {{ title: string, buttonActive?: boolean, layers: { src: string, x: number, y: number, width: number, height: number, kind?: 'popup' | 'panel' }[] }} shot
 */
async function storeShot(name, { title, buttonActive = false, layers }) {
  const images = layers
    .map(
      (l) =>
        `<img class="${l.kind ?? 'page'}" src="${l.src}" style="left:${l.x}px;top:${CHROME_BAR + l.y}px;width:${l.width}px;height:${l.height}px" alt="">`,
    )
    .join('');
  await renderHtml(
    join(STORE, name),
    SHOT,
    `<div class="bar"><div class="tab"><span class="favicon"></span><span class="title">${escapeHtml(title)}</span></div>
      <span class="button${buttonActive ? ' active' : ''}"><img src="${ICON_32}" width="20" height="20" alt=""></span></div>${images}`,
    `body { background: #fff; position: relative; }
     .bar { position: absolute; inset: 0 0 auto 0; height: ${CHROME_BAR}px; box-sizing: border-box; background: #dee3ea; border-bottom: 1px solid #c4cad3; display: flex; align-items: flex-end; padding: 0 12px 0 10px; }
     .tab { display: flex; align-items: center; gap: 8px; width: 340px; height: 32px; padding: 0 12px; box-sizing: border-box; background: #fff; border-radius: 9px 9px 0 0; font-size: 12.5px; color: #1b1e23; }
     .tab .title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
     .favicon { flex: none; width: 14px; height: 14px; border-radius: 3px; background: #7b8594; }
     .button { margin: 0 0 5px auto; width: 30px; height: 30px; border-radius: 50%; display: grid; place-items: center; }
     .button.active { background: #c3cedd; }
     img.page, img.popup, img.panel { position: absolute; display: block; }
     img.popup { border: 1px solid #b9c0ca; border-radius: 8px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.28); }
     img.panel { border-left: 1px solid #c4cad3; }`,
  );
}

/** @param {import('puppeteer-core').Page} target */
const screenshotBase64 = (target, what) => within(/** @type {Promise<string>} */ (target.screenshot({ encoding: 'base64' })), what);

/** The point in the middle of the first `text` inside `selector`, for the pointer. */
async function pointOf(/** @type {string} */ selector, /** @type {string} */ text) {
  return page.evaluate(
    (sel, needle) => {
      const root = /** @type {HTMLElement} */ (document.querySelector(sel));
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = /** @type {Text} */ (n);
        const i = t.data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + needle.length);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      throw new Error(`no "${needle}" in ${sel}`);
    },
    selector,
    text,
  );
}

/**
 * The side panel for `state` beside the article, as Chrome shows it: beside the reader's tab,
 * listing the states that tab's page names. Here the panel is a tab of its own, in front (a tab
 * that is not in front does not paint in headless Chromium, so it cannot be the article's): the
 * panel's tab is given what the article's tab reported to the background (the per-tab record,
 * `pageInfo:<tab id>` in storage.session, utils/browser/storage-items.ts), so it lists the
 * article's states. `scrollTo` scrolls the panel to an element.
 * @param {string} state @param {string} ready @param {string} [scrollTo]
 */
async function panelBesideArticle(state, ready, scrollTo) {
  const panel = await lens.openExtensionPage(`sidepanel.html?state=${state}`, ready);
  try {
    await panel.setViewport(PANEL);
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const copied = await panel
      .evaluate(async (articlePath) => {
        const ext = /** @type {any} */ (globalThis).chrome;
        const article = (await ext.tabs.query({})).find((/** @type {any} */ tab) => tab.url?.includes(articlePath));
        const own = await ext.tabs.getCurrent();
        if (article?.id === undefined || own?.id === undefined) return 'no article tab';
        const key = `pageInfo:${article.id}`;
        const info = (await ext.storage.session.get(key))[key];
        if (!info) return 'the article reported no states';
        await ext.storage.session.set({ [`pageInfo:${own.id}`]: info });
        return 'ok';
      }, ARTICLE)
      .catch((error) => String(error));
    if (copied === 'ok') {
      await until(panel, () => document.querySelectorAll('[data-page-state]').length > 0, undefined, 5_000, 'the panel lists the article’s states').catch((error) => {
        console.warn(`  ${state}: ${error instanceof Error ? error.message : error}`);
      });
    } else console.warn(`  ${state}: ${copied}; the panel lists no states on the page`);
    if (scrollTo) {
      await panel.evaluate((sel) => {
        document.querySelector(sel)?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -10);
      }, scrollTo);
    }
    await sleep(300);
    return await screenshotBase64(panel, `side panel ${state}`);
  } finally {
    await panel.close();
    await page.bringToFront();
  }
}

async function storeScreenshots() {
  console.log('Store screenshots:');
  await page.bringToFront();
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.setViewport({ ...CONTENT, deviceScaleFactor: 1 });
  await session.open(ARTICLE, { minHighlights: 3 });
  const title = await page.title();

  // 1. The popover, opened by resting the pointer on "New Mexico" like a reader would.
  const nm = await pointOf('#nm', 'New Mexico');
  await page.mouse.move(nm.x - 60, nm.y + 60);
  await page.mouse.move(nm.x, nm.y, { steps: 6 });
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('[role=dialog] [data-status-card]'), { timeout: 15_000 }, HOST);
  await sleep(400);
  const popover = await screenshotBase64(page, 'popover');
  await storeShot('screenshot-1-popover.png', { title, layers: [{ src: dataUrl(popover), x: 0, y: 0, ...CONTENT }] });
  await session.rest();

  // 2. The popup mid-search, open over the article under the toolbar button.
  await sleep(200);
  const article = await screenshotBase64(page, 'article');
  const popup = await lens.openExtensionPage('popup.html', '[data-doc-id]');
  let popupShot;
  try {
    await popup.setViewport(POPUP);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await popup.type('#query', 'drivers licence court', { delay: 20 });
    await popup.waitForSelector('[data-result-id]');
    await sleep(300);
    popupShot = await screenshotBase64(popup, 'popup');
  } finally {
    await popup.close();
  }
  await page.bringToFront();
  await storeShot('screenshot-2-popup-search.png', {
    title,
    buttonActive: true,
    layers: [
      { src: dataUrl(article), x: 0, y: 0, ...CONTENT },
      { src: dataUrl(popupShot), x: SHOT.width - POPUP.width - 14, y: 2, ...POPUP, kind: 'popup' },
    ],
  });

  // 3 and 4. The side panel beside the article: New Mexico (documents), Texas (none: its status).
  const narrow = { width: SHOT.width - PANEL.width, height: CONTENT.height };
  await page.setViewport({ ...narrow, deviceScaleFactor: 1 });
  await sleep(300);
  const articleNarrow = await screenshotBase64(page, 'article beside the panel');
  const beside = (/** @type {string} */ panelShot) => [
    { src: dataUrl(articleNarrow), x: 0, y: 0, ...narrow },
    { src: dataUrl(panelShot), x: narrow.width, y: 0, ...PANEL, kind: /** @type {const} */ ('panel') },
  ];
  const nmPanel = await panelBesideArticle('NM', '[data-state-summary="NM"] [data-doc-id]');
  await storeShot('screenshot-3-sidepanel-nm.png', { title, layers: beside(nmPanel) });
  const txPanel = await panelBesideArticle('TX', '[data-state-summary="TX"] [data-status-card]', '[data-state-summary="TX"]');
  await storeShot('screenshot-4-sidepanel-tx.png', { title, layers: beside(txPanel) });
}

/** The 440×280 promo tile: the icon, the name and a one-line pitch. */
async function promoTile() {
  const size = { width: 440, height: 280 };
  await renderHtml(
    join(STORE, 'promo-440x280.png'),
    size,
    `<main><img src="${ICON_128}" width="96" height="96" alt="">
      <div><h1>Data Sharing Lens</h1><p>Does this state’s DMV or court share data with ICE? The checked answer, right in the article.</p></div></main>
      <footer>Chrome · Firefox · English &amp; Español</footer>`,
    `body { background: linear-gradient(160deg, #ffffff 0%, #e6eefb 100%); color: #1b1e23; }
     main { display: flex; align-items: center; gap: 22px; padding: 52px 30px 0 28px; }
     img { flex: none; }
     h1 { margin: 0 0 10px; font-size: 24px; line-height: 1.1; letter-spacing: -0.3px; white-space: nowrap; color: #16407f; }
     p { margin: 0; font-size: 15px; line-height: 1.4; color: #2c333d; }
     footer { position: absolute; left: 0; right: 0; bottom: 0; height: 44px; display: flex; align-items: center; padding: 0 28px; background: #1f5fbf; color: #fff; font-size: 13px; letter-spacing: 0.2px; }`,
  );
}

// Last, once every constant above is initialised.
try {
  if (!storeOnly) await readmeScreenshots();
  await storeScreenshots();
  await promoTile();
} finally {
  await session.close();
}
