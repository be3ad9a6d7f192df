/**
 * What the end-to-end tests read from a page the lens runs on, from the page's side only: the
 * highlights it registered in CSS.highlights, the popover in our open shadow root, and points to
 * hover computed from Ranges. Functions passed to evaluate run in the page (or a frame), so they
 * carry their own helpers.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { LensBrowser } from '../../../scripts/lib/browsers.mjs';
import { HIGHLIGHT, HOST, until } from '../../../scripts/lib/session.mjs';

// The session needs these too (to open a page and rest the pointer): they live with it.
export { HIGHLIGHT, HOST, sleep, until, waitForHighlights, waitForNoPopover } from '../../../scripts/lib/session.mjs';

export interface RegisteredRange {
  name: string;
  text: string;
  /** id of the nearest ancestor with one, else its tag: where on the page the term is. */
  where: string;
  connected: boolean;
  inShadow: boolean;
}

/** Every range the lens registered, as the page sees it. */
export function registeredRanges(target: Page | Frame): Promise<RegisteredRange[]> {
  return target.evaluate(() => {
    const out: RegisteredRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('data-sharing-lens')) continue;
      for (const r of highlight as Highlight) {
        const range = r as Range;
        const node = range.startContainer;
        const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
        out.push({
          name,
          text: range.toString(),
          where: el?.closest('[id]')?.id ?? el?.localName ?? '?',
          connected: node.isConnected,
          inShadow: node.getRootNode() instanceof ShadowRoot,
        });
      }
    }
    return out;
  });
}

/** "text@where" for every range under one highlight name, in registration order. */
export async function highlighted(target: Page | Frame, name: string = HIGHLIGHT.state): Promise<string[]> {
  return (await registeredRanges(target)).filter((r) => r.name === name).map((r) => `${r.text}@${r.where}`);
}

/**
 * The viewport point at the middle of the `nth` occurrence of `text` inside `selector` (found
 * through a Range over the element's text nodes, so it works for any markup).
 */
export async function pointOf(target: Page | Frame, selector: string, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await target.evaluate(
    (sel: string, needle: string, index: number) => {
      const root = document.querySelector(sel);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(needle); at >= 0; at = node.data.indexOf(needle, at + 1)) {
          if (seen++ < index) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0];
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    selector,
    text,
    nth,
  );
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

/** Moves the pointer in small steps, as a hand would, so the page sees a stream of pointermoves. */
export async function moveTo(page: Page, point: { x: number; y: number }, steps = 8): Promise<void> {
  await page.mouse.move(point.x, point.y, { steps });
}

export async function hover(page: Page, selector: string, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await pointOf(page, selector, text, nth);
  await page.mouse.move(point.x - 40, point.y + 60);
  await moveTo(page, point);
  return point;
}

export interface PopoverView {
  /** Accessible name, computed from aria-labelledby (or aria-label) as assistive tech would. */
  name: string;
  role: string | null;
  answers: { question: string; attribution: string; verdicts: string[] }[];
  text: string;
  rect: { left: number; top: number; right: number; bottom: number };
  side: 'above' | 'below';
  /** Focus is inside the dialog. */
  focusInside: boolean;
}

/** The open popover, or null. Reads through the open shadow root like any page script could. */
export function popover(target: Page | Frame): Promise<PopoverView | null> {
  return target.evaluate((tag: string) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!root || !dialog) return null;
    const labelledBy = dialog.getAttribute('aria-labelledby');
    const name = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ')
      : (dialog.getAttribute('aria-label') ?? '');
    const r = dialog.getBoundingClientRect();
    return {
      name,
      role: dialog.getAttribute('role'),
      answers: [...dialog.querySelectorAll('.answer')].map((a) => ({
        question: a.querySelector('.question')?.textContent ?? '',
        attribution: a.querySelector('[data-attribution]')?.textContent ?? '',
        verdicts: [...a.querySelectorAll('[data-verdict]')].map((v) => v.getAttribute('data-verdict') ?? ''),
      })),
      text: dialog.textContent ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      side: dialog.classList.contains('side-above') ? ('above' as const) : ('below' as const),
      focusInside: dialog.contains(root.activeElement) || root.activeElement === dialog,
    };
  }, HOST);
}

/** Waits until the popover shows answers (or a final status), placed and done animating, and returns it. */
export async function waitForPopover(target: Page | Frame, timeout = 5_000): Promise<PopoverView> {
  await until(
    target,
    (tag: string) => {
      const d = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      return !!d && !d.querySelector('[role="status"]') && d.style.visibility !== 'hidden' && d.getAnimations().every((a) => a.playState !== 'running');
    },
    HOST,
    timeout,
    'an open popover',
  );
  return (await popover(target))!;
}

/**
 * Sends the keyboard command's message to `page`'s tab (brought to the front: the tab is found as
 * the active one), as the background does on Alt+Shift+L. Browser command shortcuts are handled by the browser's
 * UI, which an automated headless browser never receives, so the tests start one step later: at
 * the message. Chromium: from the service worker (reachable over CDP). Firefox: WebDriver BiDi
 * cannot reach the background page, so from an extension page, which has the same tabs API.
 * Tabs are picked by "active", not address: without the "tabs" permission the extension cannot
 * read tab addresses, and the background's own command handler picks the active tab too.
 * The message is @webext-core/messaging's wire format ({ id, type, data, timestamp }).
 */
export async function sendFocusNextTerm(lens: LensBrowser, page: Page): Promise<void> {
  const script = `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = (await api.tabs.query({ active: true })).filter((t) => !(t.url ?? '').includes('-extension://'));
    if (!tabs.length) throw new Error('no active page tab');
    const message = { id: 1, type: 'focusNextTerm', data: undefined, timestamp: Date.now() };
    await Promise.all(tabs.map((t) => api.tabs.sendMessage(t.id, message).catch(() => undefined)));
  })()`;
  if (lens.name === 'chromium') {
    const target = await lens.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(lens.extensionOrigin));
    await page.bringToFront();
    await (await target.worker())!.evaluate(script);
  } else {
    const helper = await extensionPage(lens);
    await page.bringToFront();
    await helper.evaluate(script);
  }
}

const helperPages = new WeakMap<LensBrowser, Page>();
async function extensionPage(lens: LensBrowser): Promise<Page> {
  let page = helperPages.get(lens);
  if (!page || page.isClosed()) {
    page = await lens.openExtensionPage('options.html', 'body');
    helperPages.set(lens, page);
  }
  return page;
}

/**
 * Stores settings as the options page would (storage.local, which open tabs watch), from an
 * extension page. `patch` is merged one level deep into the defaults.
 */
export async function storeSettings(lens: LensBrowser, patch: Record<string, unknown>): Promise<void> {
  const { DEFAULT_SETTINGS, SETTINGS_KEY } = await import('../../../utils/settings');
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const base = settings[key];
    settings[key] = base && typeof base === 'object' && !Array.isArray(base) ? { ...base, ...(value as object) } : value;
  }
  const page = await extensionPage(lens);
  await page.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.local.set(${JSON.stringify({ [SETTINGS_KEY]: settings })})`);
}

export interface Registration {
  matches?: string[];
  excludeMatches?: string[];
}

/**
 * Waits until the background has registered the content script as `ready` wants it: it follows
 * the settings asynchronously, and a page opened before that would be judged on the old ones.
 */
export async function untilRegistered(lens: LensBrowser, ready: (registration: Registration | undefined) => boolean, timeout = 5_000): Promise<void> {
  const page = await extensionPage(lens);
  const deadline = Date.now() + timeout;
  for (;;) {
    const registration = (await page.evaluate('(globalThis.browser ?? globalThis.chrome).scripting.getRegisteredContentScripts().then((s) => s[0])')) as Registration | undefined;
    if (ready(registration)) return;
    if (Date.now() > deadline) throw new Error(`the content script's registration did not follow the settings within ${timeout} ms: ${JSON.stringify(registration)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Where screenshots go for a person to look at (not compared automatically). */
export async function saveScreenshot(page: Page, file: string): Promise<string> {
  const { mkdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = process.env.E2E_SCREENSHOTS ?? join(tmpdir(), 'lens-e2e-screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}
