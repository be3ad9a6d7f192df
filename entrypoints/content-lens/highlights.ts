/**
 * Highlights through the CSS Custom Highlight API: ranges registered in CSS.highlights, styled by
 * ::highlight() rules in entrypoints/highlights.css. The page's DOM is not touched. Both target browsers have the
 * API at the manifest's minimum versions (Chrome 105, Firefox 140); where it is missing the lens
 * stays dormant rather than draw into the page.
 */
// The same rules the background registers with the gate for every page it runs on, lent to shadow roots.
import highlightsCss from '../highlights.css?inline';

export type HighlightCategory = 'covered-state' | 'other-state' | 'term';

/** Names are prefixed so they cannot collide with highlights the page registers itself. */
export const HIGHLIGHT_NAMES: Record<HighlightCategory, string> = {
  'covered-state': 'data-sharing-lens-state',
  'other-state': 'data-sharing-lens-other-state',
  term: 'data-sharing-lens-term',
};
export const ACTIVE_HIGHLIGHT = 'data-sharing-lens-active';

export class Highlighter {
  private readonly highlights = new Map<HighlightCategory, Highlight>();
  private readonly active = new Highlight();
  /** Shadow roots we lent our ::highlight() rules to (see styleShadowRoot). */
  private readonly styledRoots = new Set<ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;

  constructor() {
    for (const [category, name] of Object.entries(HIGHLIGHT_NAMES) as [HighlightCategory, string][]) {
      const h = new Highlight();
      this.highlights.set(category, h);
      CSS.highlights.set(name, h);
    }
    this.active.priority = 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  add(category: HighlightCategory, range: Range): void {
    this.highlights.get(category)!.add(range);
    const root = range.startContainer.getRootNode();
    if (root instanceof ShadowRoot) this.styleShadowRoot(root);
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
    this.highlights.get(category)!.delete(range);
  }

  /** Marks the term whose popover is open (or none). */
  setActive(range: Range | undefined): void {
    this.active.clear();
    if (range) this.active.add(range);
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.active.clear();
  }

  dispose(): void {
    this.clear();
    for (const root of this.styledRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.styledRoots.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
