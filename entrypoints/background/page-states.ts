/**
 * What each open tab's page told us: which states it mentions (for the side panel) and its site
 * (for the site switch when the popup runs in a tab of its own and cannot read the URL). Kept in
 * session storage so it survives the service worker sleeping but not the browser closing.
 */
import { browser } from 'wxt/browser';
import { pageInfoKey, type PageInfo } from '@/utils/page-info';
import { siteOf } from '@/utils/settings';

export async function rememberPageStates(tabId: number, states: Record<string, number>, url: string): Promise<void> {
  const info: PageInfo = { states, site: siteOf(url) };
  await browser.storage.session.set({ [pageInfoKey(tabId)]: info });
}

export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(pageInfoKey(tabId));
  });
}
