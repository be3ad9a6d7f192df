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

/** The document that asked: Chrome names it (`documentId`), which stays right for a prerendered page and never reaches the next page of the frame. */
export interface Requester {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export async function injectIntoFrame({ tabId, frameId, documentId }: Requester, file: typeof LENS_FILE | typeof UI_FILE): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // Firefox MV2: tabs.executeScript runs in the content scripts' sandbox of that frame.
    await browser.tabs.executeScript(tabId, { file, frameId, runAt: 'document_idle' });
  } else {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [file] });
  }
}
