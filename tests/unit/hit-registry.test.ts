// @vitest-environment happy-dom
/**
 * The hit registry against a real (happy-dom) text node. happy-dom has no CSS Custom Highlight
 * API, so a minimal one stands in: a Highlight is a set of ranges, CSS.highlights a map of them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HitRegistry, type Hit, type Visibility } from '@/entrypoints/content-lens/hit-registry';
import { ACTIVE_HIGHLIGHT, HIGHLIGHT_NAMES } from '@/entrypoints/content-lens/highlights';
import { matchTerms } from '@/utils/match-terms';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const registered = new Map<string, FakeHighlight>();

/** Where each term's text sits on screen (happy-dom does no layout): left, top of one line box. */
const layout = new Map<string, [number, number]>();
const getClientRects = Range.prototype.getClientRects;

beforeEach(() => {
  registered.clear();
  layout.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registered });
  Range.prototype.getClientRects = function (this: Range) {
    const at = layout.get(this.toString());
    const rects = at ? [{ left: at[0], top: at[1], width: 40, height: 20, right: at[0] + 40, bottom: at[1] + 20 }] : [];
    return rects as unknown as DOMRectList;
  };
  document.body.replaceChildren();
});
afterEach(() => {
  vi.unstubAllGlobals();
  Range.prototype.getClientRects = getClientRects;
});

const ALL: Visibility = { coveredStates: true, otherStates: true, agencies: true, federalTerms: true };
const NM_MN = 'New Mexico said its Motor Vehicle Division shared data with ICE, Minnesota officials said.';
const MVD = 'Motor Vehicle Division';

function paragraph(text: string): Text {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p.firstChild as Text;
}

/** The highlighted text in each of our highlights. */
function highlighted(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of registered) out[name] = [...h].map((r) => (r as Range).toString());
  return out;
}

function added(registry: HitRegistry, text: string): Text {
  const node = paragraph(text);
  registry.add(node, matchTerms(text, { lang: 'en' }));
  return node;
}

describe('HitRegistry', () => {
  it('highlights each hit in its category, and counts the states the page names', () => {
    const registry = new HitRegistry(ALL, new Set(['NM']));
    added(registry, NM_MN);
    expect(highlighted()).toEqual({
      [HIGHLIGHT_NAMES['covered-state']]: ['New Mexico'],
      [HIGHLIGHT_NAMES['other-state']]: ['Minnesota'],
      [HIGHLIGHT_NAMES.term]: [MVD, 'ICE'],
      [ACTIVE_HIGHLIGHT]: [],
    });
    expect(registry.stateCounts()).toEqual({ NM: 1, MN: 1 });
  });

  it('leaves hidden categories unhighlighted', () => {
    const registry = new HitRegistry({ ...ALL, otherStates: false, federalTerms: false }, new Set(['NM']));
    added(registry, NM_MN);
    expect(highlighted()[HIGHLIGHT_NAMES['other-state']]).toEqual([]);
    expect(highlighted()[HIGHLIGHT_NAMES.term]).toEqual([MVD]);
  });

  it('forgets a node: its hits are returned, their highlights and state counts go', () => {
    const registry = new HitRegistry(ALL, new Set(['NM']));
    const node = added(registry, NM_MN);
    added(registry, 'Minnesota again.');
    const forgotten = registry.forget(node);
    expect(forgotten.map((h: Hit) => h.text)).toEqual(['New Mexico', MVD, 'ICE', 'Minnesota']);
    expect(highlighted()[HIGHLIGHT_NAMES['other-state']]).toEqual(['Minnesota']);
    expect(highlighted()[HIGHLIGHT_NAMES.term]).toEqual([]);
    expect(registry.stateCounts()).toEqual({ MN: 1 });
    expect(registry.forget(node)).toEqual([]);
  });

  it('draws everything again on new settings: a state newly covered moves category', () => {
    const registry = new HitRegistry(ALL, new Set(['NM']));
    added(registry, NM_MN);
    registry.update({ ...ALL, agencies: false }, new Set(['NM', 'MN']));
    expect(highlighted()[HIGHLIGHT_NAMES['covered-state']]).toEqual(['New Mexico', 'Minnesota']);
    expect(highlighted()[HIGHLIGHT_NAMES['other-state']]).toEqual([]);
    expect(highlighted()[HIGHLIGHT_NAMES.term]).toEqual(['ICE']);
  });

  it('marks one hit active at a time, and settings changes drop the mark', () => {
    const registry = new HitRegistry(ALL, new Set());
    added(registry, NM_MN);
    layout.set('New Mexico', [10, 10]).set(MVD, [100, 10]);
    const [first, second] = registry.inView();
    registry.setActive(first);
    registry.setActive(second);
    expect(highlighted()[ACTIVE_HIGHLIGHT]).toEqual([second.text]);
    registry.update(ALL, new Set());
    expect(highlighted()[ACTIVE_HIGHLIGHT]).toEqual([]);
  });

  it('finds states named in the same paragraph', () => {
    const registry = new HitRegistry(ALL, new Set());
    const node = added(registry, NM_MN);
    added(registry, 'Maine, elsewhere.');
    expect(registry.statesNear(node).sort()).toEqual(['MN', 'NM']);
  });

  it('lists the shown hits in view in reading order, line by line', () => {
    const registry = new HitRegistry({ ...ALL, federalTerms: false }, new Set());
    added(registry, NM_MN);
    layout.set('New Mexico', [300, 100]);
    layout.set(MVD, [10, 102]); // the same line, further left
    layout.set('ICE', [10, 60]); // a hidden category
    layout.set('Minnesota', [10, innerHeight + 50]); // below the viewport
    expect(registry.inView().map((h) => h.text)).toEqual([MVD, 'New Mexico']);
    layout.set('Minnesota', [20, 130]);
    layout.set('New Mexico', [300, -30]); // above it
    expect(registry.inView().map((h) => h.text)).toEqual([MVD, 'Minnesota']);
  });

  it('counts the states it matched, shown or not, and nothing the matcher rejected', () => {
    const registry = new HitRegistry({ ...ALL, otherStates: false }, new Set(['NM']));
    added(registry, 'Protests in Georgia, the country in the Caucasus, grew. Maine Coon cats are big.');
    added(registry, 'Texas and New Mexico differ.');
    expect(highlighted()[HIGHLIGHT_NAMES['other-state']]).toEqual([]);
    expect(registry.stateCounts()).toEqual({ TX: 1, NM: 1 });
  });

  it('registers terms the lexicon does not know through the lookup it is given (imported agencies)', () => {
    const agency = { id: 'agency:OR-imported-1', kind: 'agency' as const, label: 'Oregon Department of Justice', stateCode: 'OR', topic: 'dmv' as const };
    const registry = new HitRegistry(ALL, new Set(['OR']), (id) => (id === agency.id ? agency : undefined));
    const node = paragraph('The Oregon Department of Justice said so.');
    registry.add(node, [{ start: 4, end: 32, termId: agency.id, text: 'Oregon Department of Justice' }]);
    expect(highlighted()[HIGHLIGHT_NAMES.term]).toEqual(['Oregon Department of Justice']);
    // An agency is not a mention of its state for the page counts, as with the lexicon's agencies.
    expect(registry.stateCounts()).toEqual({});
  });

  it('removes its highlights from the page when disposed', () => {
    const registry = new HitRegistry(ALL, new Set());
    added(registry, NM_MN);
    registry.dispose();
    expect(registered.size).toBe(0);
  });
});
