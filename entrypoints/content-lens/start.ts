/**
 * The lens on one page, once the content script found it on (entrypoints/content-gate/): starts the
 * lens from the settings and covered states the background sent with it, and follows both while the
 * page is open. Settings and coverage are storage items (no IndexedDB here: in a content script it
 * would be the news site's database).
 *
 * Only what the first scan slice needs runs before it: following storage, the keyboard command and
 * the check for a removed extension are wired after that slice, in idle time, and read the storage
 * once then, so a change in between is not lost. Measured side by side (BENCHMARKS.md), reading
 * storage at start cost ~0.4 ms and that wiring ~0.5 ms of the lens's start.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '@/utils/browser/messaging';
import type { ImportedAgency } from '@/utils/agency-names';
import { coverageItem, settingsItem } from '@/utils/browser/storage-items';
import type { ScanLanguage } from '@/utils/page-language';
import type { LensStart } from '@/utils/protocol';
import { isActiveOn, type Settings } from '@/utils/settings';
import { whenIdle } from './idle';
import { startLens, type Lens } from './lens';

export async function runLens(lang: ScanLanguage, start: LensStart): Promise<void> {
  // Made here, not by the gate: the gate every page evaluates carries as little as it can.
  const ctx = new ContentScriptContext('content');
  let settings: Settings;
  let covered: Set<string>;
  let agencies: ImportedAgency[] = [];
  let lens: Lens | undefined;
  /** The agencies the running lens matches: they are built into its scan. */
  let lensAgencies = '';

  function take(from: LensStart): void {
    settings = from.settings;
    covered = new Set(from.stateCodes);
    agencies = from.agencies;
  }

  async function load(): Promise<void> {
    const [stored, published] = await Promise.all([settingsItem.get(), coverageItem.get()]);
    // Not published (an older shape): what the background sent stays.
    if (published) take({ settings: stored.settings, stateCodes: published.stateCodes, agencies: published.agencies });
    else settings = stored.settings;
  }

  /** What the running lens was last given, to tell a storage event that changes nothing for it. */
  let applied = '';
  function apply(): void {
    const key = JSON.stringify(agencies);
    const state = JSON.stringify([settings, [...covered]]) + key;
    if (state === applied) return;
    applied = state;
    const active = isActiveOn(settings, location.hostname || 'localhost');
    if (active && lens && key === lensAgencies) return lens.update(settings, covered);
    // Another list of imported agencies (an import while the page is open) means a new scan.
    lens?.stop(active);
    lens = active ? startLens({ settings, coveredStates: covered, lang, reportStates: window === window.top, agencies }) : undefined;
    lensAgencies = key;
  }

  take(start);
  apply();
  // Queued after the scanner's first slice (idle callbacks run in the order they were asked for).
  await new Promise((resolve) => whenIdle(resolve));

  // Settings and newly imported documents reach open tabs at once.
  const reload = () => void load().then(apply);
  const unwatch = [settingsItem.watch(reload), coverageItem.watch(reload)];
  reload();
  const removeCommand = onMessage('focusNextTerm', () => {
    if (commandIsForThisFrame()) lens?.focusNextTerm();
  });
  // WXT invalidates this context when it hears that a newer copy of the script started in the
  // page: a DOM event whose name and contents any page can forge (our id is public), and which
  // would switch the lens off (tests/e2e/privacy.e2e.ts). Only an extension that is really gone
  // (updated, reloaded or removed: runtime.id unset) stops it.
  // Removed or updated, the extension leaves this script orphaned in an open page, its highlights
  // answering nothing: when the reader comes back to the page or presses on it, the context checks
  // whether the extension is still there (reading it invalidates the context if not).
  const checkAlive = () => void ctx.isInvalid;
  addEventListener('focus', checkAlive);
  addEventListener('pointerdown', checkAlive, { capture: true, passive: true });
  document.addEventListener('visibilitychange', checkAlive);
  ctx.onInvalidated(() => {
    if (browser.runtime?.id) return;
    removeEventListener('focus', checkAlive);
    removeEventListener('pointerdown', checkAlive, { capture: true });
    document.removeEventListener('visibilitychange', checkAlive);
    for (const stop of unwatch) stop();
    removeCommand();
    lens?.stop();
  });
}

/**
 * The command's message reaches every frame of the tab; only the one the reader is in answers,
 * or three popovers open at once on a page with two iframes. That is the frame whose document
 * has focus while no child frame holds it; when no frame of the tab has focus (it is in the
 * browser's toolbar), the top frame.
 */
function commandIsForThisFrame(): boolean {
  const inChildFrame = /^i?frame$/.test(document.activeElement?.localName ?? '');
  if (window === window.top) return !document.hasFocus() || !inChildFrame;
  return document.hasFocus() && !inChildFrame;
}
