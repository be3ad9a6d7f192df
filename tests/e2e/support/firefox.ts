/**
 * Firefox's privileged scope, for what CDP emulation does in Chromium (the UI language, the colour
 * scheme): shared by the e2e files that need it.
 */
import type { LensBrowser } from '../../../scripts/lib/browsers.mjs';

/**
 * Runs a script in Firefox's privileged (chrome) scope over WebDriver BiDi; launchBrowser starts
 * Firefox with --remote-allow-system-access, which allows it. For what CDP emulation does in
 * Chromium: the colour scheme and the UI language.
 */
export async function firefoxChromeEval(lens: LensBrowser, expression: string): Promise<void> {
  const connection = (lens.browser as unknown as { connection: { send(method: string, params: object): Promise<any> } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  await connection.send('script.evaluate', { expression, target: { context: tree.result.contexts[0].context }, awaitPromise: false });
}

/**
 * Firefox picks an extension's locale among the locales the browser itself ships; this build has
 * only en-US, so 'intl.locale.requested' alone cannot switch it. A privileged script declares
 * Spanish available and requested, and reloading the extension makes it pick _locales/es.
 */
export async function switchFirefoxToSpanish(lens: LensBrowser): Promise<void> {
  await firefoxChromeEval(lens, `Services.locale.availableLocales = ['en-US', 'es-ES']; Services.locale.requestedLocales = ['es-ES'];`);
  const page = await lens.openExtensionPage('options.html', '[data-options]');
  await page.evaluate(() => void (globalThis as any).browser.runtime.reload());
  await page.close().catch(() => undefined);
}
