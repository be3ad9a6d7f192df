/**
 * Stands in for `wxt/browser` in the extension's bundles (wxt.config.ts aliases it here; unit tests
 * keep WXT's fake browser). WXT's module picks `browser` or `chrome` when it loads, and in Chrome
 * that first touch of the `browser` namespace costs about half a millisecond of the content script's
 * start on every page, also where it stays dormant and never calls an API (BENCHMARKS.md). This one
 * makes the same choice on first use.
 */
// Types only (erased before the alias applies): the same typed API WXT's module exports.
import type { browser as wxtBrowser } from 'wxt/browser';

type Browser = typeof wxtBrowser;

let api: Browser | undefined;
const target = (): Browser => {
  const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  api ??= g.browser?.runtime?.id ? g.browser : (g.chrome as Browser);
  return api;
};

export const browser: Browser = new Proxy({} as Browser, {
  get: (_, key) => Reflect.get(target(), key) as unknown,
  has: (_, key) => key in target(),
});
