// @vitest-environment happy-dom
/**
 * The lens's start on a page (entrypoints/content-lens/start.ts): it starts from the settings and
 * covered states the background sent with it, reading no storage and listening for nothing before
 * its first scan slice; after that slice it follows storage and the keyboard command, and a change
 * made in between is not lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runLens } from '@/entrypoints/content-lens/start';
import { HIGHLIGHT_NAMES } from '@/entrypoints/content-lens/highlights';
import { settingsItem } from '@/utils/browser/storage-items';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

const commands = vi.hoisted(() => new Map<string, () => void>());
vi.mock('@/utils/browser/messaging', () => ({
  sendMessage: async () => undefined,
  onMessage: (type: string, handler: () => void) => {
    commands.set(type, handler);
    return () => commands.delete(type);
  },
}));

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

beforeEach(() => {
  commands.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // Fixture markup written here, not page content.
  document.body.innerHTML = '<main><p>New Mexico shares DMV records, the report says.</p></main>';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** Ranges highlighted as covered states right now. */
const stateHighlights = () => (CSS.highlights as unknown as Map<string, FakeHighlight>).get(HIGHLIGHT_NAMES['covered-state'])?.size ?? 0;
const switchedOff: Settings = { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] };

describe('the lens’s start', () => {
  it('reads no storage and listens for no command before its first slice; follows both after it', async () => {
    await settingsItem.set(DEFAULT_SETTINGS);
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const started = runLens('en', { settings: DEFAULT_SETTINGS, stateCodes: ['NM'], agencies: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).not.toHaveBeenCalled();
    expect(commands.has('focusNextTerm')).toBe(false);
    expect(stateHighlights()).toBe(0);

    // The scan and the wiring wait for idle time: a timer here, without requestIdleCallback.
    await vi.advanceTimersByTimeAsync(100);
    await started;
    expect(stateHighlights()).toBe(1);
    expect(reads).toHaveBeenCalled();
    expect(commands.has('focusNextTerm')).toBe(true);

    // From then on a change in storage reaches the page at once.
    await settingsItem.set(switchedOff);
    await vi.advanceTimersByTimeAsync(0);
    expect(stateHighlights()).toBe(0);
  });

  it('keeps a change of the settings made between its start and its first slice', async () => {
    await settingsItem.set(DEFAULT_SETTINGS);
    const started = runLens('en', { settings: DEFAULT_SETTINGS, stateCodes: ['NM'], agencies: [] });
    // The reader switches this site off in the popup while the page is still loading.
    await settingsItem.set(switchedOff);
    await vi.advanceTimersByTimeAsync(100);
    await started;
    await vi.advanceTimersByTimeAsync(0);
    expect(stateHighlights()).toBe(0);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES['covered-state'])).toBe(false);
  });

  it('highlights only the states it was told are covered', async () => {
    await settingsItem.set(DEFAULT_SETTINGS);
    const started = runLens('en', { settings: DEFAULT_SETTINGS, stateCodes: ['CA'], agencies: [] });
    await vi.advanceTimersByTimeAsync(100);
    await started;
    expect(stateHighlights()).toBe(0);
    expect((CSS.highlights as unknown as Map<string, FakeHighlight>).get(HIGHLIGHT_NAMES['other-state'])?.size).toBe(1);
  });
});
