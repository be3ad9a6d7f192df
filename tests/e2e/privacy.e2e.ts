/**
 * Privacy and security end to end: zero network from any extension context, page text
 * stays text in the popover, and a web page cannot talk to the extension or switch it off.
 */
import type { CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, FIREFOX_ADDON_ID, type LensBrowser } from '../../scripts/lib/browsers.mjs';
import { HOST, hover, registeredRanges, sendFocusNextTerm, sleep, waitForNoPopover, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

describe.each(BROWSERS)('privacy and security in %s', (name) => {
  /** Every request seen, as "context url". */
  const requests: string[] = [];
  const cdpSessions: CDPSession[] = [];

  /**
   * Chromium: a browser-wide Fetch interception sees every request of every page, extension
   * pages included, but not the service worker's; a CDP session on the worker with the Network
   * domain covers it. Firefox: WebDriver BiDi reports requests per tab (page.on('request')), so
   * pages and extension pages opened as tabs are covered; the background page is not reachable
   * over BiDi, and there the fixture server's own log (any request to 127.0.0.1) and the lint
   * rule against fetch/XMLHttpRequest/WebSocket/EventSource are what we have.
   */
  async function recordRequests(lens: LensBrowser): Promise<void> {
    if (name === 'chromium') {
      const browserSession = await lens.browser.target().createCDPSession();
      browserSession.on('Fetch.requestPaused', (e) => {
        requests.push(`${e.resourceType} ${e.request.url}`);
        void browserSession.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => undefined);
      });
      await browserSession.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
      cdpSessions.push(browserSession);
      const watchWorker = async (target: import('puppeteer-core').Target) => {
        if (target.type() !== 'service_worker' || !target.url().startsWith(lens.extensionOrigin)) return;
        const workerSession = await target.createCDPSession();
        workerSession.on('Network.requestWillBeSent', (e) => requests.push(`service-worker ${e.request.url}`));
        await workerSession.send('Network.enable');
        cdpSessions.push(workerSession);
      };
      for (const target of lens.browser.targets()) await watchWorker(target);
      lens.browser.on('targetcreated', (t) => void watchWorker(t));
    }
  }

  const watchPage = (p: Page, label: string) => {
    if (name === 'firefox') p.on('request', (r: HTTPRequest) => requests.push(`${label} ${r.url()}`));
  };

  const session = useLensSession(name, { onLaunch: recordRequests });
  beforeAll(async () => {
    watchPage(session.page, 'page');
    await session.open('untrusted.html', { minHighlights: 4 });
  });
  // Registered after the session's own, so it runs before the browser closes.
  afterAll(async () => {
    for (const s of cdpSessions) await s.detach().catch(() => undefined);
  });

  describe('page text is text', () => {
    it('markup next to a term stays inert in the page and in our popover', async () => {
      let alerts = 0;
      session.page.on('dialog', (d) => {
        alerts++;
        void d.dismiss();
      });
      for (const [selector, term] of [
        ['#markup', 'New Mexico'],
        ['#markup', 'ICE'],
        ['#attrs', 'California'],
      ] as const) {
        await hover(session.page, selector, term);
        const view = await waitForPopover(session.page);
        expect(view.name).toContain(term);
        const inside = await session.page.evaluate((tag: string) => {
          const root = document.querySelector(tag)!.shadowRoot!;
          return {
            active: root.querySelectorAll('img, script, iframe, object, embed, svg, style, link').length,
            handlers: [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
            links: [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol),
          };
        }, HOST);
        expect(inside.active).toBe(0);
        expect(inside.handlers).toEqual([]);
        expect(inside.links.every((p) => p === 'https:' || p === 'http:')).toBe(true);
        await session.page.mouse.move(4, 700, { steps: 3 });
        await waitForNoPopover(session.page);
      }
      expect(await session.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(alerts).toBe(0);
    });
  });

  describe('a web page cannot reach the extension', () => {
    it('has no extension messaging API to call (no externally_connectable)', async () => {
      const api = await session.page.evaluate(() => {
        const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
        return { chromeRuntime: typeof g.chrome?.runtime?.sendMessage, browser: typeof g.browser };
      });
      expect(api).toEqual({ chromeRuntime: 'undefined', browser: 'undefined' });
    });

    it('ignores forged window messages in our protocol’s wire format', async () => {
      await session.page.evaluate(() => {
        const message = { id: 1, type: 'focusNextTerm', data: undefined, timestamp: Date.now() };
        window.postMessage(message, '*');
        window.postMessage({ type: '@webext-core/messaging/window', message, namespace: 'data-sharing-lens', instanceId: 'forged', senderOrigin: location.origin }, '*');
        window.dispatchEvent(new CustomEvent('@webext-core/messaging/custom-events', { detail: { message, namespace: 'data-sharing-lens', instanceId: 'forged' } }));
      });
      await sleep(600);
      expect(await session.page.evaluate((tag: string) => !!document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]'), HOST)).toBe(false);
    });

    it('cannot switch the lens off by forging WXT’s "newer content script started" event', async () => {
      // WXT's content-script context stops itself when a newer copy announces itself with this
      // event; its name is built from the extension id, which pages can learn.
      const id = name === 'chromium' ? session.lens.extensionOrigin.replace('chrome-extension://', '') : FIREFOX_ADDON_ID;
      const before = (await registeredRanges(session.page)).length;
      await session.page.evaluate((extensionId: string) => {
        const type = `${extensionId}:content:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
      }, id);
      await sleep(500);
      expect((await registeredRanges(session.page)).length).toBe(before);
      await hover(session.page, '#markup', 'New Mexico');
      expect((await waitForPopover(session.page)).name).toContain('New Mexico');
      await session.page.mouse.move(4, 700, { steps: 3 });
      await waitForNoPopover(session.page);
    });
  });

  describe('zero network', () => {
    it('no extension context requests anything but its own files', async () => {
      // Exercise every context: content script lookups, the keyboard command, popup search,
      // side panel and options.
      await sendFocusNextTerm(session.lens, session.page);
      await waitForPopover(session.page);
      await session.page.keyboard.press('Escape');
      const popup = await session.lens.openExtensionPage('popup.html', '[data-doc-id]');
      watchPage(popup, 'popup');
      await popup.type('#query', 'license');
      await popup.waitForSelector('[data-result-id]');
      const panel = await session.lens.openExtensionPage('sidepanel.html?state=NM', 'body');
      watchPage(panel, 'sidepanel');
      const options = await session.lens.openExtensionPage('options.html', 'body');
      watchPage(options, 'options');
      await sleep(1_000);

      const fixture = new Set(['/untrusted.html', '/favicon.ico']);
      const foreign = requests.filter((line) => {
        const url = line.slice(line.indexOf(' ') + 1);
        if (url.startsWith(session.lens.extensionOrigin) || url.startsWith('data:')) return false;
        return !(url.startsWith(session.server.origin) && fixture.has(new URL(url).pathname));
      });
      expect(foreign).toEqual([]);
      // Whatever context asked, the fixture server saw only what the page itself loads.
      expect(session.server.requests.filter((p) => !fixture.has(p))).toEqual([]);
      for (const p of [popup, panel, options]) await p.close();
    });

    it('(control) the recorders do see a request an extension context makes', async () => {
      const probe = `${session.server.origin}/probe-from-extension`;
      const script = `fetch(${JSON.stringify(probe)}).then(() => 'sent', () => 'sent')`;
      if (name === 'chromium') {
        const worker = await session.lens.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.lens.extensionOrigin));
        await (await worker.worker())!.evaluate(script);
      } else {
        const options = await session.lens.openExtensionPage('options.html', 'body');
        watchPage(options, 'options');
        await options.evaluate(script);
        await options.close();
      }
      await sleep(300);
      expect(requests.filter((r) => r.endsWith('/probe-from-extension'))).toHaveLength(1);
      expect(session.server.requests).toContain('/probe-from-extension');
    });
  });

  it('sent nothing to the console', () => {
    expect(session.errors).toEqual([]);
  });
});
