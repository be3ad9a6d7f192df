/**
 * Small helpers shared by the background and the extension pages for opening each other.
 */
import { browser } from 'wxt/browser';

/** An extension page's URL with a query string (WXT types only know bare public paths). */
export function extensionUrl(pathWithQuery: string): string {
  return (browser.runtime.getURL as (path: string) => string)(pathWithQuery);
}

interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(details: { panel: string }): Promise<void>;
}

/** Firefox's sidebar API (the typings WXT ships are Chrome's). */
export function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}
