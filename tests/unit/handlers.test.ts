import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { messaging } from '@/utils/browser/messaging';
import { coverageItem, pageInfoItem, settingsItem } from '@/utils/browser/storage-items';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { publishCoverage } from '@/entrypoints/background/coverage';
import type { BackgroundProtocol } from '@/utils/protocol';
import { LensDatabase } from '@/utils/storage/database';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { createAnswerIndex } from '@/entrypoints/background/answer-index';
import { createHandlers, registerHandlers } from '@/entrypoints/background/handlers';
import { freshDbName } from './helpers';

// @webext-core/messaging calls the callback-style `chrome.*` API; point it at the fake browser.
beforeAll(() => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
});
const noScripting = (fakeBrowser as { scripting?: unknown }).scripting;
afterEach(() => {
  messaging.removeAllListeners();
  // The loadLens tests give the fake browser a `scripting`; no later test inherits it.
  (fakeBrowser as { scripting?: unknown }).scripting = noScripting;
});

async function startBackground(publish = false) {
  const db = new LensDatabase(freshDbName());
  const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
  const index = createAnswerIndex(db, ready);
  registerHandlers(createHandlers(index, db, publish ? publishCoverage(index, ready) : undefined));
  await ready;
}

/** fake-browser leaves `scripting` unimplemented: this one records what was injected where. */
function recordInjections(): unknown[] {
  const injected: unknown[] = [];
  (fakeBrowser as { scripting?: unknown }).scripting = {
    executeScript: async (injection: unknown) => {
      injected.push(injection);
      return [];
    },
  };
  return injected;
}

const context = { lang: 'en' as const, states: { NM: 4 }, nearStates: [], topicWords: ['court'] };

type Trigger = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => Promise<unknown[]>;
const trigger = () => (fakeBrowser.runtime.onMessage as unknown as { trigger: Trigger }).trigger;

/**
 * Sends a message the way the browser delivers it: the fake browser leaves `sender` empty, real
 * ones fill in the extension id (and the tab for content scripts).
 */
function send<K extends keyof BackgroundProtocol>(
  type: K,
  data?: Parameters<BackgroundProtocol[K]>[0],
  sender: object = { id: fakeBrowser.runtime.id, tab: { id: 7 } },
): Promise<ReturnType<BackgroundProtocol[K]>> {
  return new Promise((resolve, reject) => {
    void trigger()({ id: 1, type, data, timestamp: Date.now() }, sender, (reply) => {
      const { res, err } = reply as { res?: unknown; err?: { message: string } };
      if (err) reject(new Error(err.message));
      else resolve(res as ReturnType<BackgroundProtocol[K]>);
    });
  });
}

describe('background handlers', () => {
  it('answers a lookup with ranked, attributed answers', async () => {
    await startBackground();
    const res = await send('lookupTerm', { termId: 'agency:NM-AOC', context });
    expect(res.term.label).toMatch(/Administrative Office of the Courts/);
    expect(res.answers).toHaveLength(3);
    expect(res.answers[0].answer.docId).toBe('nm-court-information-sharing');
    expect(res.answers[0].answer.docTitle).toMatch(/State Court Information Sharing With ICE in New Mexico/);
    expect(res.answers[0].answer.origin).toMatch(/^https:\/\/www\.uscisguide\.com\//);
  });

  it('says when a state has no documents, and sends its checked status instead', async () => {
    await startBackground();
    const res = await send('lookupTerm', { termId: 'state:TX', context });
    expect(res.state).toEqual({ code: 'TX', name: 'Texas', hasDocuments: false });
    expect(res.answers).toEqual([]);
    expect(res.status?.state?.code).toBe('TX');
    expect(res.status?.stateName).toBe('Texas');
  });

  it('sends New Mexico’s status with its courts part, courts first on a courts article', async () => {
    await startBackground();
    const courts = await send('lookupTerm', { termId: 'state:NM', context });
    expect(courts.status?.state?.laws.some((l) => /SB\s?36/.test(l.name))).toBe(true);
    expect(courts.status?.courts?.code).toBe('NM');
    expect(courts.status?.lead).toBe('courts');
    const licences = await send('lookupTerm', { termId: 'state:NM', context: { ...context, topicWords: ['license', 'dmv'] } });
    expect(licences.status?.lead).toBe('dmv');
  });

  it('explains a federal term first, and shows no state’s answers on an article that names none', async () => {
    await startBackground();
    for (const termId of ['topic:287g', 'topic:detainer', 'topic:CBP']) {
      const res = await send('lookupTerm', { termId, context: { lang: 'en', states: {}, nearStates: [], topicWords: ['license'] } });
      expect(res.glossary?.termId, termId).toBe(termId);
      expect(res.stateLines, termId).toEqual([]);
      expect(res.answers, termId).toEqual([]);
    }
  });

  it('adds the status line of the states the article names, and only their answers about the term', async () => {
    await startBackground();
    const res = await send('lookupTerm', { termId: 'topic:ICE', context: { lang: 'en', states: { NM: 2, TX: 1 }, nearStates: [], topicWords: [] } });
    expect(res.glossary?.termId).toBe('topic:ICE');
    expect(res.stateLines?.map((l) => l.code)).toEqual(['NM', 'TX']);
    expect(res.stateLines?.[0].headline.length).toBeGreaterThan(10);
    expect(res.answers.length).toBeGreaterThan(0);
    for (const { answer } of res.answers) {
      expect(answer.stateCode).toBe('NM');
      expect(`${answer.question} ${answer.text}`).toMatch(/\bICE\b|Immigration and Customs Enforcement/);
    }
  });

  it('wakes on request and reports index stats', async () => {
    await startBackground();
    await expect(send('wake')).resolves.toBeUndefined();
    expect(await send('getIndexStats')).toMatchObject({ documents: 5, entries: 100 });
  });

  it('keeps only the site a page reports, for the side panel', async () => {
    await startBackground();
    await send('reportPageStates', { states: { NM: 2 }, site: 'www.example.com' });
    expect(await pageInfoItem(7).get()).toEqual({ states: { NM: 2 }, site: 'example.com' });
    await expect(send('reportPageStates', { states: {}, site: 'https://example.com/a?b' })).rejects.toThrow(/host name/);
  });

  it('refuses bad requests with an error and keeps serving good ones', async () => {
    await startBackground();
    await expect(send('lookupTerm', { termId: 'state:NM' } as never)).rejects.toThrow(/refused lookupTerm: context/);
    await expect(send('lookupTerm', { termId: 'x'.repeat(500), context })).rejects.toThrow(/termId/);
    await expect(send('lookupTerm', { termId: 'state:ZZ', context })).rejects.toThrow(/unknown term/);
    await expect(send('openSearch', { query: 'q'.repeat(20_000) })).rejects.toThrow(/too large/);
    const ok = await send('lookupTerm', { termId: 'state:CA', context });
    expect(ok.answers[0].answer.stateCode).toBe('CA');
  });

  it('refuses messages that do not come from this extension', async () => {
    await startBackground();
    // Same wire format as ours, but from another extension (or a page, which has no id at all).
    await expect(send('getIndexStats', undefined, { id: 'some-other-extension' })).rejects.toThrow(/not from this extension/);
    await expect(send('getIndexStats', undefined, { url: 'https://evil.example/' })).rejects.toThrow(/not from this extension/);
    expect((await send('getIndexStats')).documents).toBe(5);
  });

  describe('loadLens', () => {
    it('injects the lens into the asking frame and answers with the settings and covered states it starts from', async () => {
      const injected = recordInjections();
      const settings = { ...DEFAULT_SETTINGS, trigger: { mode: 'click' as const, delayMs: 0, modifier: 'Alt' as const }, disabledSites: ['example.org'] };
      await settingsItem.set(settings);
      await startBackground(true);
      const start = await send('loadLens', undefined, { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3 });
      expect(injected).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/content-lens.js'] }]);
      expect(start.settings).toEqual(settings);
      expect(start.stateCodes).toEqual(['CA', 'ME', 'MN', 'NM']);
    });

    it('before coverage is first published, answers once it is, not with no states covered', async () => {
      recordInjections();
      const db = new LensDatabase(freshDbName());
      let publish = () => {};
      const published = new Promise<void>((resolve) => (publish = resolve));
      registerHandlers(createHandlers(createAnswerIndex(db, seedBundledDocuments(db, BUNDLED_DOCUMENTS)), db, published));
      let answered = false;
      const reply = send('loadLens').finally(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(answered).toBe(false);
      await coverageItem.set({ version: 2, stateCodes: ['NM'], dataVersion: 'test', signature: 's', updatedAt: 1, agencies: [] });
      publish();
      expect((await reply).stateCodes).toEqual(['NM']);
    });

    it('answers nothing when the lens cannot be injected (the frame went away), so the gate tries again', async () => {
      (fakeBrowser as { scripting?: unknown }).scripting = {
        executeScript: () => Promise.reject(new Error('Frame with ID 3 was removed.')),
      };
      await startBackground(true);
      await expect(send('loadLens')).rejects.toThrow(/Frame with ID 3 was removed/);
    });
  });
});
