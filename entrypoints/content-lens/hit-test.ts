/**
 * Which highlighted term is under the pointer. Uses the browser's own highlight hit test where it
 * exists (CSS.highlights.highlightsFromPoint), else the caret under the point plus the range's
 * client rects — per line box, so a term that wraps onto two lines is hit on both.
 */
import { HOST_TAG } from '@/utils/lens-ui';

export interface HitTarget {
  range: Range;
}

type HighlightHit = { highlight: Highlight; ranges?: AbstractRange[] };
type PointOptions = { shadowRoots: ShadowRoot[] };

/**
 * The open shadow roots under the point, outermost first (ours excepted). Both hit tests below
 * only look inside the shadow trees they are given, so terms in web components need these.
 */
function shadowRootsAt(x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot && el.localName !== HOST_TAG && roots.length < 16) {
    roots.push(el.shadowRoot);
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return roots;
}

function caretAt(x: number, y: number, options: PointOptions): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: PointOptions) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y, options);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export function hitTest<T extends HitTarget>(x: number, y: number, byNode: Map<Text, T[]>, byRange: Map<AbstractRange, T>): T | undefined {
  const options = { shadowRoots: shadowRootsAt(x, y) };
  const highlights = CSS.highlights as unknown as { highlightsFromPoint?: (x: number, y: number, options?: PointOptions) => HighlightHit[] };
  if (typeof highlights?.highlightsFromPoint === 'function') {
    for (const hit of highlights.highlightsFromPoint(x, y, options)) {
      for (const r of hit.ranges ?? []) {
        const target = byRange.get(r);
        if (target) return target;
      }
    }
  }
  const caret = caretAt(x, y, options);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const candidates = byNode.get(caret.node as Text);
  if (!candidates) return undefined;
  for (const c of candidates) {
    // The caret snaps to the nearest character even far from the text: confirm with the rects.
    if (c.range.startOffset <= caret.offset && caret.offset <= c.range.endOffset && rangeContainsPoint(c.range, x, y)) return c;
  }
  return undefined;
}
