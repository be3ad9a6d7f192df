/**
 * The lens on one page, once the content script found it on (entrypoints/content-gate/): reads the
 * settings and the covered states, starts the lens, and follows both while the page is open. Settings
 * and coverage are storage items (no IndexedDB here: in a content script it would be the news
 * site's database).
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '@/utils/browser/messaging';
import type { ImportedAgency } from '@/utils/agency-names';
import { coverageItem, settingsItem } from '@/utils/browser/storage-items';
import type { ScanLanguage } from '@/utils/page-language';
import { isActiveOn, type Settings } from '@/utils/settings';
import { startLens, type Lens } from './lens';

export async function runLens(lang: ScanLanguage): Promise<void> {
  // Made here, not by the gate: the gate every page evaluates carries as little as it can.
  const ctx = new ContentScriptContext('content');
  let settings: Settings;
  let covered: Set<string>;
  let agencies: ImportedAgency[] = [];
  let lens: Lens | undefined;
  /** The agencies the running lens matches: they are built into its scan. */
  let lensAgencies = '';

  async function load(): Promise<void> {
    const [stored, published] = await Promise.all([settingsItem.get(), coverageItem.get()]);
    settings = stored.settings;
    let coverage = published;
    // Not published yet (the first page after install, or an older shape): the background
    // answers 'wake' once it has written it. Waiting here keeps the first scan from counting
    // every state as one without documents.
    if (!coverage) coverage = await sendMessage('wake').then(() => coverageItem.get(), () => undefined);
    covered = new Set(coverage?.stateCodes);
    agencies = coverage?.agencies ?? [];
  }

  function apply(): void {
    const active = isActiveOn(settings, location.hostname || 'localhost');
    const key = JSON.stringify(agencies);
    if (active && lens && key === lensAgencies) return lens.update(settings, covered);
    // Another list of imported agencies (an import while the page is open) means a new scan.
    lens?.stop(active);
    lens = active ? startLens({ settings, coveredStates: covered, lang, reportStates: window === window.top, agencies }) : undefined;
    lensAgencies = key;
  }

  await load();
  apply();

  // Settings and newly imported documents reach open tabs at once.
  const reload = () => void load().then(apply);
  const unwatch = [settingsItem.watch(reload), coverageItem.watch(reload)];
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
