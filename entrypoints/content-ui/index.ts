/**
 * The popover UI (Preact, the popover's components and styles), injected by the background into
 * the frame of the first hover or keyboard command, into the content script's isolated world. It
 * leaves its entry point where the content script looks for it; nothing of it is visible to the
 * page, and no page can load it (it is not a web-accessible resource).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { POPOVER_UI_KEY } from '@/utils/lens-ui';
import { createPopoverController } from './popover-controller';

export interface PopoverUi {
  createPopoverController: typeof createPopoverController;
}

export default defineUnlistedScript(() => {
  const ui: PopoverUi = { createPopoverController };
  (globalThis as Record<symbol, unknown>)[POPOVER_UI_KEY] = ui;
});
