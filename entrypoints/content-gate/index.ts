/**
 * The content script, kept to a gate. The background registers it only on sites where the
 * extension is on (background/content-registration.ts), so pages the reader switched off never
 * evaluate it. Here it reads the page's language, touching no extension API on pages in other
 * languages, and otherwise asks the background to inject the lens (entrypoints/content-lens/) into
 * this frame and hands over what the background answers (the settings and the covered states) to the
 * lens, which follows their later changes itself.
 *
 * Every page it is registered on evaluates it, pages in other languages too, and what it costs them
 * is mostly compiling what it carries: with WXT's content-script wrapper (an async start and a
 * context object), WXT's `browser` proxy and the messaging channel it took ~1.7 ms on those pages,
 * without them ~1.2 ms, measured side by side (BENCHMARKS.md). So it is an unlisted script, not a
 * WXT content script, and carries no more than its dormant path and one message: the lens makes its
 * own context, and `loadLens` goes out in the channel's envelope without the channel
 * (utils/browser/gate-message.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendGateMessage } from '@/utils/browser/gate-message';
import { hasHighlightApi } from '@/utils/browser/highlight-api';
import { GATE_KEY, LENS_KEY } from '@/utils/lens-ui';
import { pageLanguage, shouldScanLanguage, type ScanLanguage } from '@/utils/page-language';
import type { LensStart } from '@/utils/protocol';
import type { LensModule } from '../content-lens/index';

export default defineUnlistedScript(() => {
  // Injected again into an open tab when its site is switched on: once per frame is enough.
  const world = globalThis as Record<symbol, unknown>;
  if (world[GATE_KEY]) return;
  world[GATE_KEY] = true;

  const lang = pageLanguage(document.documentElement.lang);
  if (!shouldScanLanguage(lang) || !document.body || document.contentType !== 'text/html' || !hasHighlightApi()) return;
  // The lens handles its own errors; should one escape, this frame may try again later.
  start(lang).catch(() => {
    world[GATE_KEY] = false;
  });
});

async function start(lang: ScanLanguage): Promise<void> {
  const loaded = await loadLens();
  if (loaded) await loaded.lens.runLens(lang, loaded.start);
  // Not loaded after the retries: a later injection of this script (the site switched on again,
  // an update) may try once more.
  else (globalThis as Record<symbol, unknown>)[GATE_KEY] = false;
}

const loadedLens = () => (globalThis as Record<symbol, LensModule | undefined>)[LENS_KEY];

/**
 * Pauses before asking again: at browser start a restored tab can run this before the background
 * listens (Firefox starts it late), and an asleep service worker may drop the first message.
 */
const RETRY_MS = [1_000, 4_000];

/**
 * Injected once per frame, with what it starts from; undefined when it cannot be (the extension
 * was reloaded or removed, the frame went away).
 */
async function loadLens(): Promise<{ lens: LensModule; start: LensStart } | undefined> {
  for (let attempt = 0; ; attempt++) {
    const start = await sendGateMessage('loadLens').catch(() => undefined);
    const lens = loadedLens();
    if (start && lens) return { lens, start };
    if (attempt >= RETRY_MS.length) return undefined;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt]));
  }
}
