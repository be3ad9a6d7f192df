/**
 * The lens (matcher, scan, highlights, hover, keyboard), injected by the background into a frame
 * whose content script found the extension on there (entrypoints/content-gate/), into the same isolated
 * world. Pages where the lens stays off never evaluate it. It leaves its entry point where the
 * content script looks for it; no page can load it (it is not a web-accessible resource).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { LENS_KEY } from '@/utils/lens-ui';
import { runLens } from './start';

export interface LensModule {
  runLens: typeof runLens;
}

export default defineUnlistedScript(() => {
  const module: LensModule = { runLens };
  (globalThis as Record<symbol, unknown>)[LENS_KEY] = module;
});
