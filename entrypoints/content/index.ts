/**
 * The content script every http(s) page evaluates, kept to a gate: it decides whether the lens
 * belongs on this page, and only then asks the background to inject the lens
 * (entrypoints/content-lens/) into this frame. On pages in other languages it touches no extension
 * API at all; on sites where the extension is off it reads one storage item and waits, so that
 * switching the site on starts the lens without a reload.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/utils/browser/messaging';
import { hasHighlightApi } from '@/utils/browser/highlight-api';
import { settingsItem } from '@/utils/browser/storage-items';
import { LENS_KEY } from '@/utils/lens-ui';
import { pageLanguage, shouldScanLanguage } from '@/utils/page-language';
import { isActiveOn, type Settings } from '@/utils/settings';
import type { LensModule } from '../content-lens/index';
// The ::highlight() rules: they match nothing until the lens registers ranges under their names.
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    const lang = pageLanguage(document.documentElement.lang);
    if (!shouldScanLanguage(lang) || !document.body || document.contentType !== 'text/html' || !hasHighlightApi()) return;

    const site = location.hostname || 'localhost';
    let handedOver = false;
    const startIfOn = async (settings: Settings) => {
      if (handedOver || !isActiveOn(settings, site)) return;
      handedOver = true;
      unwatch();
      const lens = await loadLens();
      if (lens) await lens.runLens(ctx, lang);
    };
    // From here on the lens follows the settings itself (it stops and starts without a reload).
    const unwatch = settingsItem.watch(({ settings }) => void startIfOn(settings).catch(() => undefined));
    ctx.onInvalidated(unwatch);
    const { settings } = await settingsItem.get();
    await startIfOn(settings);
  },
});

const loadedLens = () => (globalThis as Record<symbol, LensModule | undefined>)[LENS_KEY];

/** Injected once per frame; undefined when it cannot be (the extension was reloaded, the frame went away). */
async function loadLens(): Promise<LensModule | undefined> {
  if (!loadedLens()) await sendMessage('loadLens').catch(() => undefined);
  return loadedLens();
}
