/**
 * Where the popover goes: above the term's first line box if it fits — over text already read,
 * leaving the term's line and the lines the reader is about to read uncovered — else below its
 * last, else whichever side has more room; never over the term's own line boxes, always clamped
 * inside the viewport. Pure, so the rules are tested without a browser.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the popover may use before it scrolls. */
  maxHeight: number;
}

export const POPOVER_GAP = 6;
export const VIEWPORT_MARGIN = 8;

export function placePopover(termRects: Box[], popover: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const first = termRects[0] ?? { left: 0, top: 0, width: 0, height: 0 };
  const last = termRects[termRects.length - 1] ?? first;
  const spaceBelow = viewport.height - (last.top + last.height) - POPOVER_GAP - VIEWPORT_MARGIN;
  const spaceAbove = first.top - POPOVER_GAP - VIEWPORT_MARGIN;
  const side: Placement['side'] =
    popover.height <= spaceAbove ? 'above' : popover.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const anchor = side === 'below' ? last : first;
  // No taller than measured: the popover's style caps its height, and the placement must not lift it.
  const maxHeight = Math.min(popover.height, Math.max(120, side === 'below' ? spaceBelow : spaceAbove));
  const height = Math.min(popover.height, maxHeight);
  const width = Math.min(popover.width, viewport.width - 2 * VIEWPORT_MARGIN);
  const left = clamp(anchor.left, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - width);
  const rawTop = side === 'below' ? anchor.top + anchor.height + POPOVER_GAP : anchor.top - POPOVER_GAP - height;
  const top = clamp(rawTop, VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - height);
  return { left, top, side, maxHeight };
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, Math.max(min, max)));
}
