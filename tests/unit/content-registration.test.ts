import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepContentScriptRegistered } from '@/entrypoints/background/content-registration';
import { settingsItem } from '@/utils/browser/storage-items';
import { GATE_CSS, GATE_JS, GATE_SCRIPT_ID, PAGE_PATTERNS, type GateRegistration } from '@/utils/gate-registration';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

/**
 * The background keeps the gate registered where the extension is on, and nowhere else
 * (entrypoints/background/content-registration.ts). fake-browser leaves `scripting` unimplemented:
 * a stand-in keeps the registrations as the browser would and records every injection.
 */
interface Injection {
  tabId: number;
  files: string[];
}

describe('the content script’s registration', () => {
  let registered: GateRegistration[];
  let injected: Injection[];
  let refuse: ((matches: string[]) => boolean) | undefined;
  let calls: string[];
  const original = (fakeBrowser as { scripting?: unknown }).scripting;

  const check = (scripts: GateRegistration[]) => {
    if (scripts.some((s) => refuse?.(s.matches))) throw new Error('Invalid url pattern');
  };

  beforeEach(() => {
    registered = [];
    injected = [];
    refuse = undefined;
    calls = [];
    (fakeBrowser as { scripting?: unknown }).scripting = {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
      registerContentScripts: vi.fn(async (scripts: GateRegistration[]) => {
        calls.push('register');
        check(scripts);
        if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('Duplicate script ID');
        registered.push(...scripts.map((s) => structuredClone(s)));
      }),
      updateContentScripts: vi.fn(async (scripts: GateRegistration[]) => {
        calls.push('update');
        check(scripts);
        registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        calls.push('unregister');
        registered = registered.filter((s) => !ids.includes(s.id));
      }),
      insertCSS: vi.fn(async ({ target, files }: { target: { tabId: number }; files: string[] }) => injected.push({ tabId: target.tabId, files })),
      executeScript: vi.fn(async ({ target, files }: { target: { tabId: number }; files: string[] }) => injected.push({ tabId: target.tabId, files })),
    };
  });
  afterEach(() => {
    (fakeBrowser as { scripting?: unknown }).scripting = original;
  });

  const settings = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });
  /** Waits until the registration queue has taken a settings change (it runs after the storage event). */
  const settled = () => new Promise((r) => setTimeout(r, 20));

  it('registers the gate for every page by default, with its style sheet, in all frames', async () => {
    await keepContentScriptRegistered();
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ id: GATE_SCRIPT_ID, js: [GATE_JS], css: [GATE_CSS], matches: PAGE_PATTERNS, excludeMatches: [], allFrames: true });
  });

  it('follows the settings: a site switched off is excluded, the extension switched off has no script at all', async () => {
    await keepContentScriptRegistered();
    await settingsItem.set(settings({ disabledSites: ['example.com'] }));
    await settled();
    expect(registered[0].excludeMatches).toEqual(['*://example.com/*', '*://*.example.com/*']);

    await settingsItem.set(settings({ enabled: false }));
    await settled();
    expect(registered).toEqual([]);

    await settingsItem.set(settings({ siteMode: 'only-listed', enabledSites: ['news.test'] }));
    await settled();
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(['*://news.test/*', '*://*.news.test/*']);
  });

  it('leaves a registration that already says what the settings say untouched', async () => {
    await keepContentScriptRegistered();
    calls.length = 0;
    await keepContentScriptRegistered(); // the next start of the background
    expect(calls).toEqual([]);
  });

  it('registers for every page when the browser refuses a site pattern, so the lens is not lost everywhere', async () => {
    refuse = (matches) => matches.some((m) => m.includes('refused.test'));
    await settingsItem.set(settings({ siteMode: 'only-listed', enabledSites: ['refused.test'] }));
    await keepContentScriptRegistered();
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(PAGE_PATTERNS);
  });

  it('starts the gate in open tabs whose site was just switched on, and only there', async () => {
    await settingsItem.set(settings({ disabledSites: ['off.test'] }));
    await keepContentScriptRegistered();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://www.off.test/story' },
      { id: 2, url: 'https://other.test/story' },
    ] as never);

    await settingsItem.set(settings({ disabledSites: [] }));
    await vi.waitFor(() => expect(injected).toHaveLength(2));
    expect(injected).toEqual([
      { tabId: 1, files: [`/${GATE_CSS}`] },
      { tabId: 1, files: [`/${GATE_JS}`] },
    ]);
  });

  it('starts the gate in the open tabs where it is on when the extension is installed or updated', async () => {
    await settingsItem.set(settings({ disabledSites: ['off.test'] }));
    await keepContentScriptRegistered();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://off.test/a' },
      { id: 2, url: 'https://on.test/b' },
    ] as never);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(() => expect(injected).toHaveLength(2));
    expect(injected.map((i) => i.tabId)).toEqual([2, 2]);
  });
});
