/**
 * Every timing the content script uses, in one place (as Wikipedia's Page Previews do), so the
 * feel of hovering can be tuned and reviewed without hunting through code.
 */

/** How long the pointer must rest on a term before its popover opens (default; the user can change it). */
export const HOVER_INTENT_MS = 350;
/** The pointer may drift this far (px) while resting without restarting the intent timer. */
export const HOVER_REST_TOLERANCE_PX = 6;
/** After the pointer leaves a term or the popover, it may come back within this time. */
export const LEAVE_GRACE_MS = 300;
/** A scan chunk yields after this long so no task of ours comes near 50 ms. */
export const SCAN_SLICE_MS = 8;
/** DOM changes are gathered for at least this long before they are scanned (live tickers). */
export const MUTATION_BATCH_MS = 250;
/** Idle callbacks that wait longer than this run anyway (background tabs get no idle time). */
export const IDLE_TIMEOUT_MS = 1000;
/** Page-state reports to the background are coalesced over this window. */
export const REPORT_DEBOUNCE_MS = 1000;
/** The background is woken at most this often while the pointer moves over terms. */
export const WAKE_INTERVAL_MS = 10_000;
