/** The per-site switch: what the popup and the options page do to the site list. */
import { browser } from 'wxt/browser';
import { siteOf, type Settings } from '../settings';
import { pageInfoItem } from './storage-items';

/** Turns highlighting on or off for one site, in whichever site mode the user chose. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const next = structuredClone(settings);
  if (next.siteMode === 'only-listed') {
    next.enabledSites = on ? [...new Set([...next.enabledSites, site])].sort() : next.enabledSites.filter((s) => s !== site);
  } else {
    next.disabledSites = on ? next.disabledSites.filter((s) => s !== site) : [...new Set([...next.disabledSites, site])].sort();
  }
  return next;
}

/**
 * The site of the tab the popup is about: the active tab, or — when the popup page was opened in a
 * tab of its own (the fallback when the browser will not open the popup) — the tab it names.
 */
export async function currentSite(tabId?: number): Promise<string | null> {
  const [tab] = tabId !== undefined ? [await browser.tabs.get(tabId).catch(() => undefined)] : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.url) return /^https?:/.test(tab.url) ? siteOf(tab.url) : null;
  // No URL without the "tabs" permission outside the popup's own activeTab grant: use what the
  // tab's content script reported.
  if (tab?.id === undefined) return null;
  return (await pageInfoItem(tab.id).get())?.site ?? null;
}


