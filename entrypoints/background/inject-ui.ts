/**
 * The popover UI reaches a page only when a reader first points at a term there: the background
 * runs the UI module in that frame's isolated world (where the content script lives), so the
 * content script every page evaluates stays small, and no web-accessible resource exists that a
 * page could probe to learn that the extension is installed.
 */
import { browser } from 'wxt/browser';

/** The UI module as WXT builds it (entrypoints/content-ui/). */
const UI_FILE = '/content-ui.js';

export async function injectPopoverUi(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // Firefox MV2: tabs.executeScript runs in the content scripts' sandbox of that frame.
    await browser.tabs.executeScript(tabId, { file: UI_FILE, frameId, runAt: 'document_idle' });
  } else {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [UI_FILE] });
  }
}
