/**
 * The content script every page runs is a small gate and says nothing to the page: the lens is
 * injected by the background only where the extension is on, the popover's UI into the frame where
 * a reader first points at a term (or uses the keyboard command), and until then a page sees no
 * element, event or message from us.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, FIREFOX_ADDON_ID } from '../../scripts/lib/browsers.mjs';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../scripts/lib/paths.mjs';
import { HOST, hover, registeredRanges, sendFocusNextTerm, sleep, storeSettings, untilRegistered, waitForHighlights, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

interface PageView {
  messages: string[];
  events: string[];
  mutations: number;
  host: boolean;
}

describe.each(BROWSERS)('first use in %s', (name) => {
  const session = useLensSession(name);
  const watch = () => (name === 'chromium' ? session.lens.extensionOrigin.replace('chrome-extension://', '') : FIREFOX_ADDON_ID);
  const pageView = () =>
    session.page.evaluate(
      (tag: string): PageView => {
        const w = window as unknown as { __messages: string[]; __extensionEvents: string[]; __mutations: unknown[] };
        return { messages: w.__messages, events: w.__extensionEvents, mutations: w.__mutations.length, host: !!document.querySelector(tag) };
      },
      HOST,
    );

  it('a page sees no element, event or message from us before the first hover; the first hover loads the UI', async () => {
    await session.open(`article.html#watch=${encodeURIComponent(watch())}`, { minHighlights: 10 });
    expect(await pageView()).toEqual({ messages: [], events: [], mutations: 0, host: false });
    await hover(session.page, '#license', 'California');
    const view = await waitForPopover(session.page);
    expect(view.name).toContain('California');
    expect(view.answers.length).toBeGreaterThan(0);
    // Still no message or event for the page; the one element is our host.
    const after = await pageView();
    expect(after.messages).toEqual([]);
    expect(after.events).toEqual([]);
    expect(after.host).toBe(true);
    expect(session.errors).toEqual([]);
    await session.rest();
  });

  it('where the extension is off for the site nothing of ours is evaluated; switching the site on starts the lens without a reload', async () => {
    // Chromium's debugger lists every script parsed in the tab, isolated worlds included.
    const parsed: string[] = [];
    const cdp = name === 'chromium' ? await session.page.createCDPSession() : undefined;
    cdp?.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
    await cdp?.send('Debugger.enable');
    // Enabling lists the scripts of the page already open (the previous test's): not this page's.
    parsed.length = 0;
    await storeSettings(session.lens, { disabledSites: ['127.0.0.1'] });
    await untilRegistered(session.lens, (r) => !!r?.excludeMatches?.includes('*://127.0.0.1/*'));
    try {
      await session.open('article.html', { minHighlights: 0 });
      await sleep(1_000);
      expect(await registeredRanges(session.page)).toEqual([]);
      if (cdp) {
        // Not even the content script: it is registered only where the extension is on.
        expect(parsed.filter((url) => /\/content-gate\.js$|\/content-lens\.js$/.test(url))).toEqual([]);
      }
      await storeSettings(session.lens, {});
      await waitForHighlights(session.page, 10);
      if (cdp) {
        expect(parsed.filter((url) => url.endsWith('/content-gate.js'))).toHaveLength(1);
        expect(parsed.filter((url) => url.endsWith('/content-lens.js'))).toHaveLength(1);
      }
      expect(session.errors).toEqual([]);
    } finally {
      await cdp?.detach();
      await storeSettings(session.lens, {});
      await untilRegistered(session.lens, (r) => !!r && !r.excludeMatches?.length);
    }
  });

  it('the keyboard command on a fresh page loads the UI and opens the first term with focus inside', async () => {
    await session.open('licences-article.html', { minHighlights: 3 });
    expect((await pageView()).host).toBe(false);
    await sendFocusNextTerm(session.lens, session.page);
    const view = await waitForPopover(session.page);
    expect(view.focusInside).toBe(true);
    expect(view.answers.length + (view.text.includes('What the law says now') ? 1 : 0)).toBeGreaterThan(0);
    await session.page.keyboard.press('Escape');
  });
  // Last in the file: it installs the extension again.
  it('pages already open when the extension is installed get the lens without a reload (and in Chrome the removed one lets go of the page)', async () => {
    await session.open('article.html', { minHighlights: 10 });
    const id = name === 'chromium' ? session.lens.extensionOrigin.replace('chrome-extension://', '') : FIREFOX_ADDON_ID;
    await session.lens.browser.uninstallExtension(id);
    if (name === 'chromium') {
      // Chrome leaves the removed extension's lens running, orphaned: it takes its highlights away
      // once the reader presses on the page.
      await session.page.mouse.click(4, 4);
      await session.page.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) === 0, { polling: 50, timeout: 5_000 });
    } else {
      // Firefox unloads the lens's code at once, before it can clean up: the ranges it registered
      // stay until the page reloads. Empty the page's registry (one for all worlds), so that only a
      // lens of the new installation can fill it again.
      await session.page.evaluate(() => CSS.highlights.clear());
    }
    await session.lens.browser.installExtension(name === 'chromium' ? CHROME_BUILD : FIREFOX_BUILD);
    // A registered content script reaches only pages loaded after it: the open one is injected.
    await waitForHighlights(session.page, 10, 20_000);
    expect(session.errors).toEqual([]);
  });
});
