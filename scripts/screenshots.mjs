#!/usr/bin/env node
// `npm run screenshots`: renders the popover on the fixture article, the popup mid-search and the
// side panel for New Mexico in headless Chromium (light and dark) to docs/screenshots/*.png, the
// pictures README shows. Needs `npm run build` first.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT } from './lib/paths.mjs';
import { HOST, openLensSession, sleep } from './lib/session.mjs';

if (!existsSync(CHROME_BUILD)) {
  console.error('No Chrome build: run `npm run build` first.');
  process.exit(1);
}
const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const session = await openLensSession('chromium');
const { lens, page } = session;

try {
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
} finally {
  await session.close();
}
