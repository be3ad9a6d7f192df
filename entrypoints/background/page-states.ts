/**
 * What each open tab's page told us: which states it mentions (for the side panel) and its site
 * (for the site switch when the popup runs in a tab of its own and cannot read the URL). Kept in
 * session storage so it survives the service worker sleeping but not the browser closing.
 */
import { browser } from 'wxt/browser';
import { pageInfoItem } from '@/utils/browser/storage-items';
import { siteOf } from '@/utils/settings';

export async function rememberPageStates(tabId: number, states: Record<string, number>, site: string): Promise<void> {
  await pageInfoItem(tabId).set({ states, site: siteOf(site) });
}

export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void pageInfoItem(tabId).remove();
  });
}
