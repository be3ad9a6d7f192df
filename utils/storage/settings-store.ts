import { browser } from 'wxt/browser';
import { readPageInfo } from '../page-info';
import { normalizeSettings, SETTINGS_KEY, siteOf, type Settings } from '@/utils/settings';

/** The settings as stored (repaired if unreadable), and whether they had to be repaired. */
export async function readSettings(): Promise<{ settings: Settings; repaired: boolean }> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

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
  return (await readPageInfo(tab.id))?.site ?? null;
}


