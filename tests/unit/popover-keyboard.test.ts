// @vitest-environment happy-dom
/**
 * The keyboard command (Alt+Shift+L) walks the terms in view from the one the reader was on: after
 * Escape closed a popover, the next command opens the term after it, not the first term again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopoverController, type PopoverController } from '@/entrypoints/content-ui/popover-controller';
import { HitRegistry, type Hit } from '@/entrypoints/content-lens/hit-registry';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { matchTerms } from '@/utils/match-terms';

// The lookup never answers: the popover stays "loading", which is all the walk needs.
vi.mock('@/utils/browser/messaging', () => ({ sendMessage: () => new Promise(() => undefined) }));

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
const getClientRects = Range.prototype.getClientRects;
const TEXT = 'New Mexico, Minnesota and Maine answered ICE.';

let controller: PopoverController | undefined;
beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as never);
  // One line, terms left to right in the order they are written (happy-dom does no layout).
  Range.prototype.getClientRects = function (this: Range) {
    const left = 10 + this.startOffset * 8;
    return [{ left, top: 100, width: 40, height: 20, right: left + 40, bottom: 120 }] as unknown as DOMRectList;
  };
});
afterEach(() => {
  controller?.remove();
  vi.unstubAllGlobals();
  Range.prototype.getClientRects = getClientRects;
  document.body.replaceChildren();
});

function setUp() {
  const p = document.createElement('p');
  p.textContent = TEXT;
  document.body.append(p);
  const registry = new HitRegistry(DEFAULT_SETTINGS.highlight, new Set());
  registry.add(p.firstChild as Text, matchTerms(TEXT, { lang: 'en' }));
  const opened: string[] = [];
  controller = createPopoverController({
    registry,
    contextFor: () => ({ lang: 'en', states: {}, nearStates: [], topicWords: [] }),
    settings: DEFAULT_SETTINGS,
    coveredStates: new Set(),
    events: { opened: (hit: Hit) => opened.push(hit.text), closed: () => undefined, pointerEnter: () => undefined, pointerLeave: () => undefined },
  });
  return { opened, controller, registry };
}

describe('the keyboard command', () => {
  it('goes on from the term the reader was on after Escape closed it', () => {
    const { opened, controller } = setUp();
    controller.focusNextTerm();
    controller.focusNextTerm();
    expect(opened).toEqual(['New Mexico', 'Minnesota']);
    controller.escape();
    controller.focusNextTerm();
    expect(opened.at(-1)).toBe('Maine');
  });

  it('goes on from a term the pointer has open, and wraps round after the last term in view', () => {
    const { opened, controller, registry } = setUp();
    const maine = registry.inView().find((h) => h.text === 'Maine')!;
    void controller.show(maine, false);
    controller.focusNextTerm(); // while the pointer's popover is open: the next term
    controller.close();
    controller.focusNextTerm(); // after the last one in view: the first again
    expect(opened).toEqual(['Maine', 'ICE', 'New Mexico']);
  });

  it('starts at the first term in view once a popover the pointer opened has closed', () => {
    const { opened, controller, registry } = setUp();
    const ice = registry.inView().find((h) => h.text === 'ICE')!;
    void controller.show(ice, false);
    controller.close(); // the pointer left: the reader was never walking with the keyboard
    controller.focusNextTerm();
    expect(opened).toEqual(['ICE', registry.inView()[0].text]);
  });
});
