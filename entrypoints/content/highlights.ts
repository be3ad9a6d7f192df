/**
 * Highlights through the CSS Custom Highlight API: ranges registered in CSS.highlights, styled by
 * ::highlight() rules in content.css. The page's DOM is not touched. Where the API is missing,
 * underline boxes are drawn inside our own shadow root instead (removed with it).
 */
import type { OverlayLayer } from './overlay';
import highlightsCss from './highlights.css?inline';

export type HighlightCategory = 'covered-state' | 'other-state' | 'term';

/** Names are prefixed so they cannot collide with highlights the page registers itself. */
export const HIGHLIGHT_NAMES: Record<HighlightCategory, string> = {
  'covered-state': 'data-sharing-lens-state',
  'other-state': 'data-sharing-lens-other-state',
  term: 'data-sharing-lens-term',
};
export const ACTIVE_HIGHLIGHT = 'data-sharing-lens-active';

export const hasHighlightApi = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly sets = new Map<HighlightCategory, Set<Range>>();
  private readonly highlights = new Map<HighlightCategory, Highlight>();
  private active: Highlight | undefined;
  /** Shadow roots we lent our ::highlight() rules to (see styleShadowRoot). */
  private readonly styledRoots = new Set<ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly fallback?: OverlayLayer) {
    for (const category of Object.keys(HIGHLIGHT_NAMES) as HighlightCategory[]) this.sets.set(category, new Set());
    if (hasHighlightApi()) {
      for (const [category, name] of Object.entries(HIGHLIGHT_NAMES) as [HighlightCategory, string][]) {
        const h = new Highlight();
        this.highlights.set(category, h);
        CSS.highlights.set(name, h);
      }
      this.active = new Highlight();
      this.active.priority = 1;
      CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    }
  }

  add(category: HighlightCategory, range: Range): void {
    this.sets.get(category)!.add(range);
    this.highlights.get(category)?.add(range);
    this.fallback?.schedule(this.allRanges());
    const root = range.startContainer.getRootNode();
    if (root instanceof ShadowRoot && this.highlights.size) this.styleShadowRoot(root);
  }

  /**
   * ::highlight() rules from the document's style sheets do not reach into shadow trees in every
   * browser (Firefox paints nothing there), so a shadow root with terms adopts a copy of ours.
   * Checked on every add: a component that resets its adoptedStyleSheets gets it back on rescan.
   */
  private styleShadowRoot(root: ShadowRoot): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(highlightsCss);
    }
    if (root.adoptedStyleSheets.includes(this.sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.styledRoots.add(root);
  }

  delete(category: HighlightCategory, range: Range): void {
    this.sets.get(category)!.delete(range);
    this.highlights.get(category)?.delete(range);
    this.fallback?.schedule(this.allRanges());
  }

  /** Marks the term whose popover is open (or none). */
  setActive(range: Range | undefined): void {
    this.active?.clear();
    if (range) this.active?.add(range);
  }

  allRanges(): Range[] {
    return [...this.sets.values()].flatMap((s) => [...s]);
  }

  clear(): void {
    for (const s of this.sets.values()) s.clear();
    for (const h of this.highlights.values()) h.clear();
    this.active?.clear();
    this.fallback?.schedule([]);
  }

  dispose(): void {
    this.clear();
    for (const root of this.styledRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styledRoots.clear();
    if (hasHighlightApi()) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
  }
}
