/**
 * The popover as the lens sees it, loaded on first use: the content script that every page runs
 * carries the scan, the highlights and the hover logic, not the UI. The first time a term is
 * about to open (the pointer reaches it, or the keyboard command), the background injects the UI
 * module into this frame's isolated world (no web-accessible resource a page could probe) and the
 * calls go on to the real controller. Until then there is nothing to close, place or update.
 */
import { sendMessage } from '@/utils/browser/messaging';
import { POPOVER_UI_KEY } from '@/utils/lens-ui';
import type { PopoverUi } from '../content-ui/index';
import type { PopoverController, PopoverControllerOptions } from '../content-ui/popover-controller';
import type { LookupResponse } from '@/utils/protocol';
import type { Hit } from './hit-registry';
import { WAKE_INTERVAL_MS } from './timing';

export interface LazyPopover extends Omit<PopoverController, 'show' | 'focusNextTerm'> {
  show(hit: Hit, takeFocus: boolean): Promise<void>;
  focusNextTerm(): void;
  /**
   * The pointer reached a term: a stopped service worker takes ~90 ms to start (BENCHMARKS.md), and
   * the UI must be injected once, so both start now and overlap the hover delay.
   */
  prepare(): void;
}

const loadedUi = () => (globalThis as Record<symbol, PopoverUi | undefined>)[POPOVER_UI_KEY];

export function createLazyPopover(options: PopoverControllerOptions): LazyPopover {
  let controller: PopoverController | undefined;
  let loading: Promise<PopoverController | undefined> | undefined;
  let settings = options.settings;
  let coveredStates = options.coveredStates;
  let lastWake = 0;
  let removed = false;
  /**
   * On first use the lookup goes out beside the UI's injection instead of after it: the two
   * round trips to a waking background overlap (BENCHMARKS.md, popover first use).
   */
  let early: { hit: Hit; response: Promise<LookupResponse> } | undefined;
  const pendingLookup = (hit: Hit) => {
    if (early?.hit !== hit) return undefined;
    const { response } = early;
    early = undefined;
    return response;
  };

  function load(): Promise<PopoverController | undefined> {
    loading ??= (async () => {
      if (!loadedUi()) await sendMessage('loadPopoverUi');
      const ui = loadedUi();
      if (!ui || removed) return undefined;
      controller = ui.createPopoverController({ ...options, settings, coveredStates, pendingLookup });
      return controller;
    })().catch(() => {
      // Not injected (the extension was reloaded, the frame went away): try again next time.
      loading = undefined;
      return undefined;
    });
    return loading;
  }

  return {
    async show(hit, takeFocus) {
      if (!controller) {
        const response = sendMessage('lookupTerm', { termId: hit.term.id, context: options.contextFor(hit) });
        // Read by the controller once it is in; a failure there shows as the popover's error.
        response.catch(() => undefined);
        early = { hit, response };
      }
      await (await load())?.show(hit, takeFocus);
    },
    focusNextTerm() {
      void load().then((c) => c?.focusNextTerm());
    },
    prepare() {
      const now = Date.now();
      if (now - lastWake >= WAKE_INTERVAL_MS) {
        lastWake = now;
        void sendMessage('wake').catch(() => undefined);
      }
      void load();
    },
    close: (restoreFocus) => controller?.close(restoreFocus),
    escape: () => controller?.escape(),
    forget: (hits) => controller?.forget(hits),
    reposition: () => controller?.reposition(),
    update(nextSettings, nextCovered) {
      settings = nextSettings;
      coveredStates = nextCovered;
      controller?.update(nextSettings, nextCovered);
    },
    remove() {
      removed = true;
      controller?.remove();
    },
  };
}
