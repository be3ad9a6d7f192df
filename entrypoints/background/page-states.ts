/**
 * Which states each open tab's article mentions, for the side panel. Kept in session storage so
 * it survives the service worker sleeping but not the browser closing (nothing about what a user
 * reads is kept on disk).
 */
import { browser } from 'wxt/browser';

export const pageStatesKey = (tabId: number) => `pageStates:${tabId}`;

export async function rememberPageStates(tabId: number, states: Record<string, number>): Promise<void> {
  await browser.storage.session.set({ [pageStatesKey(tabId)]: states });
}

export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(pageStatesKey(tabId));
  });
}
