/**
 * What runs in a page beyond the small content script arrives only when needed: the background
 * runs the module in that frame's isolated world (where the content script lives). The lens comes
 * once the content script found the extension on for the page; the popover UI when a reader first
 * points at a term. Pages where the extension stays off evaluate neither, and no web-accessible
 * resource exists that a page could probe to learn that the extension is installed.
 */
import { browser } from 'wxt/browser';

/** The modules as WXT builds them (entrypoints/content-lens/, entrypoints/content-ui/). */
export const LENS_FILE = '/content-lens.js';
export const UI_FILE = '/content-ui.js';

export async function injectIntoFrame(tabId: number, frameId: number, file: typeof LENS_FILE | typeof UI_FILE): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // Firefox MV2: tabs.executeScript runs in the content scripts' sandbox of that frame.
    await browser.tabs.executeScript(tabId, { file, frameId, runAt: 'document_idle' });
  } else {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  }
}
