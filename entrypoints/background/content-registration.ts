/**
 * Keeps the content script registered where the extension is on, and nowhere else: a page the
 * reader switched off, or any page while the extension is off, evaluates nothing of ours. Synced
 * at every start of the background (self-healing, and a no-op when nothing changed) and whenever
 * the settings change; pages already open where the site was just switched on get the content
 * script injected, since a registration reaches only pages loaded after it.
 */
import { browser } from 'wxt/browser';
import { settingsItem } from '@/utils/browser/storage-items';
import { GATE_CSS, GATE_JS, GATE_SCRIPT_ID, PAGE_PATTERNS, gateRegistration, sameRegistration, switchedOn } from '@/utils/gate-registration';
import type { Settings } from '@/utils/settings';

let queue: Promise<void> = Promise.resolve();

/** One sync at a time: two overlapping registrations of the same id would fail. */
function enqueue(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task).catch(() => undefined);
  return queue;
}

async function sync(settings: Settings): Promise<void> {
  const wanted = gateRegistration(settings);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [GATE_SCRIPT_ID] });
  if (!wanted) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [GATE_SCRIPT_ID] });
    return;
  }
  if (current && sameRegistration(current, wanted)) return;
  try {
    if (current) await browser.scripting.updateContentScripts([wanted]);
    else await browser.scripting.registerContentScripts([wanted]);
  } catch {
    // A site pattern the browser refuses must not leave every page without the lens: register
    // for all pages, and the lens, which reads the settings itself, stays off where it should.
    const everywhere = { ...wanted, matches: PAGE_PATTERNS, excludeMatches: [] };
    if (current) await browser.scripting.updateContentScripts([everywhere]);
    else await browser.scripting.registerContentScripts([everywhere]);
  }
}

/**
 * Injects the content script into the open tabs whose site `after` switches on (judged by the
 * tab's top page; its frames get it too, and stay dormant where their own site is off). Not queued:
 * one slow or frozen tab must not hold up the next registration.
 */
async function startInOpenTabs(before: Settings, after: Settings): Promise<void> {
  const tabs = await browser.tabs.query({ url: PAGE_PATTERNS });
  await Promise.allSettled(
    tabs
      .filter((tab) => tab.id !== undefined && tab.url && switchedOn(before, after, new URL(tab.url).hostname))
      .map(async (tab) => {
        const target = { tabId: tab.id!, allFrames: true };
        // A tab the browser will not script (a store page, a closed tab) is skipped.
        await browser.scripting.insertCSS({ target, files: [`/${GATE_CSS}`] });
        await browser.scripting.executeScript({ target, files: [`/${GATE_JS}` as const] });
      }),
  );
}

/** Resolves once the registration matches the stored settings. */
export function keepContentScriptRegistered(): Promise<void> {
  settingsItem.watch(({ settings }, { settings: before }) => {
    void enqueue(() => sync(settings)).then(() => startInOpenTabs(before, settings));
  });
  // Installed, updated or re-enabled: a registered script reaches only pages loaded from now on
  // (and Firefox unloads the old version's from open tabs), so the open tabs get it now. A frame
  // where it already runs ignores the second copy.
  browser.runtime.onInstalled.addListener(() => {
    void settingsItem.get().then(({ settings }) => startInOpenTabs({ ...settings, enabled: false }, settings));
  });
  return enqueue(async () => sync((await settingsItem.get()).settings));
}
