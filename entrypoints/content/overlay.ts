/**
 * Fallback highlights for browsers without the CSS Custom Highlight API: thin underline boxes in
 * our shadow root, positioned from each range's client rects. Nothing is added to the page's DOM,
 * and clearing the layer removes every trace.
 */
export class OverlayLayer {
  private readonly layer: HTMLElement;
  private ranges: Range[] = [];
  private frame = 0;

  constructor(root: ShadowRoot) {
    this.layer = document.createElement('div');
    this.layer.className = 'lens-overlay';
    root.append(this.layer);
    addEventListener('scroll', this.redraw, { passive: true, capture: true });
    addEventListener('resize', this.redraw, { passive: true });
  }

  schedule(ranges: Range[]): void {
    this.ranges = ranges;
    this.redraw();
  }

  private readonly redraw = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const boxes: HTMLElement[] = [];
      for (const range of this.ranges) {
        for (const rect of range.getClientRects()) {
          if (rect.bottom < 0 || rect.top > innerHeight) continue;
          const box = document.createElement('div');
          box.className = 'lens-underline';
          box.style.transform = `translate(${rect.left}px, ${rect.bottom - 2}px)`;
          box.style.width = `${rect.width}px`;
          boxes.push(box);
        }
      }
      this.layer.replaceChildren(...boxes);
    });
  };

  dispose(): void {
    removeEventListener('scroll', this.redraw, { capture: true });
    removeEventListener('resize', this.redraw);
    cancelAnimationFrame(this.frame);
    this.layer.remove();
  }
}
