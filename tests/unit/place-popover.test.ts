import { describe, expect, it } from 'vitest';
import { placePopover, VIEWPORT_MARGIN } from '@/utils/place-popover';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };

describe('placePopover', () => {
  it('goes below the term when it fits', () => {
    const p = placePopover([{ left: 100, top: 100, width: 80, height: 20 }], size, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(p.left).toBe(100);
  });

  it('flips above a term near the bottom of the viewport', () => {
    const p = placePopover([{ left: 100, top: 700, width: 80, height: 20 }], size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(700);
  });

  it('never leaves the viewport on the right or left', () => {
    const right = placePopover([{ left: 950, top: 100, width: 40, height: 20 }], size, viewport);
    expect(right.left + size.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN);
    const left = placePopover([{ left: -30, top: 100, width: 40, height: 20 }], size, viewport);
    expect(left.left).toBe(VIEWPORT_MARGIN);
  });

  it('anchors below the last line box of a term that wraps', () => {
    const p = placePopover(
      [
        { left: 900, top: 100, width: 90, height: 20 },
        { left: 10, top: 122, width: 40, height: 20 },
      ],
      size,
      viewport,
    );
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(142);
    expect(p.left).toBe(10);
  });

  it('prefers the space above the term, over text already read, and never covers the term’s line', () => {
    const term = { left: 100, top: 500, width: 80, height: 20 };
    const p = placePopover([term], size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(term.top);
    const low = placePopover([{ ...term, top: 200 }], size, viewport);
    expect(low.side).toBe('below');
    expect(low.top).toBeGreaterThanOrEqual(220);
  });

  it('limits its height when neither side has room', () => {
    const p = placePopover([{ left: 10, top: 390, width: 40, height: 20 }], { width: 400, height: 900 }, viewport);
    expect(p.maxHeight).toBeLessThan(900);
    expect(p.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
  });
});
