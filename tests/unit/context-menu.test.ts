import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOKUP_MENU_ID, lookupQuery, MAX_LOOKUP_CHARS, registerLookupMenu } from '@/entrypoints/background/context-menu';

type Listener = (info: { menuItemId: string | number; selectionText?: string }) => void;

describe('the “Look up” context menu', () => {
  const created: unknown[] = [];
  let clicked: Listener | undefined;
  const original = (fakeBrowser as { contextMenus?: unknown }).contextMenus;

  beforeEach(() => {
    created.length = 0;
    clicked = undefined;
    // fake-browser leaves contextMenus unimplemented: a small stand-in records what is created.
    (fakeBrowser as { contextMenus?: unknown }).contextMenus = {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn((props: unknown) => created.push(props)),
      onClicked: { addListener: (l: Listener) => (clicked = l) },
    };
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => (key === 'contextMenuLookUp' ? 'Look up ‘%s’' : key)) as never);
  });
  afterEach(() => {
    (fakeBrowser as { contextMenus?: unknown }).contextMenus = original;
  });

  it('adds one entry for selected text on install and on startup, titled through i18n', async () => {
    registerLookupMenu();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created[0]).toEqual({ id: LOOKUP_MENU_ID, title: 'Look up ‘%s’', contexts: ['selection'] });
  });

  it('opens the search with the selection', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    registerLookupMenu();
    clicked?.({ menuItemId: LOOKUP_MENU_ID, selectionText: '  Motor Vehicle\nDivision ' });
    await vi.waitFor(() => expect(created).toHaveBeenCalled());
    expect(created.mock.calls[0][0].url).toMatch(/\/popup\.html\?q=Motor%20Vehicle%20Division$/);
  });

  it('ignores other menu items and empty selections', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    registerLookupMenu();
    clicked?.({ menuItemId: 'other', selectionText: 'ICE' });
    clicked?.({ menuItemId: LOOKUP_MENU_ID, selectionText: '   ' });
    await new Promise((r) => setTimeout(r, 20));
    expect(created).not.toHaveBeenCalled();
  });

  it('cuts a long selection at a word boundary', () => {
    const long = 'word '.repeat(100);
    const query = lookupQuery(long);
    expect(query.length).toBeLessThanOrEqual(MAX_LOOKUP_CHARS);
    expect(query.endsWith('word')).toBe(true);
  });
});
