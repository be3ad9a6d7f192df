/**
 * Opening the side panel on a state and the search with a query, from a click in the popover.
 * The browsers only open their panels from a user gesture they can see; when a message from
 * the content script does not count as one, an extension tab with the same page opens instead.
 */
import { browser } from 'wxt/browser';
import { pendingQueryItem } from '@/utils/browser/storage-items';
import { extensionUrl, firefoxSidebar } from '@/utils/browser/surfaces';

export async function openStateSummary(stateCode: string, tabId: number | undefined): Promise<void> {
  const path = `sidepanel.html?state=${encodeURIComponent(stateCode)}`;
  try {
    if (import.meta.env.CHROME && tabId !== undefined) {
      await browser.sidePanel.setOptions({ tabId, path, enabled: true });
      await browser.sidePanel.open({ tabId });
      return;
    }
    const sidebar = firefoxSidebar();
    if (import.meta.env.FIREFOX && sidebar) {
      await sidebar.setPanel({ panel: extensionUrl(`/${path}`) });
      await sidebar.open();
      return;
    }
  } catch {
    // Not a user gesture in this browser's eyes: fall through to a tab.
  }
  await browser.tabs.create({ url: extensionUrl(`/${path}`) });
}

export async function openSearch(query: string, fromTabId?: number): Promise<void> {
  await pendingQueryItem.set(query);
  try {
    if (browser.action?.openPopup) {
      await browser.action.openPopup();
      return;
    }
  } catch {
    // Falls through to a tab, as above.
  }
  await pendingQueryItem.remove();
  await browser.tabs.create({ url: extensionUrl(`/popup.html?q=${encodeURIComponent(query)}${fromTabId !== undefined ? `&tab=${fromTabId}` : ''}`) });
}
