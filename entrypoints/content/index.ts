/**
 * Content script entry: stays dormant unless the page's language is one we read and the user has
 * the extension on for this site; then starts the lens. Settings and coverage are read from
 * storage (no IndexedDB here: in a content script it would be the news site's database).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pageLanguage, shouldScanLanguage } from '@/utils/match-terms';
import { onMessage, sendMessage } from '@/utils/protocol';
import { COVERAGE_KEY, type StoredCoverage } from '@/utils/coverage';
import { isActiveOn, normalizeSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';
import { hasHighlightApi } from './highlights';
import { startLens, type Lens } from './lens';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const lang = pageLanguage(document.documentElement.lang);
    if (!shouldScanLanguage(lang) || !document.body || document.contentType !== 'text/html' || !hasHighlightApi()) return;

    let settings: Settings;
    let covered: Set<string>;
    let lens: Lens | undefined;

    async function load(): Promise<void> {
      const stored = await browser.storage.local.get([SETTINGS_KEY, COVERAGE_KEY]);
      settings = normalizeSettings(stored[SETTINGS_KEY]).settings;
      const coverage = stored[COVERAGE_KEY] as StoredCoverage | undefined;
      covered = new Set(coverage?.stateCodes ?? (await sendMessage('getCoverage').catch(() => ({ stateCodes: [] }))).stateCodes);
    }

    function apply(): void {
      const active = isActiveOn(settings, location.hostname || 'localhost');
      if (!active) {
        lens?.stop();
        lens = undefined;
      } else if (lens) lens.update(settings, covered);
      else lens = startLens({ settings, coveredStates: covered, lang: lang as 'en' | 'es' | 'none', reportStates: window === window.top });
    }

    await load();
    apply();

    // Settings and newly imported documents reach open tabs at once.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SETTINGS_KEY in changes || COVERAGE_KEY in changes)) void load().then(apply);
    };
    browser.storage.onChanged.addListener(onChanged);
    const removeCommand = onMessage('focusNextTerm', () => {
      if (commandIsForThisFrame()) lens?.focusNextTerm();
    });
    // WXT invalidates this context when it hears that a newer copy of the script started in the
    // page: a DOM event whose name and contents any page can forge (our id is public), and which
    // would switch the lens off (tests/e2e/privacy.e2e.ts). Only an extension that is really gone
    // (updated, reloaded or removed: runtime.id unset) stops it.
    ctx.onInvalidated(() => {
      if (browser.runtime?.id) return;
      browser.storage.onChanged.removeListener(onChanged);
      removeCommand();
      lens?.stop();
    });
  },
});

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
