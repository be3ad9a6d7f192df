/**
 * What the content script and its popover UI (loaded into the same isolated world on first use,
 * entrypoints/content-ui/) agree on: the one element we add to a page, and where the UI module
 * leaves its entry point for the content script to pick up. A symbol in the isolated world's own
 * global: the page's scripts cannot see it.
 */
export const HOST_TAG = 'data-sharing-lens';

export const POPOVER_UI_KEY = Symbol.for('data-sharing-lens.popover-ui');

/** Where the lens module (entrypoints/content-lens/), injected once the page is on, leaves its entry point. */
export const LENS_KEY = Symbol.for('data-sharing-lens.lens');

/** Set by the content script once it ran in a frame (it may be injected again into an open tab). */
export const GATE_KEY = Symbol.for('data-sharing-lens.gate');
