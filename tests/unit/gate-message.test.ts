/**
 * The gate's `loadLens` goes out without the typed channel (utils/browser/gate-message.ts): it must
 * arrive as the channel's own messages do, be checked by the background like them, and bring back
 * the handler's answer or its error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { createAnswerIndex } from '@/entrypoints/background/answer-index';
import { createHandlers, registerHandlers } from '@/entrypoints/background/handlers';
import { sendGateMessage } from '@/utils/browser/gate-message';
import { messaging, onMessage } from '@/utils/browser/messaging';
import { LensDatabase } from '@/utils/storage/database';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { freshDbName } from './helpers';

type Trigger = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => Promise<unknown[]>;

/**
 * A browser's callback-style runtime as a content script sees it: a message goes to the
 * extension's listeners (the fake browser's), and the reply, or `lastError`, comes back through
 * the callback.
 */
function pageRuntime(sender: object, lastError?: string) {
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    sendMessage(message: unknown, callback: (reply: unknown) => void) {
      if (lastError) {
        runtime.lastError = { message: lastError };
        callback(undefined);
        runtime.lastError = undefined;
        return;
      }
      const trigger = (fakeBrowser.runtime.onMessage as unknown as { trigger: Trigger }).trigger;
      void trigger(message, sender, callback);
    },
  };
  return { runtime };
}

let restore: unknown;
beforeEach(() => {
  restore = (globalThis as { chrome?: unknown }).chrome;
});
afterEach(() => {
  // The channel removes its listener through `chrome`: the fake browser's, where it added it.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  messaging.removeAllListeners();
  (globalThis as { chrome?: unknown }).chrome = restore;
});

const asPage = (sender: object, lastError?: string) => {
  // The background's channel registers its listener on `chrome` too (the fake browser's).
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  const page = pageRuntime(sender, lastError);
  return () => ((globalThis as { chrome?: unknown }).chrome = page);
};

describe('the gate’s message', () => {
  it('reaches the channel’s handler with its sender, and resolves with the answer', async () => {
    const seen: unknown[] = [];
    const switchToPage = asPage({ id: fakeBrowser.runtime.id, tab: { id: 3 }, frameId: 2 });
    onMessage('loadLens', (message) => {
      seen.push([message.type, message.data, (message.sender as { tab?: { id: number } }).tab?.id]);
    });
    switchToPage();
    await expect(sendGateMessage('loadLens')).resolves.toBeUndefined();
    expect(seen).toEqual([['loadLens', undefined, 3]]);
  });

  it('is checked by the background like any message: from no tab, it is refused with the reason', async () => {
    const db = new LensDatabase(freshDbName());
    const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const switchToPage = asPage({ id: fakeBrowser.runtime.id });
    registerHandlers(createHandlers(createAnswerIndex(db, ready), db));
    await ready;
    switchToPage();
    await expect(sendGateMessage('loadLens')).rejects.toThrow(/loadLens comes from a page/);
  });

  it('rejects when the browser could not deliver it (the background not listening yet)', async () => {
    asPage({}, 'Could not establish connection. Receiving end does not exist.')();
    await expect(sendGateMessage('loadLens')).rejects.toThrow(/Receiving end does not exist/);
  });
});
