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

async function startInOpenTabs(before: Settings, after: Settings): Promise<void> {
  for (const tab of await browser.tabs.query({ url: PAGE_PATTERNS })) {
    if (tab.id === undefined || !tab.url || !switchedOn(before, after, new URL(tab.url).hostname)) continue;
    const target = { tabId: tab.id, allFrames: true };
    // A tab the browser will not script (a store page, a closed tab) is skipped.
    await browser.scripting.insertCSS({ target, files: [`/${GATE_CSS}`] }).catch(() => undefined);
    await browser.scripting.executeScript({ target, files: [`/${GATE_JS}` as const] }).catch(() => undefined);
  }
}

/** Resolves once the registration matches the stored settings. */
export function keepContentScriptRegistered(): Promise<void> {
  settingsItem.watch(({ settings }, { settings: before }) => {
    void enqueue(async () => {
      await sync(settings);
      await startInOpenTabs(before, settings);
    });
  });
  return enqueue(async () => sync((await settingsItem.get()).settings));
}
