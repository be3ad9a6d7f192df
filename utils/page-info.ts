/** What the background keeps per tab in storage.session (see background/page-states.ts). */
import { browser } from 'wxt/browser';

export const PAGE_INFO_PREFIX = 'pageInfo:';
export const pageInfoKey = (tabId: number) => `${PAGE_INFO_PREFIX}${tabId}`;

export interface PageInfo {
  /** State code → mentions on the page. */
  states: Record<string, number>;
  site: string | null;
}

/** What a tab's content script last reported, if anything. */
export async function readPageInfo(tabId: number): Promise<PageInfo | undefined> {
  const key = pageInfoKey(tabId);
  return (await browser.storage.session.get(key))[key] as PageInfo | undefined;
}
