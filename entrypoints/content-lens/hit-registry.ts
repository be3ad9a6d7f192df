/**
 * The terms found on the page ("hits"): each a Range with its highlight, found again by range (the
 * browser's highlight hit test answers with ranges) and by text node (the caret fallback, and the
 * scanner forgets by node). Which categories are shown follows the settings; the states the page
 * names are counted here for the page report and the lookup's context. Counts follow the matches,
 * not what is shown: a category the reader switched off still names its states on the page, and
 * what the scanner left out (menus, link lists, forms) or the matcher rejected is never counted.
 */
import { termById, type Term } from '@/utils/term-table';
import type { TermMatch } from '@/utils/match-terms';
import type { Settings } from '@/utils/settings';
import { Highlighter, type HighlightCategory } from './highlights';
import { hitTest } from './hit-test';
import { StateCounts, statesNear } from './page-context';

export interface Hit {
  range: Range;
  node: Text;
  term: Term;
  category: HighlightCategory;
  /** The term as written on the page. */
  text: string;
}

/** Which kinds of term the reader wants highlighted (and answered). */
export type Visibility = Settings['highlight'];

function categoryOf(term: Term, covered: Set<string>): HighlightCategory {
  if (term.kind === 'state') return covered.has(term.stateCode!) ? 'covered-state' : 'other-state';
  return 'term';
}

function shown(hit: Pick<Hit, 'term' | 'category'>, v: Visibility): boolean {
  if (hit.category === 'covered-state') return v.coveredStates;
  if (hit.category === 'other-state') return v.otherStates;
  return hit.term.kind === 'agency' ? v.agencies : v.federalTerms;
}

export class HitRegistry {
  private readonly highlighter = new Highlighter();
  private readonly byNode = new Map<Text, Hit[]>();
  private readonly byRange = new Map<AbstractRange, Hit>();
  private readonly counts = new StateCounts();
  private visibility: Visibility;
  private covered: Set<string>;
  private readonly termOf: (id: string) => Term | undefined;

  /** `termOf` also knows the terms the lexicon cannot (imported states' agencies). */
  constructor(visibility: Visibility, covered: Set<string>, termOf: (id: string) => Term | undefined = termById) {
    this.visibility = visibility;
    this.covered = covered;
    this.termOf = termOf;
  }

  /** A text node's matches (the scanner forgot its earlier ones first). */
  add(node: Text, matches: TermMatch[]): void {
    const hits: Hit[] = [];
    for (const m of matches) {
      const term = this.termOf(m.termId);
      if (!term) continue;
      const range = document.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      const hit: Hit = { range, node, term, category: categoryOf(term, this.covered), text: m.text };
      hits.push(hit);
      this.byRange.set(hit.range, hit);
      if (this.isShown(hit)) this.highlighter.add(hit.category, hit.range);
      if (term.kind === 'state' && term.stateCode) this.counts.add(term.stateCode);
    }
    this.byNode.set(node, hits);
  }

  /** Drops a text node's hits and their highlights; returns them. */
  forget(node: Text): Hit[] {
    const hits = this.byNode.get(node) ?? [];
    for (const hit of hits) {
      this.highlighter.delete(hit.category, hit.range);
      this.byRange.delete(hit.range);
      if (hit.term.kind === 'state' && hit.term.stateCode) this.counts.add(hit.term.stateCode, -1);
    }
    this.byNode.delete(node);
    return hits;
  }

  /**
   * New settings or coverage: a state may have become covered, a category hidden. Every
   * highlight is drawn again, and the active one is dropped with the rest.
   */
  update(visibility: Visibility, covered: Set<string>): void {
    this.visibility = visibility;
    this.covered = covered;
    this.highlighter.clear();
    for (const hits of this.byNode.values()) {
      for (const hit of hits) {
        hit.category = categoryOf(hit.term, covered);
        if (this.isShown(hit)) this.highlighter.add(hit.category, hit.range);
      }
    }
  }

  isShown(hit: Hit): boolean {
    return shown(hit, this.visibility);
  }

  /** The shown hit at a point of the viewport, if any. */
  at(x: number, y: number): Hit | undefined {
    const hit = this.byRange.size ? hitTest(x, y, this.byNode, this.byRange) : undefined;
    return hit && this.isShown(hit) ? hit : undefined;
  }

  /** The shown hits in the viewport, in reading order on screen. */
  inView(): Hit[] {
    const inView = [...this.byRange.values()].flatMap((hit) => {
      // Where the term starts: a term that wraps has a bounding box from the left margin.
      const r = hit.range.getClientRects()[0];
      return r && this.isShown(hit) && r.bottom > 0 && r.top < innerHeight && r.width > 0 ? [{ hit, r }] : [];
    });
    // Line by line: document order (compareBoundaryPoints) throws for ranges in different shadow
    // trees.
    inView.sort((a, b) => (Math.abs(a.r.top - b.r.top) < Math.min(a.r.height, b.r.height) / 2 ? a.r.left - b.r.left : a.r.top - b.r.top));
    return inView.map((v) => v.hit);
  }

  /** Marks the term whose popover is open (or none). */
  setActive(hit: Hit | undefined): void {
    this.highlighter.setActive(hit?.range);
  }

  /** How often the page names each state. */
  stateCounts(): Record<string, number> {
    return this.counts.toRecord();
  }

  /** States named in the same block of text as this node. */
  statesNear(node: Text): string[] {
    return statesNear(node, this.byNode);
  }

  /** Removes every highlight and the style sheets lent to shadow roots. */
  dispose(): void {
    this.highlighter.dispose();
  }
}
